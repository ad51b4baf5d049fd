import { z } from 'zod';
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
  /** The clerk (仲裁秘书), who signs as 书记员. */
  secretary: string | null;
  settlement: SettlementWay;
  /** The acceptance fee and the handling costs, fen, with each item of them; null when the amount in dispute is unknown. */
  fees: { acceptance: number; handling: number; items: { text: string; fee: number }[] } | null;
  /** The day the award or statement is made (`YYYY-MM-DD`); null before. */
  decidedOn: string | null;
}

/** `首席仲裁员张三、仲裁员李四、仲裁员王五` — the tribunal as the papers name it, presiding first. */
export function tribunalText(members: readonly TribunalMember[]): string {
  const order: TribunalRole[] = ['sole', 'presiding', 'member'];
  return [...members]
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
    .map((m) => `${TRIBUNAL_ROLES[m.role]}${m.name}`)
    .join('、');
}

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
