import { z } from 'zod';
import { rightsNoticeInputSchema } from '../../domain/rights-notice';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { recordRightsNotice, rightsNoticeStatus } from '../../services/rights-notices';
import { defineMethod } from '../contract';

/** The notice of rights and duties, per party. */
const caseId = z.uuid({ error: '案件标识无效' });

export const rightsNoticeMethods = [
  defineMethod({
    name: 'cases.rightsNotices',
    summary: '权利义务告知情况',
    input: z.strictObject({ caseId }),
    output: z.array(
      z.object({
        partyId: z.string(),
        name: z.string(),
        role: z.string(),
        notice: z.object({ givenOn: z.string(), manner: z.string(), acknowledged: z.boolean(), note: z.string().nullable(), recordedBy: z.string() }).nullable(),
      }),
    ),
    roles: ALL_ROLES,
    handler: (ctx, input) => rightsNoticeStatus(ctx.store.db, input.caseId),
  }),
  defineMethod({
    name: 'cases.recordRightsNotice',
    summary: '记录权利义务告知',
    input: z.strictObject({ caseId, partyId: z.uuid({ error: '请选择当事人' }), notice: rightsNoticeInputSchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordRightsNotice(ctx, input.caseId, input.partyId, input.notice);
      return null;
    },
  }),
] as const;
