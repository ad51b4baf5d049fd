import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseMediators, caseParties, caseSessions, cases, mediatorAssignments, mediators } from '../db/schema';
import { addDays } from '../domain/dates';
import { assertTransition, workflowFacts } from '../domain/case-workflow';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { planTimes, sessionClashes, type Clash, type PlannedSession, type SessionPlan, type SessionRecord } from '../domain/sessions';
import { CASE_STATUSES, type CaseStatus } from '../domain/vocabulary';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';
import { partiesWithoutRightsNotice } from './rights-notices';

/**
 * Sessions as the office plans them: scheduled on a case, shown on the calendar with the cases'
 * numbers and parties, flagged where a mediator or a room is double-booked, cancelled with a
 * reason; once held, its record (调解笔录) is written and the case is under mediation.
 */
const SCHEDULABLE: CaseStatus[] = ['accepted', 'mediating'];

export interface CalendarSession extends PlannedSession {
  caseId: string;
  status: string;
  parties: string[];
  clashes: string[];
}

function toPlanned(row: typeof caseSessions.$inferSelect, caseNumber: string | null): PlannedSession {
  const d = row.data as { place?: string; mode?: string; mediators?: string[] };
  return { id: row.id, caseNumber, startsAt: row.startsAt, endsAt: row.endsAt, place: d.place ?? '', mode: d.mode ?? 'in_person', mediators: d.mediators ?? [] };
}

/** Sessions (not cancelled) starting on the days from `from` up to and including `to`. */
async function plannedBetween(db: Db, from: string, to: string) {
  return db
    .select({ s: caseSessions, caseNumber: cases.caseNumber })
    .from(caseSessions)
    .innerJoin(cases, eq(cases.id, caseSessions.caseId))
    .where(and(gte(caseSessions.startsAt, from), lt(caseSessions.startsAt, addDays(to, 1)), ne(caseSessions.status, 'cancelled')))
    .orderBy(asc(caseSessions.startsAt));
}

/** The calendar between two dates, each session with its clashes. */
export async function calendar(ctx: ServiceContext, from: string, to: string): Promise<CalendarSession[]> {
  const db = ctx.store.db;
  const rows = await plannedBetween(db, from, to);
  const planned = rows.map((r) => toPlanned(r.s, r.caseNumber));
  const caseIds = [...new Set(rows.map((r) => r.s.caseId))];
  const parties = caseIds.length ? await db.select({ caseId: caseParties.caseId, name: caseParties.name }).from(caseParties).where(inArray(caseParties.caseId, caseIds)).orderBy(caseParties.position) : [];
  return rows.map((r, i) => ({
    ...(planned[i] as PlannedSession),
    caseId: r.s.caseId,
    status: r.s.status,
    parties: parties.filter((p) => p.caseId === r.s.caseId).map((p) => p.name),
    clashes: sessionClashes(planned[i] as PlannedSession, planned).map((c) => c.message),
  }));
}

/** What a planned session would clash with, before it is saved. */
export async function checkPlan(db: Db, plan: SessionPlan, exceptId = ''): Promise<Clash[]> {
  const candidate: PlannedSession = { id: exceptId, caseNumber: null, ...planTimes(plan), place: plan.place, mode: plan.mode, mediators: plan.mediators };
  const sameDay = await plannedBetween(db, plan.date, plan.date);
  return sessionClashes(candidate, sameDay.map((r) => toPlanned(r.s, r.caseNumber)));
}

export function scheduleSession(ctx: ServiceContext, caseId: string, plan: SessionPlan): Promise<{ id: string; clashes: string[] }> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    if (!SCHEDULABLE.includes(c.status as CaseStatus)) {
      throw new AppError('INVALID_TRANSITION', `只有已受理或调解中的案件可以安排调解会议，本案当前为“${CASE_STATUSES[c.status as CaseStatus] ?? c.status}”。`);
    }
    if (c.acceptedOn && plan.date < c.acceptedOn) throw new AppError('VALIDATION', '会议日期不能早于受理日期', { date: '会议日期不能早于受理日期' });
    const known = new Set((await tx.select({ name: mediators.name }).from(mediators).where(eq(mediators.active, true))).map((m) => m.name));
    const unknown = plan.mediators.filter((m) => !known.has(m));
    if (unknown.length) throw new AppError('VALIDATION', `${unknown.join('、')}不在调解员名册中`, { mediators: `${unknown.join('、')}不在名册中` });
    const clashes = await checkPlan(tx, plan);
    const { startsAt, endsAt } = planTimes(plan);
    const last = await tx.select({ n: sql<number>`coalesce(max(${caseSessions.position}), -1)` }).from(caseSessions).where(eq(caseSessions.caseId, caseId)).get();
    const id = newId();
    await tx.insert(caseSessions).values({
      id,
      caseId,
      position: (last?.n ?? -1) + 1,
      startsAt,
      endsAt,
      status: 'scheduled',
      data: { startsAt, endsAt, place: plan.place, mode: plan.mode, mediators: plan.mediators, attendees: [], notices: [], statements: [] },
    });
    audit({ action: 'sessions.schedule', entity: 'case', entityId: caseId, after: { startsAt, endsAt, place: plan.place, mediators: plan.mediators, clashes: clashes.map((x) => x.message) } });
    return { id, clashes: clashes.map((x) => x.message) };
  });
}

