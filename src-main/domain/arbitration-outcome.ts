import { z } from 'zod';
import { SETTLEMENT_WAYS } from './arbitration';
import { chineseDate } from './chinese-format';
import { fieldError } from './errors';
import { legalDate, oneOf, text } from './exchange/primitives';
import { keysOf, type CaseStatus } from './vocabulary';

/**
 * How an arbitration ends (仲裁法第四十九条至第五十二条): an award on the parties' settlement; a
 * mediation statement, effective once every party has signed for it — a party who retracts before
 * signing leaves the tribunal to make an award; an award; or the claimant's withdrawal. Pure: the
 * service supplies the case's status, parties and today.
 */

export const OUTCOME_KINDS = { award_on_settlement: '和解裁决书', mediation_statement: '仲裁调解书', award: '裁决书', withdrawn: '撤回仲裁申请' } as const;
export type OutcomeKind = keyof typeof OUTCOME_KINDS;
/** What was done, as a sentence says it: 本案已作出和解裁决（…）. */
const DONE: Record<OutcomeKind, string> = { award_on_settlement: '作出和解裁决', mediation_statement: '制作仲裁调解书', award: '作出裁决', withdrawn: '撤回仲裁申请' };
const already = (o: Outcome) => `本案已于${chineseDate(o.on)}${DONE[o.kind]}`;

/**
 * What an award says beyond the claims (仲裁法第五十四条): the respondent's answer, the facts the
 * tribunal found and its reasons — which the parties may agree to leave out — the rulings, and
 * who bears the costs.
 */
export const awardTextSchema = z
  .strictObject({
    defence: text('被申请人的答辩意见', 5000).optional(),
    findings: text('仲裁庭查明的事实', 10000).optional(),
    reasoning: text('仲裁庭的意见', 10000).optional(),
    omitReasons: z.boolean().optional(),
    rulings: z.array(text('裁决事项', 1000)).min(1, '请填写至少一项裁决事项').max(20, '裁决事项不能超过20项'),
    costs: text('仲裁费用的负担', 500),
  })
  .refine((a) => a.omitReasons === true || (a.findings !== undefined && a.reasoning !== undefined), {
    path: ['findings'],
    message: '请填写仲裁庭查明的事实和仲裁庭的意见；当事人协议不写明争议事实和裁决理由的，请勾选“当事人协议不写明”',
  });
export type AwardText = z.output<typeof awardTextSchema>;

export interface Outcome {
  kind: OutcomeKind;
  /** The day the paper was made (or the withdrawal decided). */
  on: string;
  /** Award on a settlement: reached by the parties themselves or under the tribunal's mediation. */
  way?: keyof typeof SETTLEMENT_WAYS;
  /** Mediation statement: who signed for it, and when. */
  receipts?: { party: string; on: string }[];
  /** Mediation statement: the party who retracted before signing. */
  retraction?: { party: string; on: string; note?: string | undefined };
  /** Award: made because a party retracted from the mediation statement. */
  afterRetraction?: { party: string; on: string };
  /** Award: what it says (absent for an award recorded before its text was kept). */
  award?: AwardText;
  note?: string | undefined;
}

const on = legalDate('日期');
const party = text('当事人', 100);
const note = z.string().trim().max(500, '说明不能超过500字').optional();

/** One step the clerk records. */
export const outcomeStepSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('award_on_settlement'), on, way: oneOf(keysOf(SETTLEMENT_WAYS), '达成和解的方式') }),
  z.strictObject({ step: z.literal('mediation_statement'), on }),
  z.strictObject({ step: z.literal('receipt'), on, party }),
  z.strictObject({ step: z.literal('retraction'), on, party, note }),
  z.strictObject({ step: z.literal('award'), on, award: awardTextSchema }),
  z.strictObject({ step: z.literal('withdraw'), on, note }),
]);
export type OutcomeStep = z.output<typeof outcomeStepSchema>;

export interface OutcomeFacts {
  status: CaseStatus;
  /** The parties' names, each of whom must sign for a mediation statement. */
  parties: readonly string[];
  /** The day the settlement agreement was signed, when it was. */
  agreementSignedOn: string | undefined;
  today: string;
}

export interface OutcomeChange {
  outcome: Outcome;
  status: CaseStatus;
}

