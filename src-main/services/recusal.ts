import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseMediators, cases, mediatorAssignments, mediators } from '../db/schema';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError, fieldError } from '../domain/errors';
import { MEDIATOR_ROLES } from '../domain/vocabulary';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';

/**
 * Recusal (回避) after assignment: a party asks that a mediator step aside, and the organization
 * decides. While a request waits, no session may be held; a granted request ends the mediator's
 * assignment, and the case needs another mediator in that place.
 */
export interface RecusalRequestInput {
  /** Who asks: a party (or its agent), by name. */
  by: string;
  reason: string;
  on: string;
}

export interface RecusalDecisionInput {
  decision: 'granted' | 'refused';
  reason: string;
  on: string;
}

const today = (ctx: ServiceContext) => chinaDate(ctx.clock.now());

/** Every assignment of the case that has a recusal request, current or ended, oldest first. */
export async function recusalsOf(ctx: ServiceContext, caseId: string) {
  const rows = await ctx.store.db
    .select({ id: mediatorAssignments.id, mediatorId: mediatorAssignments.mediatorId, name: mediators.name, role: mediatorAssignments.role, request: mediatorAssignments.recusalRequest, decision: mediatorAssignments.recusalDecision, endedAt: mediatorAssignments.endedAt })
    .from(mediatorAssignments)
    .innerJoin(mediators, eq(mediators.id, mediatorAssignments.mediatorId))
    .where(and(eq(mediatorAssignments.caseId, caseId), isNotNull(mediatorAssignments.recusalRequest)))
    .orderBy(asc(mediatorAssignments.assignedAt));
  return rows.map((r) => ({ ...r, request: r.request ?? null, decision: r.decision ?? null }));
}

/** The mediator's current assignment on the case, inside the write unit. */
async function currentAssignment(tx: Db, caseId: string, mediatorId: string) {
  const a = await tx
    .select()
    .from(mediatorAssignments)
    .where(and(eq(mediatorAssignments.caseId, caseId), eq(mediatorAssignments.mediatorId, mediatorId), isNull(mediatorAssignments.endedAt)))
    .get();
  if (a) return a;
  // an imported case names its mediators without an assignment record: make the record now
  const link = await tx.select().from(caseMediators).where(and(eq(caseMediators.caseId, caseId), eq(caseMediators.mediatorId, mediatorId))).get();
  if (!link) throw new AppError('NOT_FOUND', '该调解员目前未被指派办理本案。');
  const c = await tx.select({ acceptedOn: cases.acceptedOn, receivedOn: cases.receivedOn }).from(cases).where(eq(cases.id, caseId)).get();
  const row = { id: newId(), caseId, mediatorId, role: link.role, assignedAt: c?.acceptedOn ?? c?.receivedOn ?? '', assignedBy: '导入', findings: [] };
  await tx.insert(mediatorAssignments).values(row);
  return { ...row, recusalRequest: null, recusalDecision: null, endedAt: null, disclosure: null, consent: null };
}

function checkDate(ctx: ServiceContext, on: string, earliest: string, what: string) {
  if (on < earliest) throw fieldError('on', `${what}不能早于${earliest}`);
  if (on > today(ctx)) throw fieldError('on', `${what}不能晚于今天`);
}

export function requestRecusal(ctx: ServiceContext, caseId: string, mediatorId: string, input: RecusalRequestInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    if (c.status !== 'accepted' && c.status !== 'mediating') throw new AppError('INVALID_TRANSITION', '只有受理后、调解结束前的案件可以申请调解员回避。');
    const a = await currentAssignment(tx, caseId, mediatorId);
    if (a.recusalRequest && !a.recusalDecision) throw new AppError('CONFLICT', '该调解员已有回避申请尚未决定，请先作出决定。');
    if (a.recusalDecision) throw new AppError('CONFLICT', '对该调解员的回避申请已经决定；如有新的事由，请重新指派后再申请。');
    checkDate(ctx, input.on, a.assignedAt.slice(0, 10), '申请日期');
    await tx.update(mediatorAssignments).set({ recusalRequest: input }).where(eq(mediatorAssignments.id, a.id));
    await tx.update(cases).set({ updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, caseId));
    audit({ action: 'cases.requestRecusal', entity: 'case', entityId: caseId, after: { mediatorId, role: MEDIATOR_ROLES[a.role as keyof typeof MEDIATOR_ROLES], ...input } });
  });
}

export function decideRecusal(ctx: ServiceContext, caseId: string, mediatorId: string, input: RecusalDecisionInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    await writableCaseRow(tx, caseId);
    const a = await currentAssignment(tx, caseId, mediatorId);
    if (!a.recusalRequest) throw new AppError('INVALID_TRANSITION', '没有待决定的回避申请。');
    if (a.recusalDecision) throw new AppError('CONFLICT', '该回避申请已经决定。');
    checkDate(ctx, input.on, a.recusalRequest.on, '决定日期');
    const now = chinaTimestamp(ctx.clock.now());
    const granted = input.decision === 'granted';
    await tx
      .update(mediatorAssignments)
      .set({ recusalDecision: { ...input, by: ctx.user.name }, ...(granted ? { endedAt: now } : {}) })
      .where(eq(mediatorAssignments.id, a.id));
    // the mediator steps aside: gone from the case's mediators, so a lead must be assigned again
    if (granted) await tx.delete(caseMediators).where(and(eq(caseMediators.caseId, caseId), eq(caseMediators.mediatorId, mediatorId)));
    await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, caseId));
    audit({ action: 'cases.decideRecusal', entity: 'case', entityId: caseId, before: { request: a.recusalRequest }, after: { mediatorId, ...input } });
  });
}
