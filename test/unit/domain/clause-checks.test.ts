import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES, checkClauses, hasErrors, type ClauseCheckInput, type ClauseRule } from '../../../src-main/domain/clause-checks';
import { caseSchema, type ExchangeCase, type Term } from '../../../src-main/domain/exchange';
import { sample } from '../../support/samples';

/** The checks as the service runs them on a case in exchange form. */
const inputOf = (c: ExchangeCase, over: Partial<ClauseCheckInput> = {}): ClauseCheckInput => ({
  terms: c.agreement?.terms ?? [],
  parties: c.parties.map((p) => ({ name: p.name, agents: p.agents })),
  rightCount: c.ipRights.length,
  signingOn: c.agreement?.signedOn ?? '2026-11-24',
  signed: Boolean(c.agreement?.signedOn),
  ...over,
});
const trademark = () => caseSchema.parse(sample().cases[0]); // stop, destroy, pay, liquidated damages, costs; signed 2026-03-10
const patent = () => caseSchema.parse(sample().cases[1]); // installments with acceleration, licence, withdrawal, confidentiality

/** The trademark case with one more term, and the rules it breaks. */
const rulesWith = (term: Term, over: Partial<ClauseCheckInput> = {}) => {
  const c = trademark();
  return checkClauses(inputOf(c, { terms: [...(c.agreement?.terms ?? []), term], ...over })).map((f) => `${f.severity}:${f.rule}:${f.term}`);
};
const custom = (text: string): Term => ({ kind: 'custom', text });
const SHOP = '管城回族区惠民便利超市';
const FOOD = '河南嵩岳食品有限公司';

