import { z } from 'zod';
import { legalDate, text } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { materialRequestsOf, recordEnforcementStep } from '../../services/enforcement';
import { defineMethod } from '../contract';

/** Following an application for judicial confirmation or notarization, step by step. */
const caseId = z.uuid({ error: '案件标识无效' });
const on = legalDate('日期');

const step = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('apply'), route: z.enum(['judicial_confirmation', 'notarization'], { error: '请选择司法确认或赋强公证' }), on, body: text('受理机关', 100).optional() }),
    z.strictObject({ kind: z.literal('accept'), on, caseNumber: text('案号', 60) }),
    z.strictObject({ kind: z.literal('request_material'), on, dueOn: legalDate('补充期限'), what: text('需补充的材料', 500) }),
    z.strictObject({ kind: z.literal('supply_material'), requestId: z.uuid({ error: '补充材料要求标识无效' }), on }),
    z.strictObject({
      kind: z.literal('rule'),
      on,
      result: z.enum(['confirmed', 'rejected', 'not_accepted'], { error: '请选择审查结果' }),
      rulingNumber: text('裁定书文号', 60).optional(),
      reason: text('理由', 1000).optional(),
    }),
    z.strictObject({ kind: z.literal('withdraw'), on, reason: text('撤回理由', 1000) }),
    z.strictObject({ kind: z.literal('decline'), reason: text('不申请的理由', 1000) }),
  ],
  { error: '未知的记录类型' },
);

export const enforcementMethods = [
  defineMethod({
    name: 'enforcement.record',
    summary: '记录效力确认进展',
    input: z.strictObject({ caseId, step }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordEnforcementStep(ctx, input.caseId, input.step);
      return null;
    },
  }),
  defineMethod({
    name: 'enforcement.materialRequests',
    summary: '补充材料要求',
    input: z.strictObject({ caseId }),
    output: z.array(z.object({ id: z.string(), requestedOn: z.string(), dueOn: z.string(), what: z.string(), suppliedOn: z.string().nullable() })),
    roles: ALL_ROLES,
    handler: (ctx, input) => materialRequestsOf(ctx.store.db, input.caseId),
  }),
] as const;