const refuse = (reason: string, field = 'on'): never => {
  throw fieldError(field, reason);
};

/** What the state of the outcome is, in a sentence for the clerk, and who must still sign. */
export function outcomeState(outcome: Outcome | null, parties: readonly string[]) {
  if (!outcome) return { effective: false, waitingFor: [] as string[], mustAward: false };
  if (outcome.kind !== 'mediation_statement') return { effective: outcome.kind !== 'withdrawn', effectiveOn: outcome.on, waitingFor: [], mustAward: false };
  const signed = new Set((outcome.receipts ?? []).map((r) => r.party));
  const waitingFor = parties.filter((p) => !signed.has(p));
  if (outcome.retraction) return { effective: false, waitingFor, mustAward: true };
  const last = (outcome.receipts ?? []).map((r) => r.on).sort().at(-1);
  return waitingFor.length === 0 ? { effective: true, effectiveOn: last, waitingFor, mustAward: false } : { effective: false, waitingFor, mustAward: false };
}

/** Takes `step` from `current`, or says in Chinese why it cannot be taken; a refusal changes nothing. */
export function takeOutcomeStep(current: Outcome | null, step: OutcomeStep, facts: OutcomeFacts): OutcomeChange {
  if (step.on > facts.today) refuse('日期不能晚于今天');
  const state = outcomeState(current, facts.parties);
  switch (step.step) {
    case 'award_on_settlement':
    case 'mediation_statement': {
      if (current) refuse(`${already(current)}，不能再制作`, 'step');
      if (facts.status !== 'agreed' || !facts.agreementSignedOn) refuse('须先记录双方签署的和解（调解）协议，案件进入“达成协议”后才能据以制作', 'step');
      if (step.on < (facts.agreementSignedOn as string)) refuse('制作日期不能早于和解（调解）协议的签署日期');
      return step.step === 'award_on_settlement'
        ? { outcome: { kind: 'award_on_settlement', on: step.on, way: step.way }, status: 'performing' }
        : { outcome: { kind: 'mediation_statement', on: step.on, receipts: [] }, status: 'agreed' };
    }
    case 'receipt':
    case 'retraction': {
      if (current?.kind !== 'mediation_statement') refuse('本案没有制作仲裁调解书，无从记录签收或反悔', 'step');
      const statement = current as Outcome;
      if (statement.retraction) refuse(`${statement.retraction.party}已于${chineseDate(statement.retraction.on)}反悔，调解书不发生效力，仲裁庭应当及时作出裁决`, 'step');
      if (!facts.parties.includes(step.party)) refuse(`${step.party}不是本案当事人`, 'party');
      if (!state.waitingFor.includes(step.party)) refuse(`${step.party}已签收调解书，签收后不能反悔`, 'party');
      if (step.on < statement.on) refuse('日期不能早于调解书的制作日期');
      if (step.step === 'retraction') return { outcome: { ...statement, retraction: { party: step.party, on: step.on, note: step.note } }, status: 'agreed' };
      const receipts = [...(statement.receipts ?? []), { party: step.party, on: step.on }];
      return { outcome: { ...statement, receipts }, status: receipts.length === facts.parties.length ? 'performing' : 'agreed' };
    }
    case 'award': {
      const afterRetraction = current?.kind === 'mediation_statement' && current.retraction;
      if (current && !afterRetraction) refuse(`${already(current)}，不能再作出裁决`, 'step');
      if (!afterRetraction && facts.status !== 'mediating') refuse('仲裁庭审理（开庭）后才能作出裁决', 'step');
      if (afterRetraction && step.on < afterRetraction.on) refuse('裁决日期不能早于当事人反悔的日期');
      return {
        outcome: { kind: 'award', on: step.on, award: step.award, ...(afterRetraction ? { afterRetraction: { party: afterRetraction.party, on: afterRetraction.on } } : {}) },
        status: 'performing',
      };
    }
    case 'withdraw': {
      if (current) refuse(`${already(current)}，不能再撤回仲裁申请`, 'step');
      if (facts.status !== 'accepted' && facts.status !== 'mediating') refuse('只有已受理、尚未结束的仲裁案件可以撤回仲裁申请', 'step');
      return { outcome: { kind: 'withdrawn', on: step.on, note: step.note }, status: 'terminated' };
    }
  }
}
