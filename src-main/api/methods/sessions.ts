import { z } from 'zod';
import { legalDate } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { sessionPlanSchema, sessionRecordSchema } from '../../domain/sessions';
import { calendar, cancelSession, checkPlan, recordSession, scheduleSession, sessionsOfCase } from '../../services/sessions';
import { defineMethod } from '../contract';
import { caseIdSchema } from '../schemas';

/** Scheduling sessions and the 日程 calendar. */
const planned = {
  id: z.string(),
  caseNumber: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  place: z.string(),
  mode: z.string(),
  mediators: z.array(z.string()).readonly(),
  status: z.string(),
};

export const sessionMethods = [
  defineMethod({
    name: 'sessions.calendar',
    summary: '调解日程',
    input: z
      .strictObject({ from: legalDate('起始日期'), to: legalDate('截止日期') })
      .refine((r) => r.to >= r.from, { path: ['to'], message: '截止日期不能早于起始日期' }),
    output: z.array(z.object({ ...planned, caseId: z.string(), parties: z.array(z.string()), clashes: z.array(z.string()) })),
    roles: ALL_ROLES,
    handler: (ctx, input) => calendar(ctx, input.from, input.to),
  }),
  defineMethod({
    name: 'sessions.ofCase',
    summary: '本案调解会议',
    input: z.strictObject({ caseId: caseIdSchema }),
    output: z.array(
      z.object({
        ...planned,
        note: z.string().nullable(),
        record: z
          .object({
            attendees: z.array(z.string()),
            recorder: z.string().nullable(),
            notices: z.array(z.string()),
            statements: z.array(z.object({ speaker: z.string(), text: z.string() })),
            outcome: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    roles: ALL_ROLES,
    handler: (ctx, input) => sessionsOfCase(ctx, input.caseId),
  }),
  defineMethod({
    name: 'sessions.checkPlan',
    summary: '检查日程冲突',
    input: z.strictObject({ plan: sessionPlanSchema }),
    output: z.array(z.string()),
    roles: ALL_ROLES,
    handler: async (ctx, input) => (await checkPlan(ctx.store.db, input.plan)).map((c) => c.message),
  }),
  defineMethod({
    name: 'sessions.schedule',
    summary: '安排调解会议',
    input: z.strictObject({ caseId: caseIdSchema, plan: sessionPlanSchema }),
    output: z.object({ id: z.string(), clashes: z.array(z.string()) }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => scheduleSession(ctx, input.caseId, input.plan),
  }),
  defineMethod({
    name: 'sessions.cancel',
    summary: '取消调解会议',
    input: z.strictObject({ id: z.uuid({ error: '会议标识无效' }), reason: z.string().trim().min(2, '请填写取消的原因').max(500, '不超过500字') }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await cancelSession(ctx, input.id, input.reason);
      return null;
    },
  }),
  defineMethod({
    name: 'sessions.record',
    summary: '记录调解笔录',
    input: z.strictObject({ id: z.uuid({ error: '会议标识无效' }), record: sessionRecordSchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordSession(ctx, input.id, input.record);
      return null;
    },
  }),
] as const;
