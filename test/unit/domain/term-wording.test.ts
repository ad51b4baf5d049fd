import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountFromWords } from '../../../src-main/domain/chinese-format';
import type { Term } from '../../../src-main/domain/exchange';
import { termLine, termWording, type TermWordingContext } from '../../../src-main/domain/term-wording';

/** Each kind of term as the agreement says it (`documents.md`, “Term wording”). */
const ctx: TermWordingContext = {
  parties: [
    { name: '李卫东', role: 'applicant' },
    { name: '洛阳丰禾农业机械有限公司', role: 'respondent' },
  ],
  ipRights: [
    { kind: 'utility_model', title: '一种秸秆粉碎还田装置', number: 'ZL202220123456.7' },
    { kind: 'trademark', title: '“丰禾”商标', number: '第123号' },
  ],
};
const A = '李卫东';
const B = '洛阳丰禾农业机械有限公司';
const text = (term: Term) => termWording(term, ctx).text;

describe('term wording', () => {
  it('payment: who pays whom, by when, the amount in figures and words, and the account', () => {
    expect(text({ kind: 'payment', payer: B, payee: A, amount: '30000.00', dueOn: '2026-03-31', method: 'bank_transfer', account: { bank: '工行', name: A, number: '62220001' } })).toBe(
      `${B}于2026年3月31日前向${A}支付人民币30,000.00元（大写：叁万元整），以银行转账方式支付至${A}指定账户（开户行：工行；户名：${A}；账号：62220001）。`,
    );
    expect(text({ kind: 'payment', payer: B, payee: A, amount: '1409.50', dueOn: '2026-04-01', method: 'cash' })).toBe(
      `${B}于2026年4月1日前向${A}支付人民币1,409.50元（大写：壹仟肆佰零玖元伍角），以现金方式支付。`,
    );
    expect(text({ kind: 'payment', payer: B, payee: A, amount: '10', dueOn: '2026-04-01' })).toBe(`${B}于2026年4月1日前向${A}支付人民币10.00元（大写：壹拾元整）。`);
  });

  it('installments: the total in the lead sentence, one row a period, a total row, and the acceleration sentence only when agreed', () => {
    const term: Term = { kind: 'installments', payer: B, payee: A, accelerationOnDefault: true, schedule: [{ amount: '120000', dueOn: '2026-06-30' }, { amount: '60000.50', dueOn: '2026-09-30' }] };
    const w = termWording(term, ctx);
    expect(w.text).toBe(`${B}分二期向${A}支付人民币180,000.50元（大写：壹拾捌万元伍角），具体如下：`);
    expect(w.schedule).toEqual([
      ['第一期', '人民币120,000.00元（大写：壹拾贰万元整）', '2026年6月30日前'],
      ['第二期', '人民币60,000.50元（大写：陆万元伍角）', '2026年9月30日前'],
      ['合计', '人民币180,000.50元（大写：壹拾捌万元伍角）', ''],
    ]);
    expect(w.after).toBe(`${B}任何一期未按期足额支付的，${A}有权要求${B}就全部未付款项一次性立即支付。`);
    expect(termWording({ ...term, accelerationOnDefault: false }, ctx).after).toBeUndefined();
    expect(termLine(term, ctx)).toContain('第一期2026年6月30日前人民币120,000.00元');
  });

  it('license: the right by its kind, title and number, the licence type, scope, territory, term, royalty and recordal', () => {
    const term: Term = { kind: 'license', licensor: A, licensee: B, right: 0, scope: '制造、销售FH系列秸秆还田机', territory: '中华人民共和国境内', term: { from: '2026-06-01', to: '2029-05-31' }, exclusivity: 'non_exclusive', royalty: '80000', recordal: true };
    expect(text(term)).toBe(
      `${A}许可${B}以普通许可方式实施实用新型专利“一种秸秆粉碎还田装置”（专利号：ZL202220123456.7），许可范围：制造、销售FH系列秸秆还田机；许可地域：中华人民共和国境内；许可期限自2026年6月1日起至2029年5月31日止。${B}应向${A}支付许可使用费人民币80,000.00元（大写：捌万元整）。双方应自本协议生效之日起三个月内依法办理许可合同备案手续。`,
    );
    // a trademark is used, not worked; no royalty and no recordal said so
    const mark = text({ ...term, right: 1, exclusivity: 'exclusive', royalty: undefined, recordal: false });
    expect(mark).toContain('以独占许可方式使用“丰禾”商标（商标，注册号：第123号），');
    expect(mark).toContain('本许可不收取许可使用费。');
    expect(mark).not.toContain('备案');
  });

  it('assignment registration is an obligation to register, never a statement of who owns the right', () => {
    const s = text({ kind: 'assignment_registration', assignor: B, assignee: A, right: 0, dueOn: '2026-07-01' });
    expect(s).toBe(`${B}于2026年7月1日前配合${A}向有关部门办理实用新型专利“一种秸秆粉碎还田装置”（专利号：ZL202220123456.7）的转让登记手续。`);
    expect(s).not.toMatch(/归.*所有/);
  });

  it('the acts, goods, platforms, actions, renaming, confidentiality, apology, penalty and free text', () => {
    expect(text({ kind: 'stop_infringement', obligor: B, acts: ['制造', '销售FH-2000型秸秆还田机'], from: '2026-05-27' })).toBe(`${B}自2026年5月27日起停止制造、销售FH-2000型秸秆还田机的行为。`);
    expect(text({ kind: 'destroy_goods', obligor: B, items: '库存46台。', dueOn: '2026-06-01' })).toBe(`${B}于2026年6月1日前销毁库存46台。`);
    expect(text({ kind: 'take_down_listings', obligor: B, platforms: ['淘宝', '拼多多'], dueOn: '2026-06-01' })).toBe(`${B}于2026年6月1日前删除其在淘宝、拼多多上发布的涉案商品链接及相关信息。`);
    expect(text({ kind: 'withdraw_actions', obligor: B, actions: ['无效宣告请求'], dueOn: '2026-06-10' })).toBe(`${B}于2026年6月10日前撤回无效宣告请求。`);
    expect(text({ kind: 'rename', obligor: B, what: 'trade_name', dueOn: '2026-08-01' })).toContain('申请变更企业名称');
    expect(text({ kind: 'rename', obligor: B, what: 'domain_name', dueOn: '2026-08-01' })).toContain('停止使用涉案域名');
    expect(text({ kind: 'confidentiality', parties: [A, B], scope: '本协议内容' })).toBe(`${A}、${B}对本协议内容负有保密义务，未经对方书面同意，不得向任何第三方披露。`);
    expect(text({ kind: 'apology', obligor: B, form: '书面致歉' })).toBe(`${B}以书面致歉的方式向${A}赔礼道歉。`);
    expect(text({ kind: 'liquidated_damages', obligor: B, amount: '20000', trigger: '再次制造侵权产品的，每发现一次' })).toBe(
      `再次制造侵权产品的，每发现一次，${B}应向${A}支付违约金人民币20,000.00元（大写：贰万元整）。`,
    );
    expect(text({ kind: 'custom', text: '双方不再追究其他责任；' })).toBe('双方不再追究其他责任。');
  });

  it('an amount in any term reads back from its words to its figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999 }), (fen) => {
        const amount = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        const words = /大写：([^）]+)）/.exec(text({ kind: 'payment', payer: B, payee: A, amount, dueOn: '2026-04-01' }))?.[1];
        expect(words && amountFromWords(words)).toBe(fen);
      }),
    );
  });
});