export function cancelSession(ctx: ServiceContext, sessionId: string, reason: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const s = await tx.select().from(caseSessions).where(eq(caseSessions.id, sessionId)).get();
    if (!s) throw new AppError('NOT_FOUND', '未找到该调解会议。');
    await writableCaseRow(tx, s.caseId);
    if (s.status !== 'scheduled') throw new AppError('INVALID_TRANSITION', '只能取消尚未举行的调解会议。');
    await tx.update(caseSessions).set({ status: 'cancelled', data: { ...s.data, note: `已取消：${reason}` } }).where(eq(caseSessions.id, sessionId));
    audit({ action: 'sessions.cancel', entity: 'case', entityId: s.caseId, after: { startsAt: s.startsAt, reason } });
  });
}

/** The sessions of one case, every status, in order. */
export async function sessionsOfCase(ctx: ServiceContext, caseId: string) {
  const rows = await ctx.store.db.select().from(caseSessions).where(eq(caseSessions.caseId, caseId)).orderBy(asc(caseSessions.startsAt));
  return rows.map((r) => {
    const d = r.data as Partial<SessionRecord> & { note?: string };
    return {
      ...toPlanned(r, null),
      status: r.status,
      note: d.note ?? null,
      record: r.status === 'held' ? { attendees: d.attendees ?? [], recorder: d.recorder ?? null, notices: d.notices ?? [], statements: d.statements ?? [], outcome: d.outcome ?? null } : null,
    };
  });
}

/**
 * Writes the record of a session that took place; the first one moves the case to 调解中. The
 * workflow requires a lead mediator, no recusal request pending and the rights notice given to
 * every party.
 */
export function recordSession(ctx: ServiceContext, sessionId: string, record: SessionRecord): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const s = await tx.select().from(caseSessions).where(eq(caseSessions.id, sessionId)).get();
    if (!s) throw new AppError('NOT_FOUND', '未找到该调解会议。');
    if (s.status === 'cancelled') throw new AppError('INVALID_TRANSITION', '该调解会议已取消，不能记录笔录。');
    const c = await writableCaseRow(tx, s.caseId);
    const endsAt = `${s.startsAt.slice(0, 10)}T${record.to}:00+08:00`;
    if (endsAt <= s.startsAt) throw new AppError('VALIDATION', '结束时间应晚于开始时间', { to: '结束时间应晚于开始时间' });
    const lead = await tx.select().from(caseMediators).where(and(eq(caseMediators.caseId, s.caseId), eq(caseMediators.role, 'lead'))).get();
    const pending = await tx.select().from(mediatorAssignments).where(and(eq(mediatorAssignments.caseId, s.caseId), sql`${mediatorAssignments.recusalRequest} IS NOT NULL AND ${mediatorAssignments.recusalDecision} IS NULL AND ${mediatorAssignments.endedAt} IS NULL`)).get();
    const to = assertTransition(
      c.status as CaseStatus,
      'hold_session',
      workflowFacts({}, { mediatorAssigned: Boolean(lead), recusalPending: Boolean(pending), partiesWithoutRightsNotice: await partiesWithoutRightsNotice(tx, s.caseId) }),
    );
    const { to: _end, ...kept } = record;
    await tx.update(caseSessions).set({ status: 'held', endsAt, data: { ...s.data, ...kept, endsAt } }).where(eq(caseSessions.id, sessionId));
    if (to !== c.status) await tx.update(cases).set({ status: to, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, s.caseId));
    audit({ action: 'sessions.record', entity: 'case', entityId: s.caseId, before: { status: c.status }, after: { startsAt: s.startsAt, outcome: record.outcome, status: to } });
  });
}
