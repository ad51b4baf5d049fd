import { describe, expect, it } from 'vitest';
import { blocksOfType, composeKind, copiesOf, kindNamed, modelLines, sampleCase } from '../../support/documents';

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

describe('confirmation-application 司法确认申请书', () => {
  it('names both applicants, asks the court to confirm the agreement of that day, gives the facts and the statutory basis, 此致 the court, and lists the annexes', () => {
    const l = modelLines(composeKind('confirmation-application', sampleCase(0)));
    expect(l[0]).toBe('司法确认申请书');
    expect(l.filter((x) => /^申请人[一二]：/.test(x)).map((x) => x.split('，')[0])).toEqual(['申请人一：河南嵩岳食品有限公司', '申请人二：管城回族区惠民便利超市']);
    expect(l).toContain('委托代理人：孙立，河南中原律师事务所律师。');
    expect(l[l.indexOf('请求事项：') + 1]).toBe('确认申请人河南嵩岳食品有限公司与申请人管城回族区惠民便利超市于2026年3月10日经郑州市知识产权纠纷人民调解委员会主持调解达成的调解协议有效。');
    const facts = l[l.indexOf('事实和理由：') + 1];
    expect(facts).toContain('于2026年3月4日受理调解，并于2026年3月10日主持调解');
    expect(facts).toContain('调解协议（编号：（2026）豫郑知调字第0003号）');
    expect(l[l.indexOf('事实和理由：') + 2]).toContain('第二百零五条、第二百零六条');
    // addressed to the court recorded for the case
    expect(l.slice(l.indexOf('此致'), l.indexOf('此致') + 2)).toEqual(['此致', '郑州市管城回族区人民法院']);
    expect(l).toEqual(expect.arrayContaining(['申请人一（盖章）：', '申请人二（盖章）：']));
    expect(l.slice(l.indexOf('附：') + 1)).toEqual(['1. 调解协议书', '2. 河南嵩岳食品有限公司身份证明', '3. 管城回族区惠民便利超市身份证明', '4. 调解组织主体资格证明', '5. 权利证明', '6. 承诺书', '7. 送达地址确认书', '8. 授权委托书']);
  });

  it('goes to the court the service determined when none is recorded yet', () => {
    const c = sampleCase(1, (raw) => delete raw.enforcement);
    const l = modelLines(composeKind('confirmation-application', c, { court: '郑州市中级人民法院' }));
    expect(l[l.indexOf('此致') + 1]).toBe('郑州市中级人民法院');
    expect(l).toContain('申请人一（签名/捺印）：');
  });
});

describe('commitment 承诺书', () => {
  it('is one per party with the five promises, and consent to electronic service only from a party that gave it', () => {
    const model = composeKind('commitment', sampleCase(0));
    const copies = copiesOf(model).map((b) => modelLines({ ...model, blocks: b }));
    expect(copies).toHaveLength(2);
    expect(copies[0]?.[1]).toMatch(/^承诺人：河南嵩岳食品有限公司/);
    expect(copies[0]).toContain('承诺人河南嵩岳食品有限公司与管城回族区惠民便利超市于2026年3月10日经郑州市知识产权纠纷人民调解委员会主持调解达成调解协议，现共同向郑州市管城回族区人民法院申请司法确认。承诺人郑重承诺如下：');
    expect(copies[0]?.filter((x) => /^[一二三四五六]、/.test(x))).toHaveLength(6);
    expect(copies[1]?.filter((x) => /^[一二三四五六]、/.test(x))).toHaveLength(5);
    expect(copies[1]?.at(-1)).toBe('承诺人（盖章）：');
  });
});

describe('materials-list 材料清单', () => {
  it('lists every item of the judicial confirmation packet with its copies and whether it is ready', () => {
    const model = composeKind('materials-list', sampleCase(0), { partyDocuments: [[{ name: '营业执照.jpg' }], []] });
    const [table] = blocksOfType(model.blocks, 'table');
    expect(table?.columns.map((c) => c.header)).toEqual(['序号', '材料名称', '份数', '页数', '备注']);
    expect(table?.rows.map((r) => [r[1], r[4]?.slice(0, 2)])).toEqual([
      ['司法确认申请书', '已备'],
      ['调解协议书', '已备'],
      ['河南嵩岳食品有限公司身份证明（营业执照.jpg）', '已备'],
      ['管城回族区惠民便利超市身份证明（营业执照复印件、法定代表人身份证明）', '待补'],
      ['调解组织主体资格证明（设立或登记证明复印件，加盖印章）', '待补'],
      ['权利证明（“嵩岳”文字及图形商标，第23456781号，证书复印件）', '待补'],
      ['承诺书（河南嵩岳食品有限公司）', '已备'],
      ['承诺书（管城回族区惠民便利超市）', '已备'],
      ['送达地址确认书（河南嵩岳食品有限公司）', '已备'],
      ['送达地址确认书（管城回族区惠民便利超市）', '已备'],
      ['授权委托书（河南嵩岳食品有限公司委托孙立）', '已备'],
    ]);
    const l = modelLines(model);
    expect(l.slice(0, 2)).toEqual(['司法确认申请', '材料清单']);
    expect(l).toContain('受理法院|郑州市管城回族区人民法院');
    expect(l).toContain('共11项，其中已备8项，待补3项。');
  });

  it('marks an unsigned agreement as still to come, and lists the notarization packet when that route is chosen', () => {
    const unsigned = composeKind('materials-list', sampleCase(0, (raw) => delete raw.agreement.signedOn));
    expect(blocksOfType(unsigned.blocks, 'table')[0]?.rows[1]).toEqual(['2', '调解协议书', '1', '', '待补，尚未签署']);
    expect(blocksOfType(unsigned.blocks, 'table')[0]?.rows[0]?.[4]).toBe('已备，待签章');
    const notary = composeKind('materials-list', sampleCase(1, (raw) => (raw.enforcement = { route: 'notarization', notaryOffice: '河南省郑州市黄河公证处' })));
    expect(modelLines(notary).slice(0, 2)).toEqual(['赋强公证申请', '材料清单']);
    expect(modelLines(notary)).toContain('公证机构|河南省郑州市黄河公证处');
    expect(blocksOfType(notary.blocks, 'table')[0]?.rows.map((r) => r[1])).toEqual([
      '赋予强制执行效力公证申请书',
      '调解协议书',
      '李卫东身份证明（居民身份证复印件）',
      '洛阳丰禾农业机械有限公司身份证明（营业执照复印件、法定代表人身份证明）',
      '授权委托书（洛阳丰禾农业机械有限公司委托高红）',
    ]);
  });
});

