import { describe, expect, it } from 'vitest';
import { blocksOfType, composeKind, modelLines, sampleCase } from '../../support/documents';

/**
 * 调解协议书 from the shared samples: case 0 the trademark case (five terms, an agent with the
 * power to sign, a recorder, judicial confirmation chosen), case 1 the patent case (installments
 * and a licence, two mediators).
 */
const lines = (i: number, change?: (raw: any) => void) => modelLines(composeKind('agreement', sampleCase(i, change))); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('agreement 调解协议书', () => {
  it('prints the parties with their agents, the facts, the terms numbered 一、二、三… and the fixed clauses in order', () => {
    const l = lines(0);
    expect(l.slice(0, 2)).toEqual(['调解协议书', '（2026）豫郑知调字第0003号']);
    expect(l.filter((x) => /^(申请人|被申请人|委托代理人|法定代表人|经营者)：/.test(x)).map((x) => x.split('，')[0])).toEqual([
      '申请人：河南嵩岳食品有限公司',
      '法定代表人：赵建国',
      '委托代理人：孙立',
      '被申请人：管城回族区惠民便利超市',
      '经营者：王建华。',
    ]);
    const facts = l.indexOf('纠纷主要事实、争议事项：');
    expect(l[facts + 1]).toBe('被申请人在其经营场所销售标有与申请人“嵩岳”注册商标近似标识的月饼礼盒共计120盒。');
    expect(l[facts + 2]).toBe('经郑州市知识产权纠纷人民调解委员会主持调解，双方当事人自愿达成如下协议：');
    expect(l.filter((x) => /^[一二三四五六七八九十]+、/.test(x)).map((x) => x.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(l).toContain('三、管城回族区惠民便利超市于2026年3月31日前向河南嵩岳食品有限公司支付人民币30,000.00元（大写：叁万元整），以银行转账方式支付至河南嵩岳食品有限公司指定账户（开户行：中国工商银行郑州商城路支行；户名：河南嵩岳食品有限公司；账号：1702020109000123456）。');
    const tail = l.slice(l.indexOf('五、本案调解不收取费用，双方各自承担己方律师费及其他支出。') + 1, l.indexOf('郑州市知识产权纠纷人民调解委员会'));
    expect(tail).toEqual([
      '各方当事人应当按照本协议约定的时间、地点和方式全面、及时履行各自的义务。',
      '一方当事人不履行或者不完全履行本协议的，对方当事人可以就履行本协议向人民法院提起诉讼；本协议经人民法院司法确认的，可以向人民法院申请强制执行。',
      '本协议自各方当事人签名、盖章或者捺印，调解员签名并加盖调解组织印章之日起生效。',
      '双方当事人同意自本协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认。',
      '本协议一式四份，当事人各执一份，调解组织留存一份，具有同等法律效力。',
      '申请人河南嵩岳食品有限公司（盖章，法定代表人或负责人签名）：',
      '委托代理人孙立（签名）：',
      '被申请人管城回族区惠民便利超市（盖章，法定代表人或负责人签名）：',
      '调解员陈静（签名）：',
      '记录人周晓（签名）：',
    ]);
    expect(l.slice(-2)).toEqual(['（盖章）', '2026年3月10日']);
  });

  it('sets the installments out as a table with its total, then the acceleration sentence', () => {
    const model = composeKind('agreement', sampleCase(1));
    const [table] = blocksOfType(model.blocks, 'table');
    expect(table?.columns.map((c) => c.header)).toEqual(['期数', '金额', '付款期限']);
    expect(table?.rows.map((r) => r[0])).toEqual(['第一期', '第二期', '第三期', '合计']);
    expect(table?.rows.at(-1)?.[1]).toBe('人民币300,000.00元（大写：叁拾万元整）');
    const l = modelLines(model);
    expect(l[l.indexOf('合计|人民币300,000.00元（大写：叁拾万元整）|') + 1]).toMatch(/^洛阳丰禾农业机械有限公司任何一期未按期足额支付的/);
    // both mediators sign, each on a line; the agent with the power to sign signs beside the company
    expect(l).toEqual(expect.arrayContaining(['调解员陈静（签名）：', '调解员杨帆（签名）：', '委托代理人高红（签名）：']));
  });

  it('leaves out the default clause without a payment, the confirmation clause without that route; copies default to the parties and the office', () => {
    const l = lines(0, (raw) => {
      raw.agreement.terms = [raw.agreement.terms[0]];
      delete raw.agreement.copies;
      delete raw.enforcement;
      raw.parties[0].agents[0].specialPowers = ['settle'];
    });
    expect(l.some((x) => x.includes('申请强制执行'))).toBe(false);
    expect(l.some((x) => x.includes('申请司法确认'))).toBe(false);
    expect(l).toContain('本协议一式三份，当事人各执一份，调解组织留存一份，具有同等法律效力。');
    // an agent without the power to sign an agreement has no signature line
    expect(l).not.toContain('委托代理人孙立（签名）：');
  });

  it('an agreement not yet signed leaves the date under the seal blank to fill in on the day', () => {
    const l = lines(0, (raw) => {
      delete raw.agreement.signedOn;
      delete raw.agreement.effectiveOn;
    });
    expect(l.at(-1)).toBe('　　年　　月　　日');
  });
});
