import { z } from 'zod';
import { legalDate, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { decideRecusal, recusalsOf, requestRecusal } from '../../services/recusal';
import { defineMethod } from '../contract';

/** Recusal requests against an assigned mediator, and the organization's decision. */
const caseId = z.uuid({ error: '案件标识无效' });
const mediatorId = z.uuid({ error: '请选择调解员' });
const request = z.object({ by: z.string(), reason: z.string(), on: z.string() });

export const recusalMethods = [
  defineMethod({
    name: 'cases.recusals',
    summary: '回避申请',
    input: z.strictObject({ caseId }),
    output: z.array(
      z.object({
        id: z.string(),
        mediatorId: z.string(),
        name: z.string(),
        role: z.string(),
        request: request.nullable(),
        decision: z.object({ decision: z.enum(['granted', 'refused']), reason: z.string(), on: z.string(), by: z.string() }).nullable(),
        endedAt: z.string().nullable(),
      }),
    ),
    roles: STAFF_ROLES,
    handler: (ctx, input) => recusalsOf(ctx, input.caseId),
  }),
  defineMethod({
    name: 'cases.requestRecusal',
    summary: '申请回避',
    input: z.strictObject({ caseId, mediatorId, by: text('申请人', 100), reason: text('回避理由', 1000), on: legalDate('申请日期') }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, { caseId: id, mediatorId: m, ...input }) => {
      await requestRecusal(ctx, id, m, input);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.decideRecusal',
    summary: '决定回避',
    input: z.strictObject({
      caseId,
      mediatorId,
      decision: z.enum(['granted', 'refused'], { error: '请选择决定：准予回避或驳回申请' }),
      reason: text('决定理由', 1000),
      on: legalDate('决定日期'),
    }),
    output: z.null(),
    // the organization decides, not the mediator concerned (人民调解法 Art. 20 leaves it to the committee)
    roles: ['admin'],
    handler: async (ctx, { caseId: id, mediatorId: m, ...input }) => {
      await decideRecusal(ctx, id, m, input);
      return null;
    },
  }),
] as const;
