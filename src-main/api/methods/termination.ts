import { z } from 'zod';
import { TERMINATE_REASONS } from '../../domain/case-workflow';
import { legalDate, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { terminateCase } from '../../services/termination';
import { defineMethod } from '../contract';

/** Ending a mediation without an agreement. */
export const terminationMethods = [
  defineMethod({
    name: 'cases.terminate',
    summary: '终止调解',
    input: z.strictObject({
      caseId: z.uuid({ error: '案件标识无效' }),
      on: legalDate('终止日期'),
      reason: z.enum(TERMINATE_REASONS as [(typeof TERMINATE_REASONS)[number], ...(typeof TERMINATE_REASONS)[number][]], { error: '请选择终止原因' }),
      note: text('说明', 2000).optional(),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await terminateCase(ctx, input.caseId, input);
      return null;
    },
  }),
] as const;