describe('notarization-application 赋予强制执行效力公证申请书', () => {
  it('names creditor and debtor from the money terms, states the debts, the debtor\'s consent to enforcement, and the request to the notary office', () => {
    const c = sampleCase(1, (raw) => (raw.enforcement = { route: 'notarization', notaryOffice: '河南省郑州市黄河公证处' }));
    const l = modelLines(composeKind('notarization-application', c));
    expect(l.filter((x) => x.startsWith('申请人（')).map((x) => x.split('，')[0])).toEqual(['申请人（债权人）：李卫东', '申请人（债务人）：洛阳丰禾农业机械有限公司']);
    const debts = l.slice(l.indexOf('债务内容：') + 1).filter((x) => /^\d\. /.test(x));
    // the installments only: a licence is not a money debt a notary can make enforceable
    expect(debts).toHaveLength(1);
    expect(debts[0]).toContain('分三期向李卫东支付人民币300,000.00元');
    expect(l).toContain('债务人洛阳丰禾农业机械有限公司承诺：债务人不履行或者不适当履行上述债务的，愿意直接接受人民法院的强制执行。');
    expect(l).toContain('申请人请求河南省郑州市黄河公证处对双方于2026年5月27日经郑州市知识产权纠纷人民调解委员会主持调解达成的调解协议办理公证，并赋予上述债务强制执行效力。');
    expect(kindNamed('notarization-application').caveat(sampleCase(0, (raw) => (raw.agreement.terms = [raw.agreement.terms[0]])))).toContain('没有金钱给付条款');
  });
});

describe('arbitration-agreement 仲裁协议书', () => {
  it('submits the dispute and the agreement\'s performance to the commission the parties named, finally, under its rules', () => {
    const c = sampleCase(1, (raw) => (raw.enforcement = { route: 'arbitration', arbitrationCommission: '郑州仲裁委员会' }));
    const l = modelLines(composeKind('arbitration-agreement', c));
    expect(l[0]).toBe('仲裁协议书');
    expect(l.filter((x) => /^(申请人|被申请人)：/.test(x)).map((x) => x.split('，')[0])).toEqual(['申请人：李卫东', '被申请人：洛阳丰禾农业机械有限公司']);
    expect(l).toContain(
      '双方自愿将因李卫东与洛阳丰禾农业机械有限公司之间的专利侵权纠纷及双方经郑州市知识产权纠纷人民调解委员会主持调解达成的调解协议的履行所发生的争议，提交郑州仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。',
    );
    expect(l).toContain('仲裁适用郑州仲裁委员会申请仲裁时现行有效的仲裁规则。');
    expect(l).toEqual(expect.arrayContaining(['李卫东（签名/捺印）：', '洛阳丰禾农业机械有限公司（盖章，法定代表人或负责人签名）：']));
    expect(kindNamed('arbitration-agreement').caveat(c)).toBeNull();
    expect(kindNamed('arbitration-agreement').caveat(sampleCase(1))).toContain('仲裁法第十八条');
  });

  it('is the first item of the arbitration materials list, ready once a commission is named', () => {
    const named = composeKind('materials-list', sampleCase(1, (raw) => (raw.enforcement = { route: 'arbitration', arbitrationCommission: '郑州仲裁委员会' })));
    expect(modelLines(named).slice(0, 2)).toEqual(['仲裁', '材料清单']);
    expect(modelLines(named)).toContain('仲裁委员会|郑州仲裁委员会');
    expect(blocksOfType(named.blocks, 'table')[0]?.rows[0]).toEqual(['1', '仲裁协议书', '3', '', '已备，待签章']);
    const unnamed = composeKind('materials-list', sampleCase(1, (raw) => (raw.enforcement = { route: 'arbitration' })));
    expect(blocksOfType(unnamed.blocks, 'table')[0]?.rows[0]).toEqual(['1', '仲裁协议书', '3', '', '待补，尚未选定仲裁委员会']);
  });
});
