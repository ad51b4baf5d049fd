import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { arbitrations } from '../db/schema';
import { reliedAgreementFindings, type ArbitrationRecord, type ArbitrationView, type HandlingCost } from '../domain/arbitration';
import { arbitrationFee, feePartText, type FeeSchedule } from '../domain/arbitration-fees';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { parseYuan } from '../domain/money';
import { getFeeSchedule } from './arbitration-fees';
import { readCase } from './case-detail';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
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

export interface ArbitrationDetail {
  commission: string;
  record: ArbitrationRecord | null;
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
  if (!row) return { commission, record: null, findings: [], fee: null, scheduleNow: null };
  const record = recordOf(row);
  const findings = [...reliedAgreementFindings(record.agreement, commission), ...(claimFen(c) === null ? ['未填写争议金额（标的额），无法计算案件受理费：请在案件信息中补充'] : [])];
  const fee = feeOf(c, row, (await getFeeSchedule(ctx)).schedule);
  return {
    commission,
    record,
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
    tribunal: [],
    secretary: row?.secretary ?? null,
    settlement: 'own',
    fees: fee && { acceptance: fee.acceptanceFee, handling: fee.handlingTotal, items: [...fee.lines, ...fee.handling] },
    decidedOn: null,
  };
}
