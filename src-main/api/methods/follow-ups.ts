import { z } from 'zod';
import { followUpSchema } from '../../domain/exchange';
import { STAFF_ROLES } from '../../domain/roles';
import { recordFollowUp } from '../../services/follow-ups';
import { defineMethod } from '../contract';

/** Follow-up visits on how an agreement is performed. */
export const followUpMethods = [
  defineMethod({
    name: 'cases.recordFollowUp',
    summary: '记录回访',
    input: z.strictObject({ caseId: z.uuid({ error: '案件标识无效' }), followUp: followUpSchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordFollowUp(ctx, input.caseId, input.followUp);
      return null;
    },
  }),
] as const;
