import { z } from 'zod';
import { followUpSchema } from '../../domain/exchange';
import { legalDate, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { FOLLOW_UP_METHOD_KEYS } from '../../domain/vocabulary';
import { cancelFollowUpPlan, followUpPlansOf, planFollowUp } from '../../services/follow-up-plans';
import { recordFollowUp } from '../../services/follow-ups';
import { defineMethod } from '../contract';

/** Follow-up visits on how an agreement is performed: planned ahead, then recorded. */
const caseId = z.uuid({ error: '案件标识无效' });

export const followUpMethods = [
  defineMethod({
    name: 'cases.recordFollowUp',
    summary: '记录回访',
    input: z.strictObject({ caseId, followUp: followUpSchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordFollowUp(ctx, input.caseId, input.followUp);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.followUpPlans',
    summary: '回访安排',
    input: z.strictObject({ caseId }),
    output: z.array(
      z.object({ id: z.string(), dueOn: z.string(), method: z.string(), visitor: z.string().nullable(), note: z.string().nullable(), status: z.string(), createdAt: z.string(), createdBy: z.string() }),
    ),
    roles: STAFF_ROLES,
    handler: (ctx, input) => followUpPlansOf(ctx, input.caseId),
  }),
  defineMethod({
    name: 'cases.planFollowUp',
    summary: '安排回访',
    input: z.strictObject({
      caseId,
      dueOn: legalDate('回访日期'),
      method: z.enum(FOLLOW_UP_METHOD_KEYS, { error: '请选择回访方式' }),
      visitor: text('回访人', 30).optional(),
      note: text('备注', 500).optional(),
    }),
    output: z.object({ id: z.string() }),
    roles: STAFF_ROLES,
    handler: async (ctx, { caseId: id, ...input }) => ({ id: await planFollowUp(ctx, id, input) }),
  }),
  defineMethod({
    name: 'cases.cancelFollowUpPlan',
    summary: '取消回访安排',
    input: z.strictObject({ id: z.uuid({ error: '回访安排标识无效' }), reason: text('取消理由', 500) }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await cancelFollowUpPlan(ctx, input.id, input.reason);
      return null;
    },
  }),
] as const;
