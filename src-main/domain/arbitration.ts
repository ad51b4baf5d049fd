import { z } from 'zod';
import type { AwardText } from './arbitration-outcome';
import { legalDate, oneOf, text } from './exchange/primitives';
import { MAX_FEN } from './money';
import { keysOf } from './vocabulary';

/**
 * Arbitration as the papers of a commission speak of it (`reference.md` §3; 仲裁法 arts. 30–31,
 * 49–52): who hears the case, how the tribunal is made up, how a settlement was reached.
 */

/** The seats of a tribunal: a sole arbitrator, or a presiding arbitrator with two others (仲裁法第三十条). */
export const TRIBUNAL_ROLES = { sole: '独任仲裁员', presiding: '首席仲裁员', member: '仲裁员' } as const;
export type TribunalRole = keyof typeof TRIBUNAL_ROLES;

export interface TribunalMember {
  name: string;
  role: TribunalRole;
  /** How the arbitrator came to the seat; unknown for a tribunal the office did not record. */
  appointedBy?: Appointer;
}

/**
 * How a settlement during arbitration was reached: by the parties themselves (和解, art. 49) or by
 * the tribunal's mediation (调解, art. 51) — the article the award rests on follows from it.
 */
export const SETTLEMENT_WAYS = { own: '自行和解', mediated: '仲裁庭主持调解' } as const;
export type SettlementWay = keyof typeof SETTLEMENT_WAYS;

/** What a commission's papers need to know about the arbitration of a case. */
export interface ArbitrationView {
  /** The commission that hears it; null when none is chosen yet. */
  commission: string | null;
  /** The commission's own number of the case; null when the case is numbered by a mediation office. */
  caseNumber: string | null;
  /** The day the commission accepted the case; null when unknown to this office. */
  acceptedOn: string | null;
  /** Empty until the tribunal is composed. */
  tribunal: TribunalMember[];
  /** The day it was composed (`YYYY-MM-DD`); null before. */
  composedOn: string | null;
  /** The clerk (仲裁秘书), who signs as 书记员. */
  secretary: string | null;
  settlement: SettlementWay;
  /** The acceptance fee and the handling costs, fen, with each item of them; null when the amount in dispute is unknown. */
  fees: { acceptance: number; handling: number; items: { text: string; fee: number }[] } | null;
  /** The day the award or statement is made (`YYYY-MM-DD`); null before. */
  decidedOn: string | null;
  /** What the tribunal's award says; null before it is made (or when the case ends otherwise). */
  award: AwardText | null;
}

const SEAT_ORDER: TribunalRole[] = ['sole', 'presiding', 'member'];

/** The tribunal presiding (or sole) arbitrator first, the others in the order chosen. */
export const tribunalInOrder = <T extends TribunalMember>(members: readonly T[]): T[] => [...members].sort((a, b) => SEAT_ORDER.indexOf(a.role) - SEAT_ORDER.indexOf(b.role));

/** `首席仲裁员张三、仲裁员李四、仲裁员王五` — the tribunal as the papers name it, presiding first. */
export const tribunalText = (members: readonly TribunalMember[]): string => tribunalInOrder(members).map((m) => `${TRIBUNAL_ROLES[m.role]}${m.name}`).join('、');

/** What an arbitration rests on (仲裁法第十六条): an arbitration agreement of its own, or a clause of the contract. */
export const AGREEMENT_FORMS = { agreement: '仲裁协议书', clause: '合同中的仲裁条款' } as const;
export type AgreementForm = keyof typeof AGREEMENT_FORMS;

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The arbitration agreement the application relies on, as the clerk records it from the file. */
export const reliedAgreementSchema = z.strictObject({
  form: oneOf(keysOf(AGREEMENT_FORMS), '仲裁协议的形式'),
  /** Where it is: `仲裁协议书` or `《专利实施许可合同》第十二条`. */
  source: text('仲裁协议的出处', 100),
  signedOn: legalDate('仲裁协议的签订日期').optional(),
  /** The commission it names, as written; absent when it names none. */
  namedCommission: optionalText('约定的仲裁委员会', 60),
  /** The clause in its own words. */
  wording: optionalText('仲裁条款原文', 2000),
});
export type ReliedAgreement = z.output<typeof reliedAgreementSchema>;

/** A handling cost the clerk enters (案件处理费: travel, experts, interpreters…), fen. */
export const handlingCostSchema = z.strictObject({ item: text('收费项目', 50), fee: z.number().int('金额应以分为单位的整数').min(0, '金额不能为负').max(MAX_FEN, '金额过大') });
export type HandlingCost = z.output<typeof handlingCostSchema>;

/** What the clerk records of an arbitration case besides the case itself (仲裁 tab). */
export const arbitrationRecordSchema = z.strictObject({
  agreement: reliedAgreementSchema,
  /** The clerk of the case (仲裁秘书), who signs the papers as 书记员. */
  secretary: optionalText('仲裁秘书', 20),
  handling: z.array(handlingCostSchema).max(20, '案件处理费最多20项').default([]),
});
export type ArbitrationRecordInput = z.input<typeof arbitrationRecordSchema>;
export type ArbitrationRecord = z.output<typeof arbitrationRecordSchema>;

