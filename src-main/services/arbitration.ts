import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { arbitrations, caseAgreements, caseParties, cases } from '../db/schema';
import { reliedAgreementFindings, type ArbitrationRecord, type ArbitrationView, type ComposedTribunal, type HandlingCost, type TribunalInput, type TribunalSeat } from '../domain/arbitration';
import { arbitrationFee, feePartText, type FeeSchedule } from '../domain/arbitration-fees';
import { outcomeState, takeOutcomeStep, type Outcome, type OutcomeStep } from '../domain/arbitration-outcome';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { arbitrationExtensionRefusal } from '../domain/deadlines';
import { AppError, fieldError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import type { CaseStatus } from '../domain/vocabulary';
import { parseYuan } from '../domain/money';
import { getFeeSchedule } from './arbitration-fees';
import { placeAssigned, type AssignmentInput, type AssignmentWords } from './assignment';
import { readCase } from './case-detail';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { keepExtension } from './extensions';
import { findOrganization } from './organization';

/**
 * Arbitration cases of a commission (仲裁 tab): the arbitration agreement the application relies
 * on, the clerk, the handling costs and the acceptance fee; and the arbitration a case's commission
 * papers speak of.
 */

type Row = typeof arbitrations.$inferSelect;

const recordOf = (r: Row): ArbitrationRecord => ({
  agreement: {
    form: r.agreementForm as ArbitrationRecord['agreement']['form'],
    source: r.agreementSource,
    ...(r.agreementSignedOn ? { signedOn: r.agreementSignedOn } : {}),
    namedCommission: r.agreementCommission ?? undefined,
    wording: r.agreementWording ?? undefined,
  },
  secretary: r.secretary ?? undefined,
  handling: r.handling,
});

export const arbitrationRow = (db: Db, caseId: string) => db.select().from(arbitrations).where(eq(arbitrations.caseId, caseId)).get();

const claimFen = (c: ExchangeCase): number | null => {
  const p = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
  return p?.ok ? p.fen : null;
};

async function commissionOf(db: Db): Promise<string> {
  const org = await findOrganization(db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  if (org.kind !== 'arbitration') throw new AppError('BAD_REQUEST', '只有组织类型为“仲裁委员会”的单位可以登记仲裁案件；调解组织请在协议中选择仲裁途径并出具仲裁协议书。');
  return org.name;
}

/**
 * The start of every write to a recorded arbitration: this office is a commission, the agreement
 * relied on is recorded (else `请先登记本案所依据的仲裁协议，再…` for what was being done), and
 * the case may still be written.
 */
async function recordedArbitration(tx: Db, caseId: string, doing: string) {
  await commissionOf(tx);
  const row = await arbitrationRow(tx, caseId);
  if (!row) throw new AppError('VALIDATION', `请先登记本案所依据的仲裁协议，再${doing}`);
  return { row, c: await writableCaseRow(tx, caseId) };
}

export interface ArbitrationDetail {
  commission: string;
  record: ArbitrationRecord | null;
  tribunal: ComposedTribunal | null;
  /** How it ended, and where that stands (a statement waiting for signatures, or retracted). */
  outcome: Outcome | null;
  outcomeState: ReturnType<typeof outcomeState>;
  /** What is wrong with the agreement relied on, or missing for the fee. */
  findings: string[];
  /** The fee as counted when the record was saved: each line of the acceptance fee, the handling costs, the total. */
  fee: { acceptanceFee: number; lines: { text: string; fee: number }[]; handlingTotal: number; total: number } | null;
  /** The acceptance fee the schedule gives today, when it differs from the one saved (the schedule changed since). */
  scheduleNow: number | null;
}

/**
 * The fee of a case: the acceptance fee as saved (a later change of the schedule does not reprice
 * it), explained line by line while today's schedule still gives the same sum, and the handling costs.
 */
function feeAccount(amount: number, saved: number, schedule: FeeSchedule, handling: readonly HandlingCost[]) {
  const now = arbitrationFee(amount, schedule, handling);
  const same = now.acceptanceFee === saved;
  return {
    acceptanceFee: saved,
    lines: same ? now.lines.map((l) => ({ text: feePartText(l), fee: l.fee })) : [{ text: '案件受理费（按登记时的收费标准计算）', fee: saved }],
    handling: handling.map((h) => ({ text: h.item, fee: h.fee })),
    handlingTotal: now.handlingTotal,
    total: saved + now.handlingTotal,
    scheduleNow: same ? null : now.acceptanceFee,
  };
}
type FeeAccount = ReturnType<typeof feeAccount>;

/** The fee of a priced case; a case the clerk has not priced yet (or another commission's) is counted with today's schedule. */
function feeOf(c: ExchangeCase, row: Row | undefined, schedule: FeeSchedule): FeeAccount | null {
  const amount = claimFen(c);
  if (amount === null) return null;
  if (!row) return feeAccount(amount, arbitrationFee(amount, schedule).acceptanceFee, schedule, []);
  return row.acceptanceFeeFen === null ? null : feeAccount(amount, row.acceptanceFeeFen, schedule, row.handling);
}

export async function getArbitration(ctx: ServiceContext, caseId: string): Promise<ArbitrationDetail> {
  const db = ctx.store.db;
  const commission = await commissionOf(db);
  const c = (await readCase(db, caseId)).exchange;
  const row = await arbitrationRow(db, caseId);
  if (!row) return { commission, record: null, tribunal: null, outcome: null, outcomeState: outcomeState(null, []), findings: [], fee: null, scheduleNow: null };
  const record = recordOf(row);
  const findings = [...reliedAgreementFindings(record.agreement, commission), ...(claimFen(c) === null ? ['未填写争议金额（标的额），无法计算案件受理费：请在案件信息中补充'] : [])];
  const fee = feeOf(c, row, (await getFeeSchedule(ctx)).schedule);
  return {
    commission,
    record,
    tribunal: row.tribunal,
    outcome: row.outcome,
    outcomeState: outcomeState(row.outcome, c.parties.map((p) => p.name)),
    findings,
    fee: fee && { acceptanceFee: fee.acceptanceFee, lines: fee.lines, handlingTotal: fee.handlingTotal, total: fee.total },
    scheduleNow: fee?.scheduleNow ?? null,
  };
}

/** Records (or corrects) the arbitration particulars, counting the acceptance fee with today's schedule. */
export async function saveArbitration(ctx: ServiceContext, caseId: string, record: ArbitrationRecord): Promise<ArbitrationDetail> {
  const { schedule } = await getFeeSchedule(ctx);
  await writeUnit(ctx, async (tx, audit) => {
    await commissionOf(tx);
    await writableCaseRow(tx, caseId);
    const c = (await readCase(tx, caseId)).exchange;
    const amount = claimFen(c);
    const before = await arbitrationRow(tx, caseId);
    const at = chinaTimestamp(ctx.clock.now());
    const a = record.agreement;
    const values = {
      agreementForm: a.form,
      agreementSource: a.source,
      agreementSignedOn: a.signedOn ?? null,
      agreementCommission: a.namedCommission ?? null,
      agreementWording: a.wording ?? null,
      secretary: record.secretary ?? null,
      handling: record.handling,
      acceptanceFeeFen: amount === null ? null : arbitrationFee(amount, schedule).acceptanceFee,
      updatedAt: at,
    };
    await tx.insert(arbitrations).values({ caseId, ...values, createdAt: at }).onConflictDoUpdate({ target: arbitrations.caseId, set: values });
    audit({ action: 'arbitration.save', entity: 'case', entityId: caseId, before: before ? recordOf(before) : null, after: { ...record, acceptanceFeeFen: values.acceptanceFeeFen } });
  });
  return getArbitration(ctx, caseId);
}

const ARBITRATOR_WORDS: AssignmentWords = { person: '仲裁员', work: '仲裁', instead: '另行选定仲裁员' };

/**
 * Composes the tribunal (组庭): the seats as the law has them filled, the arbitrators placed on
 * the case after the same recusal check as mediators (findings need the arbitrator's disclosure
 * and the parties' consent), and the day it was composed, from which the arbitration period runs.
 */
export function composeTribunal(ctx: ServiceContext, caseId: string, tribunal: TribunalInput, disclosures: AssignmentInput['disclosures']): Promise<ArbitrationDetail> {
  return writeUnit(ctx, async (tx, audit) => {
    const { row, c } = await recordedArbitration(tx, caseId, '组成仲裁庭');
    if (c.acceptedOn && tribunal.composedOn < c.acceptedOn) throw fieldError('tribunal.composedOn', '组庭日期不能早于受理日期');
    if (tribunal.composedOn > chinaDate(ctx.clock.now())) throw fieldError('tribunal.composedOn', '组庭日期不能晚于今天');
    const lead = tribunal.seats.find((s) => s.role !== 'member') as TribunalSeat;
    const members = tribunal.seats.filter((s) => s.role === 'member').map((s) => s.arbitratorId);
    const { before, placed } = await placeAssigned(ctx, tx, caseId, { lead: lead.arbitratorId, assistants: members, disclosures }, ARBITRATOR_WORDS);
    const nameOf = new Map(placed.map((p) => [p.id, p.name]));
    const composed: ComposedTribunal = { form: tribunal.form, composedOn: tribunal.composedOn, members: tribunal.seats.map((s) => ({ ...s, name: nameOf.get(s.arbitratorId) ?? '' })) };
    await tx.update(arbitrations).set({ tribunal: composed, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(arbitrations.caseId, caseId));
    audit({ action: 'arbitration.composeTribunal', entity: 'case', entityId: caseId, before: { tribunal: row.tribunal, arbitrators: before }, after: { tribunal: composed, findings: placed.map((p) => p.findings) } });
  }).then(() => getArbitration(ctx, caseId));
}

/** An extension of the arbitration period the chair approved (仲裁委员会主任批准). */
export interface PeriodExtension {
  n: number;
  unit: 'days' | 'months';
  approvedOn: string;
  /** Who approved it and why, as the approval says. */
  approval: string;
}

/**
 * Extends the arbitration period by the chair's approval, given while the period (as extended so
 * far) runs; kept with the case's other extensions, which the deadline engine reads as approvals.
 */
export function extendArbitrationPeriod(ctx: ServiceContext, caseId: string, input: PeriodExtension): Promise<ArbitrationDetail> {
  return writeUnit(ctx, async (tx, audit) => {
    const { row } = await recordedArbitration(tx, caseId, '组成仲裁庭');
    if (!row.tribunal) throw new AppError('INVALID_TRANSITION', '仲裁庭组成后才有仲裁期限，才能延长。');
    if (row.outcome) throw new AppError('INVALID_TRANSITION', '本案仲裁已经结束，无须延长仲裁期限。');
    if (input.approvedOn < row.tribunal.composedOn) throw fieldError('approvedOn', '批准日期不能早于组庭日期');
    if (input.approvedOn > chinaDate(ctx.clock.now())) throw fieldError('approvedOn', '批准日期不能晚于今天');
    const extension = { n: input.n, unit: input.unit, agreedOn: input.approvedOn, consent: input.approval };
    const dueNow = await keepExtension(ctx, tx, caseId, extension, 'arbitration_period', arbitrationExtensionRefusal, 'approvedOn');
    audit({ action: 'arbitration.extendPeriod', entity: 'case', entityId: caseId, before: { due: dueNow }, after: { n: input.n, unit: input.unit, approvedOn: input.approvedOn, approval: input.approval.trim() } });
  }).then(() => getArbitration(ctx, caseId));
}

/**
 * Records how the arbitration ends, one step at a time — an award on the settlement, a mediation
 * statement with each party's signed receipt or a retraction, an award, a withdrawal — moving the
 * case along: to 履行中 once an award is made or the statement takes effect, to 调解终止 on withdrawal.
 */
export function recordOutcome(ctx: ServiceContext, caseId: string, step: OutcomeStep): Promise<ArbitrationDetail> {
  return writeUnit(ctx, async (tx, audit) => {
    const { row, c } = await recordedArbitration(tx, caseId, '记录仲裁结果');
    const parties = await tx.select({ name: caseParties.name }).from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(caseParties.position);
    const agreement = await tx.select({ signedOn: caseAgreements.signedOn }).from(caseAgreements).where(eq(caseAgreements.caseId, caseId)).get();
    const change = takeOutcomeStep(row.outcome, step, {
      status: c.status as CaseStatus,
      parties: parties.map((p) => p.name),
      agreementSignedOn: agreement?.signedOn ?? undefined,
      today: chinaDate(ctx.clock.now()),
    });
    const at = chinaTimestamp(ctx.clock.now());
    await tx.update(arbitrations).set({ outcome: change.outcome, updatedAt: at }).where(eq(arbitrations.caseId, caseId));
    const withdrawn = change.outcome.kind === 'withdrawn' ? { terminationOn: step.on, terminationReason: 'withdrawn', terminationNote: change.outcome.note ?? '申请人撤回仲裁申请' } : {};
    await tx.update(cases).set({ status: change.status, ...withdrawn, updatedAt: at }).where(eq(cases.id, caseId));
    audit({ action: 'arbitration.outcome', entity: 'case', entityId: caseId, before: { status: c.status, outcome: row.outcome }, after: { step, status: change.status } });
  }).then(() => getArbitration(ctx, caseId));
}

/**
 * The arbitration a case's commission papers speak of. A commission's own case is heard by the
 * commission itself under its number; a mediation office's case goes to the commission the parties
 * chose, whose number the commission fills in.
 */
export async function arbitrationView(ctx: ServiceContext, caseId: string, c: ExchangeCase, org: { name: string; kind: string }): Promise<ArbitrationView> {
  const own = org.kind === 'arbitration';
  const row = own ? await arbitrationRow(ctx.store.db, caseId) : undefined;
  const fee = feeOf(c, row, (await getFeeSchedule(ctx)).schedule);
  return {
    commission: own ? org.name : (c.enforcement?.arbitrationCommission ?? null),
    caseNumber: own ? (c.caseNumber ?? null) : null,
    acceptedOn: own ? (c.acceptedOn ?? null) : null,
    tribunal: row?.tribunal?.members.map((m) => ({ name: m.name, role: m.role, appointedBy: m.appointedBy })) ?? [],
    composedOn: row?.tribunal?.composedOn ?? null,
    secretary: row?.secretary ?? null,
    settlement: row?.outcome?.way ?? 'own',
    fees: fee && { acceptance: fee.acceptanceFee, handling: fee.handlingTotal, items: [...fee.lines, ...fee.handling] },
    decidedOn: row?.outcome && row.outcome.kind !== 'withdrawn' ? row.outcome.on : null,
    award: row?.outcome?.award ?? null,
  };
}
