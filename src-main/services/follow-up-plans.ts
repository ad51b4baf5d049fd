import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { followUpPlans } from '../db/schema';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError, fieldError } from '../domain/errors';
import { FOLLOW_UP_METHODS } from '../domain/vocabulary';
import { writableCaseRow } from './case-row';
import { writeUnit, type RecordAudit, type ServiceContext } from './context';
import { newId } from './ids';

/**
 * Follow-ups planned ahead (回访安排): on a date, by phone, visit or online, by a named visitor.
 * A plan shows among the case's deadlines and on the workbench; the next follow-up recorded
 * makes the earliest plan done.
 */
export interface FollowUpPlanInput {
  dueOn: string;
  method: keyof typeof FOLLOW_UP_METHODS;
  visitor?: string | undefined;
  note?: string | undefined;
}

/** Statuses with an agreement whose performance is followed up. */
const FOLLOWED = ['agreed', 'enforcement', 'performing'];

export async function followUpPlansOf(ctx: ServiceContext, caseId: string) {
  return ctx.store.db.select().from(followUpPlans).where(eq(followUpPlans.caseId, caseId)).orderBy(asc(followUpPlans.dueOn), asc(followUpPlans.createdAt));
}

export function planFollowUp(ctx: ServiceContext, caseId: string, input: FollowUpPlanInput): Promise<string> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    if (!FOLLOWED.includes(c.status)) throw new AppError('INVALID_TRANSITION', '只有达成调解协议的案件可以安排回访。');
    if (input.dueOn < chinaDate(ctx.clock.now())) throw fieldError('dueOn', '回访日期不能早于今天');
    const id = newId();
    const row = { id, caseId, dueOn: input.dueOn, method: input.method, visitor: input.visitor?.trim() || null, note: input.note?.trim() || null, status: 'planned', createdAt: chinaTimestamp(ctx.clock.now()), createdBy: ctx.user.name };
    await tx.insert(followUpPlans).values(row);
    audit({ action: 'cases.planFollowUp', entity: 'case', entityId: caseId, after: { dueOn: row.dueOn, method: FOLLOW_UP_METHODS[input.method], visitor: row.visitor } });
    return id;
  });
}

export function cancelFollowUpPlan(ctx: ServiceContext, planId: string, reason: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const plan = await tx.select().from(followUpPlans).where(eq(followUpPlans.id, planId)).get();
    if (!plan) throw new AppError('NOT_FOUND', '未找到该回访安排。');
    await writableCaseRow(tx, plan.caseId);
    if (plan.status !== 'planned') throw new AppError('INVALID_TRANSITION', '该回访安排已完成或已取消。');
    await tx.update(followUpPlans).set({ status: 'cancelled', note: [plan.note, `已取消：${reason}`].filter(Boolean).join('；') }).where(eq(followUpPlans.id, planId));
    audit({ action: 'cases.cancelFollowUpPlan', entity: 'case', entityId: plan.caseId, after: { dueOn: plan.dueOn, reason } });
  });
}

/** Inside the write unit of a recorded follow-up: the earliest open plan of the case is done. */
export async function completeEarliestPlan(tx: Db, caseId: string, audit: RecordAudit): Promise<void> {
  const plan = await tx
    .select()
    .from(followUpPlans)
    .where(and(eq(followUpPlans.caseId, caseId), eq(followUpPlans.status, 'planned')))
    .orderBy(asc(followUpPlans.dueOn))
    .get();
  if (!plan) return;
  await tx.update(followUpPlans).set({ status: 'done' }).where(eq(followUpPlans.id, plan.id));
  audit({ action: 'cases.completeFollowUpPlan', entity: 'case', entityId: caseId, after: { dueOn: plan.dueOn } });
}