/** Strips what names may differ by in writing: spaces, and the brackets some write around the city. */
const bare = (name: string) => name.replace(/[\s（）()]/gu, '');

/**
 * What is wrong with the agreement relied on, for the commission `commission`: an agreement that
 * names no commission is void unless the parties supplement it (仲裁法第十八条); one that names
 * another commission gives this one no jurisdiction (第十六条、第二十条).
 */
export function reliedAgreementFindings(a: ReliedAgreement, commission: string): string[] {
  if (!a.namedCommission) {
    return ['仲裁协议未约定仲裁委员会：当事人可以补充协议；达不成补充协议的，仲裁协议无效（仲裁法第十八条），不能据以受理'];
  }
  if (bare(a.namedCommission) !== bare(commission)) {
    return [`仲裁协议约定的是“${a.namedCommission}”，不是${commission}：本会据此没有管辖依据，请核对，或请当事人向约定的仲裁委员会申请`];
  }
  return [];
}

/** How a tribunal is made up (仲裁法第三十条). */
export const TRIBUNAL_FORMS = { sole: '独任仲裁庭', three: '三名仲裁员组成的仲裁庭' } as const;
export type TribunalForm = keyof typeof TRIBUNAL_FORMS;

/** Who chose an arbitrator (仲裁法第三十一条、第三十二条). */
export const APPOINTERS = { parties: '双方当事人共同选定', claimant: '申请人选定', respondent: '被申请人选定', chair: '仲裁委员会主任指定' } as const;
export type Appointer = keyof typeof APPOINTERS;

export const tribunalSeatSchema = z.strictObject({
  arbitratorId: z.uuid({ error: '请从名册中选择仲裁员' }),
  role: oneOf(keysOf(TRIBUNAL_ROLES), '仲裁员席位'),
  appointedBy: oneOf(keysOf(APPOINTERS), '仲裁员的产生方式'),
});
export type TribunalSeat = z.output<typeof tribunalSeatSchema>;

/**
 * The seats a tribunal of `form` has and who may fill each (仲裁法第三十一条): a sole arbitrator,
 * or a presiding one, chosen by both parties together or appointed by the chair; and in a tribunal
 * of three, one arbitrator chosen by each side (or appointed by the chair for a side that does not).
 */
function seatProblems(form: TribunalForm, seats: readonly TribunalSeat[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const wanted: TribunalRole[] = form === 'sole' ? ['sole'] : ['presiding', 'member', 'member'];
  const roles = seats.map((s) => s.role).sort();
  if (roles.join() !== [...wanted].sort().join()) {
    problems.push({ path: ['seats'], message: form === 'sole' ? '独任仲裁庭由一名独任仲裁员组成' : '三人仲裁庭由一名首席仲裁员和两名仲裁员组成' });
    return problems;
  }
  seats.forEach((s, i) => {
    const chosenTogether = s.appointedBy === 'parties' || s.appointedBy === 'chair';
    if (s.role !== 'member' && !chosenTogether) problems.push({ path: ['seats', i, 'appointedBy'], message: `${TRIBUNAL_ROLES[s.role]}由双方当事人共同选定或者共同委托仲裁委员会主任指定` });
    if (s.role === 'member' && s.appointedBy === 'parties') problems.push({ path: ['seats', i, 'appointedBy'], message: '两名仲裁员由双方当事人各自选定或者各自委托仲裁委员会主任指定' });
  });
  for (const side of ['claimant', 'respondent'] as const) {
    const picks = seats.flatMap((s, i) => (s.appointedBy === side ? [i] : []));
    if (picks.length > 1) problems.push({ path: ['seats', picks[1] as number, 'appointedBy'], message: `${APPOINTERS[side].replace('选定', '')}只能选定一名仲裁员` });
  }
  seats.forEach((s, i) => {
    if (seats.findIndex((x) => x.arbitratorId === s.arbitratorId) < i) problems.push({ path: ['seats', i, 'arbitratorId'], message: '同一名仲裁员不能占两个席位' });
  });
  return problems;
}

/** The tribunal as composed: its form, the day it was composed, each seat with whom and how chosen. */
export const tribunalInputSchema = z
  .strictObject({
    form: oneOf(keysOf(TRIBUNAL_FORMS), '仲裁庭组成形式'),
    composedOn: legalDate('组庭日期'),
    seats: z.array(tribunalSeatSchema).min(1, '请选择仲裁员').max(3, '仲裁庭至多三名仲裁员'),
  })
  .superRefine((t, ctx) => {
    for (const p of seatProblems(t.form, t.seats)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type TribunalInput = z.output<typeof tribunalInputSchema>;

/** The tribunal as stored with the case: each seat with the arbitrator's name as it was when composed. */
export interface ComposedTribunal {
  form: TribunalForm;
  composedOn: string;
  members: (TribunalSeat & { name: string })[];
}