describe('clause checks', () => {
  it('find nothing wrong in the sample agreements', () => {
    expect(checkClauses(inputOf(trademark()))).toEqual([]);
    expect(checkClauses(inputOf(patent()))).toEqual([]);
  });

  // each rule: a term that breaks it, and a close one that does not
  it.each<[ClauseRule, Term, Term]>([
    ['ownership_or_validity', custom('涉案专利权归申请人所有。'), custom(`${SHOP}于2026年4月1日前撤回对涉案专利的无效宣告请求。`)],
    ['ownership_or_validity', custom('双方确认第12345678号注册商标有效。'), custom(`${SHOP}于2026年4月1日前向商标局撤回撤销申请。`)],
    ['ownership_or_validity', custom('涉案专利权无效。'), custom(`${SHOP}应于2026年4月1日前撤回专利权无效宣告请求。`)],
    ['ownership_or_validity', { kind: 'license', licensor: FOOD, licensee: SHOP, right: 0, scope: '涉案商标属于申请人，被申请人可在门店使用', territory: '郑州市', term: { from: '2026-04-01', to: '2027-03-31' }, exclusivity: 'non_exclusive', recordal: false }, { kind: 'license', licensor: FOOD, licensee: SHOP, right: 0, scope: '在门店招牌上使用', territory: '郑州市', term: { from: '2026-04-01', to: '2027-03-31' }, exclusivity: 'non_exclusive', recordal: false }],
    ['personal_status', custom('申请人与被申请人的法定代表人解除婚姻关系。'), custom(`${SHOP}于2026年4月1日前在门店张贴道歉声明。`)],
    ['unknown_party', { kind: 'payment', payer: '惠民超市', payee: FOOD, amount: '1000', dueOn: '2026-04-01' }, { kind: 'payment', payer: SHOP, payee: FOOD, amount: '1000', dueOn: '2026-04-01' }],
    ['amount_in_words', custom(`${SHOP}于2026年4月1日前另行支付律师费3,000元（大写：叁仟伍佰元整）。`), custom(`${SHOP}于2026年4月1日前另行支付律师费3,000元（大写：叁仟元整）。`)],
    ['unclear_obligation', custom('应于2026年4月1日前删除全部宣传图片。'), custom(`${SHOP}应于2026年4月1日前删除全部宣传图片。`)],
    ['unclear_obligation', custom(`${SHOP}于2026年4月1日前赔偿申请人损失。`), custom(`${SHOP}于2026年4月1日前赔偿申请人损失5000元。`)],
    ['unclear_obligation', custom(`${SHOP}应删除全部宣传图片。`), custom(`${SHOP}应于本协议签署之日起7日内删除全部宣传图片。`)],
    ['due_before_signing', { kind: 'take_down_listings', obligor: SHOP, platforms: ['美团'], dueOn: '2026-03-09' }, { kind: 'take_down_listings', obligor: SHOP, platforms: ['美团'], dueOn: '2026-03-10' }],
    ['license_period', { kind: 'license', licensor: FOOD, licensee: SHOP, right: 0, scope: '门店', territory: '郑州', term: { from: '2027-01-01', to: '2026-12-31' }, exclusivity: 'sole', recordal: true }, { kind: 'license', licensor: FOOD, licensee: SHOP, right: 0, scope: '门店', territory: '郑州', term: { from: '2026-12-31', to: '2027-01-01' }, exclusivity: 'sole', recordal: true }],
    ['unknown_right', { kind: 'assignment_registration', assignor: SHOP, assignee: FOOD, right: 1, dueOn: '2026-04-01' }, { kind: 'assignment_registration', assignor: SHOP, assignee: FOOD, right: 0, dueOn: '2026-04-01' }],
  ])('%s: flags %j, passes %j', (rule, bad, good) => {
    expect(rulesWith(bad)).toContain(`error:${rule}:6`);
    expect(rulesWith(good)).toEqual([]);
  });

  it('agent_without_power: an agent who signs needs the special power to sign the agreement', () => {
    const c = patent(); // 高红 signs for the company with it; a general agent may not
    expect(checkClauses(inputOf(c, { agentSigners: ['高红'] }))).toEqual([]);
    const general = inputOf(c, { agentSigners: ['高红'], parties: c.parties.map((p) => ({ name: p.name, agents: p.agents.map((a) => ({ ...a, authority: 'general', specialPowers: [] })) })) });
    expect(checkClauses(general)).toEqual([expect.objectContaining({ rule: 'agent_without_power', severity: 'error', term: null, message: expect.stringContaining('高红') })]);
    expect(checkClauses({ ...general, agentSigners: [] })).toEqual([]); // the party signed in person
  });

  it('installments_total: warns when the schedule does not add up to the stated total, or runs out of order', () => {
    const c = patent();
    const terms = c.agreement?.terms ?? [];
    const plan = terms.find((t) => t.kind === 'installments');
    const total = plan?.kind === 'installments' ? plan.schedule.reduce((s, x) => s + Number(x.amount), 0) : 0;
    const rules = (extra: Term[], replaced = terms) => checkClauses(inputOf(c, { terms: [...replaced, ...extra] })).map((f) => `${f.severity}:${f.rule}:${f.term}`);
    expect(rules([custom(`以上款项合计${total + 1}元。`)])).toEqual(['warning:installments_total:1']);
    expect(rules([custom(`以上款项合计${total}元。`)])).toEqual([]);
    if (plan?.kind !== 'installments') throw new Error('the sample has an installment plan');
    const reversed = { ...plan, schedule: [...plan.schedule].reverse() };
    expect(rules([], terms.map((t) => (t === plan ? reversed : t)))).toEqual(['warning:installments_total:1']);
  });

  it('no_default_clause: warns when money is owed with neither liquidated damages nor acceleration', () => {
    const c = trademark();
    const without = (c.agreement?.terms ?? []).filter((t) => t.kind !== 'liquidated_damages');
    expect(checkClauses(inputOf(c, { terms: without }))).toEqual([expect.objectContaining({ rule: 'no_default_clause', severity: 'warning', term: 3 })]);
    expect(checkClauses(inputOf(c, { terms: without.filter((t) => t.kind !== 'payment') }))).toEqual([]);
  });

  it('a due date before signing reads differently while the agreement is unsigned', () => {
    const [f] = checkClauses(inputOf(trademark(), { signed: false, signingOn: '2026-11-24' }));
    expect(f).toMatchObject({ rule: 'due_before_signing', term: 2, message: '第2项的履行期限2026-03-17已过，请改为签署之后的日期' });
  });

  it('names every rule in Chinese, and only errors stop the signing', () => {
    expect(Object.values(CLAUSE_RULES).every((name) => /^[\u4e00-\u9fff]+$/u.test(name))).toBe(true);
    expect(hasErrors([{ rule: 'no_default_clause', severity: 'warning', term: 1, message: '' }])).toBe(false);
    expect(hasErrors([{ rule: 'unknown_party', severity: 'error', term: 1, message: '' }])).toBe(true);
  });

  it('never throws, and every finding names a known rule and an existing term, for any custom wording', () => {
    const c = trademark();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 4 }), (texts) => {
        const terms = [...(c.agreement?.terms ?? []), ...texts.map((text) => custom(text || '无'))];
        for (const f of checkClauses(inputOf(c, { terms }))) {
          expect(Object.keys(CLAUSE_RULES)).toContain(f.rule);
          if (f.term !== null) expect(f.term).toBeGreaterThanOrEqual(1);
          if (f.term !== null) expect(f.term).toBeLessThanOrEqual(terms.length);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/u);
        }
      }),
    );
  });
});
