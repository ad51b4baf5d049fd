import { describe, expect, it } from 'vitest';
import { outcomeState, outcomeStepSchema, takeOutcomeStep, type AwardText, type Outcome, type OutcomeFacts, type OutcomeStep } from '../../../src-main/domain/arbitration-outcome';

const AGREED: OutcomeFacts = { status: 'agreed', parties: ['河南新郑红枣有限公司', '魏巍'], agreementSignedOn: '2026-11-20', today: '2026-11-24' };
const take = (current: Outcome | null, step: OutcomeStep, facts: Partial<OutcomeFacts> = {}) => takeOutcomeStep(current, step, { ...AGREED, ...facts });
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

const AWARD: AwardText = {
  defence: '被申请人辩称已停止销售。',
  findings: '被申请人于2026年3月起销售使用近似标识的商品。',
  reasoning: '被申请人的行为构成商标侵权，应当承担赔偿责任。',
  rulings: ['被申请人于本裁决作出之日起十日内向申请人支付赔偿款人民币50,000元。', '驳回申请人的其他仲裁请求。'],
  costs: '由被申请人负担',
};

describe('how an arbitration ends', () => {
  it('awards on the signed settlement, effective when made (arts. 49, 51)', () => {
    expect(take(null, { step: 'award_on_settlement', on: '2026-11-21', way: 'mediated' })).toEqual({ outcome: { kind: 'award_on_settlement', on: '2026-11-21', way: 'mediated' }, status: 'performing' });
    expect(refusal(() => take(null, { step: 'award_on_settlement', on: '2026-11-21', way: 'own' }, { status: 'mediating', agreementSignedOn: undefined }))).toBe(
      '须先记录双方签署的和解（调解）协议，案件进入“达成协议”后才能据以制作',
    );
    expect(refusal(() => take(null, { step: 'award_on_settlement', on: '2026-11-19', way: 'own' }))).toBe('制作日期不能早于和解（调解）协议的签署日期');
    expect(refusal(() => take(null, { step: 'award_on_settlement', on: '2026-11-25', way: 'own' }))).toBe('日期不能晚于今天');
  });

  it('makes a mediation statement effective only when every party has signed for it (art. 52)', () => {
    const made = take(null, { step: 'mediation_statement', on: '2026-11-21' });
    expect(made.status).toBe('agreed');
    const one = take(made.outcome, { step: 'receipt', party: '魏巍', on: '2026-11-22' });
    expect(one.status).toBe('agreed');
    expect(outcomeState(one.outcome, AGREED.parties)).toEqual({ effective: false, waitingFor: ['河南新郑红枣有限公司'], mustAward: false });
    expect(refusal(() => take(one.outcome, { step: 'retraction', party: '魏巍', on: '2026-11-23' }))).toBe('魏巍已签收调解书，签收后不能反悔');
    const both = take(one.outcome, { step: 'receipt', party: '河南新郑红枣有限公司', on: '2026-11-23' });
    expect(both.status).toBe('performing');
    expect(outcomeState(both.outcome, AGREED.parties)).toEqual({ effective: true, effectiveOn: '2026-11-23', waitingFor: [], mustAward: false });
  });

  it('leaves the tribunal to award when a party retracts before signing, and then awards', () => {
    const made = take(null, { step: 'mediation_statement', on: '2026-11-21' });
    const retracted = take(made.outcome, { step: 'retraction', party: '魏巍', on: '2026-11-22', note: '拒绝签收' });
    expect(retracted.status).toBe('agreed');
    expect(outcomeState(retracted.outcome, AGREED.parties)).toMatchObject({ effective: false, mustAward: true });
    expect(refusal(() => take(retracted.outcome, { step: 'receipt', party: '河南新郑红枣有限公司', on: '2026-11-23' }))).toBe(
      '魏巍已于2026年11月22日反悔，调解书不发生效力，仲裁庭应当及时作出裁决',
    );
    expect(take(retracted.outcome, { step: 'award', on: '2026-11-24', award: AWARD })).toEqual({
      outcome: { kind: 'award', on: '2026-11-24', award: AWARD, afterRetraction: { party: '魏巍', on: '2026-11-22' } },
      status: 'performing',
    });
  });

  it('awards after a hearing without a settlement, and takes a withdrawal while the case runs', () => {
    expect(take(null, { step: 'award', on: '2026-11-24', award: AWARD }, { status: 'mediating', agreementSignedOn: undefined }).status).toBe('performing');
    expect(refusal(() => take(null, { step: 'award', on: '2026-11-24', award: AWARD }, { status: 'accepted', agreementSignedOn: undefined }))).toBe('仲裁庭审理（开庭）后才能作出裁决');
    expect(take(null, { step: 'withdraw', on: '2026-11-24' }, { status: 'accepted' })).toEqual({ outcome: { kind: 'withdrawn', on: '2026-11-24', note: undefined }, status: 'terminated' });
    const awarded = take(null, { step: 'award_on_settlement', on: '2026-11-21', way: 'own' }).outcome;
    expect(refusal(() => take(awarded, { step: 'withdraw', on: '2026-11-24' }))).toBe('本案已于2026年11月21日作出和解裁决，不能再撤回仲裁申请');
  });

  it('takes an award’s facts and reasons unless the parties agreed to leave them out, and needs a ruling and the costs', () => {
    const parse = (award: unknown) => outcomeStepSchema.safeParse({ step: 'award', on: '2026-11-24', award });
    expect(parse(AWARD).success).toBe(true);
    const { findings: _f, reasoning: _r, ...bare } = AWARD;
    expect(parse({ ...bare, omitReasons: true }).success).toBe(true);
    const unreasoned = parse(bare);
    expect(unreasoned.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['award.findings', expect.stringContaining('请填写仲裁庭查明的事实和仲裁庭的意见')]]);
    const empty = parse({ ...AWARD, rulings: [], costs: ' ' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['请填写至少一项裁决事项', '仲裁费用的负担不能为空']);
  });

  it('names the field of a step that is wrong', () => {
    const r = outcomeStepSchema.safeParse({ step: 'receipt', on: '2026-02-30', party: '' });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}：${i.message}`)).toEqual(['on：日期不是有效日期（格式 YYYY-MM-DD）', 'party：当事人不能为空']);
  });
});
