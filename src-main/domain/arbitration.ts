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
  /** The acceptance fee and the handling costs, fen; null when the amount in dispute is unknown. */
  fees: { acceptance: number; handling: number } | null;
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
