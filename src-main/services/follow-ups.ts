import { eq, sql } from 'drizzle-orm';
import { caseAgreements, caseFollowUps, cases } from '../db/schema';
import { assertTransition, STATUS_ONLY_FACTS } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { ExchangeFollowUp } from '../domain/exchange';
import { PERFORMANCE, type CaseStatus } from '../domain/vocabulary';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { completeEarliestPlan } from './follow-up-plans';
import { newId } from './ids';

/**
 * A follow-up visit (回访) on how the agreement is being performed: date, manner, performance,
 * satisfaction 1–5, any lawsuit, a note. The workflow allows it once there is an agreement; an
 * agreed case is then 履行中 (a case under enforcement review stays there).
 */
export function recordFollowUp(ctx: ServiceContext, caseId: string, followUp: ExchangeFollowUp): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    const agreement = await tx.select().from(caseAgreements).where(eq(caseAgreements.caseId, caseId)).get();
    const to = assertTransition(c.status as CaseStatus, 'record_follow_up', STATUS_ONLY_FACTS);
    const from = agreement?.effectiveOn ?? agreement?.signedOn;
    if (from && followUp.on < from) throw new AppError('VALIDATION', '回访日期不能早于调解协议生效日期', { on: '回访日期不能早于调解协议生效日期' });
    if (followUp.on > chinaDate(ctx.clock.now())) throw new AppError('VALIDATION', '回访日期不能晚于今天', { on: '回访日期不能晚于今天' });
    const last = await tx.select({ n: sql<number>`coalesce(max(${caseFollowUps.position}), -1)` }).from(caseFollowUps).where(eq(caseFollowUps.caseId, caseId)).get();
    await tx.insert(caseFollowUps).values({
      id: newId(),
      caseId,
      position: (last?.n ?? -1) + 1,
      on: followUp.on,
      method: followUp.method,
      performance: followUp.performance,
      satisfaction: followUp.satisfaction ?? null,
      lawsuit: followUp.lawsuit ?? null,
      note: followUp.note ?? null,
    });
    await tx.update(cases).set({ status: to, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, caseId));
    await completeEarliestPlan(tx, caseId, audit);
    audit({ action: 'cases.recordFollowUp', entity: 'case', entityId: caseId, before: { status: c.status }, after: { status: to, on: followUp.on, performance: PERFORMANCE[followUp.performance], satisfaction: followUp.satisfaction } });
  });
}
