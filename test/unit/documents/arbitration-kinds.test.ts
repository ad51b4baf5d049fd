import { describe, expect, it } from 'vitest';
import type { ArbitrationView } from '../../../src-main/domain/arbitration';
import { blockLines, blocksOfType, composeKind, copiesOf, kindNamed, modelLines, sampleCase } from '../../support/documents';

/**
 * 和解裁决书 and 仲裁调解书 for the patent sample (case 1: an installment plan, a licence, the
 * withdrawal of an invalidation request and confidentiality, signed), as the commission that hears
 * it would issue them.
 */
const COMMISSION: ArbitrationView = {
  commission: '郑州仲裁委员会',
  caseNumber: '（2026）郑仲案字第0158号',
  acceptedOn: '2026-05-20',
  tribunal: [
    { name: '王建国', role: 'member', appointedBy: 'claimant' },
    { name: '陈思远', role: 'presiding', appointedBy: 'chair' },
    { name: '刘敏', role: 'member', appointedBy: 'respondent' },
  ],
  composedOn: '2026-05-28',
  secretary: '赵小川',
  settlement: 'own',
  fees: { acceptance: 1_355_000, handling: 200_000, items: [] },
  decidedOn: '2026-06-18',
  award: null,
};
const UNKNOWN: ArbitrationView = { commission: null, caseNumber: null, acceptedOn: null, tribunal: [], composedOn: null, secretary: null, settlement: 'own', fees: null, decidedOn: null, award: null };

const patent = () => sampleCase(1);
const lines = (kind: string, view: ArbitrationView, c = patent()) => modelLines(composeKind(kind, c, { arbitration: view }));

describe('award-on-settlement 和解裁决书', () => {
  it('is issued by the commission under its number, names both parties and the tribunal, and awards the settlement’s terms', () => {
    const model = composeKind('award-on-settlement', patent(), { arbitration: COMMISSION });
    const l = modelLines(model);
    expect(l.slice(0, 3)).toEqual(['郑州仲裁委员会', '裁决书', '（2026）郑仲案字第0158号']);
    expect(l.filter((x) => /^(申请人|被申请人|委托代理人)：/.test(x)).map((x) => x.split('，')[0])).toEqual([
      '申请人：李卫东',
      '被申请人：洛阳丰禾农业机械有限公司',
      '委托代理人：高红',
    ]);
    expect(l).toContain(
      '郑州仲裁委员会（以下简称本会）根据申请人李卫东与被申请人洛阳丰禾农业机械有限公司之间的仲裁协议，于2026年5月20日受理了双方之间的专利侵权纠纷仲裁案。本会依法组成由首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏组成的仲裁庭审理本案。',
    );
    const claims = l.indexOf('申请人的仲裁请求：');
    expect(l.slice(claims + 1, claims + 3)).toEqual(['1. 停止生产、销售侵权产品', '2. 赔偿经济损失人民币500000元']);
    const basis = l.findIndex((x) => x.includes('依照《中华人民共和国仲裁法》第四十九条的规定，裁决如下：'));
    expect(l[basis]).toMatch(/^仲裁过程中，双方当事人自行和解，达成和解协议，并请求仲裁庭根据和解协议作出裁决。/);
    // the terms follow the ruling words, numbered as in the agreement
    expect(l[basis + 1]).toMatch(/^一、洛阳丰禾农业机械有限公司分三期向李卫东支付人民币300,000.00元/);
    expect(l.filter((x) => /^[一二三四]、/.test(x))).toHaveLength(4);
    expect(blocksOfType(model.blocks, 'table')).toHaveLength(1); // the installment plan
    expect(l).toContain('本案仲裁费用人民币15,550.00元（其中案件受理费人民币13,550.00元，案件处理费人民币2,000.00元），由＿＿＿＿＿＿＿＿负担。');
    expect(l).toContain('本裁决为终局裁决，自作出之日起发生法律效力。');
    expect(l).toEqual(expect.arrayContaining(['首席仲裁员陈思远：', '仲裁员王建国：', '仲裁员刘敏：']));
    expect(l.slice(-4)).toEqual(['郑州仲裁委员会', '（盖章）', '2026年6月18日', '书记员：赵小川']);
    expect(kindNamed('award-on-settlement').arbitrationCaveat?.(COMMISSION)).toBeNull();
  });

  it('rests on article 51 when the tribunal mediated the settlement, and leaves the costs to the settlement’s own term', () => {
    const c = sampleCase(1, (raw) => raw.agreement.terms.push({ kind: 'costs', text: '本案仲裁费用由洛阳丰禾农业机械有限公司负担。' }));
    const l = lines('award-on-settlement', { ...COMMISSION, settlement: 'mediated' }, c);
    expect(l.some((x) => x.startsWith('仲裁过程中，双方当事人在仲裁庭主持下经调解，达成和解协议') && x.includes('第五十一条'))).toBe(true);
    expect(l).toContain('本案仲裁费用人民币15,550.00元（其中案件受理费人民币13,550.00元，案件处理费人民币2,000.00元），按上述协议第五项的约定负担。');
  });

  it('leaves the commission, its number, the tribunal, the date and the clerk blank to fill in when the office does not know them', () => {
    const l = lines('award-on-settlement', UNKNOWN);
    expect(l.slice(0, 3)).toEqual(['＿＿＿＿＿＿＿＿仲裁委员会', '裁决书', '（　　）　　仲字第　　号']);
    expect(l.find((x) => x.includes('以下简称本会'))).toContain('于＿＿＿＿年＿＿月＿＿日受理了双方之间的专利侵权纠纷仲裁案。本会依法组成由＿＿＿＿＿＿＿＿组成的仲裁庭');
    expect(l).toContain('本案仲裁费用人民币＿＿＿＿＿＿＿＿元，由＿＿＿＿＿＿＿＿负担。');
    expect(l).toContain('仲裁员：');
    expect(l.slice(-3)).toEqual(['（盖章）', '　　年　　月　　日', '书记员：＿＿＿＿＿＿＿＿']);
    expect(kindNamed('award-on-settlement').arbitrationCaveat?.(UNKNOWN)).toBe('仲裁庭尚未组成，仲裁员署名处将不具名；未选定仲裁委员会，委员会名称将留空；仲裁案号将留空，由仲裁委员会填写');
    expect(kindNamed('arbitration-fee-notice').arbitrationCaveat?.(UNKNOWN)).toBe('未选定仲裁委员会，委员会名称将留空；仲裁案号将留空，由仲裁委员会填写');
  });

  it('says when there is no settlement to award on', () => {
    const c = sampleCase(2);
    expect(kindNamed('award-on-settlement').caveat(c)).toBe('本案尚无和解协议的条款，裁决（调解）内容将留空');
    expect(kindNamed('award-on-settlement').caveat(patent())).toBeNull();
    expect(lines('award-on-settlement', COMMISSION, c).filter((x) => /^[一二三四]、/.test(x))).toEqual([]);
  });
});

describe('arbitration-mediation-statement 仲裁调解书', () => {
  it('records the agreement reached under the tribunal’s mediation, confirms it, and takes effect on signed receipt', () => {
    const l = lines('arbitration-mediation-statement', { ...COMMISSION, tribunal: [{ name: '陈思远', role: 'sole' }] });
    expect(l.slice(0, 3)).toEqual(['郑州仲裁委员会', '调解书', '（2026）郑仲案字第0158号']);
    expect(l.find((x) => x.includes('以下简称本会'))).toContain('本会依法组成由独任仲裁员陈思远组成的仲裁庭审理本案。');
    const opening = l.indexOf('仲裁过程中，经仲裁庭主持调解，双方当事人自愿达成如下协议：');
    expect(l[opening + 1]).toMatch(/^一、洛阳丰禾农业机械有限公司分三期/);
    const confirmation = l.findIndex((x) => x.startsWith('上述协议是双方当事人的真实意思表示'));
    expect(confirmation).toBeGreaterThan(l.findIndex((x) => x.startsWith('四、')));
    expect(l[confirmation]).toContain('依照《中华人民共和国仲裁法》第五十一条、第五十二条的规定，制作本调解书。');
    expect(l[confirmation + 1]).toMatch(/^本案仲裁费用/);
    expect(l).toContain('本调解书与裁决书具有同等法律效力，经双方当事人签收后即发生法律效力。');
    expect(l).not.toContain('本裁决为终局裁决，自作出之日起发生法律效力。');
    expect(l).toContain('独任仲裁员陈思远：');
  });
});

describe('arbitration-fee-notice 缴纳仲裁费用通知书', () => {
  it('tells the claimant the amount in dispute, each part of the fee and each handling cost, the total, and when and where to pay', () => {
    const view: ArbitrationView = {
      ...COMMISSION,
      fees: {
        acceptance: 1_355_000,
        handling: 200_000,
        items: [
          { text: '1,000.00元以下固定收费', fee: 10_000 },
          { text: '超过1,000.00元至50,000.00元部分 × 5%', fee: 245_000 },
          { text: '鉴定人出庭费', fee: 200_000 },
        ],
      },
    };
    const model = composeKind('arbitration-fee-notice', patent(), { arbitration: view });
    const l = modelLines(model);
    expect(l.slice(0, 4)).toEqual(['郑州仲裁委员会', '缴纳仲裁费用通知书', '（2026）郑仲案字第0158号', '李卫东：']);
    expect(l).toContain(
      '你方与洛阳丰禾农业机械有限公司之间的专利侵权纠纷仲裁案，本会已于2026年5月11日收到你方的仲裁申请书。本案争议金额为人民币500,000.00元，按照本会的仲裁收费标准，应预交仲裁费用人民币15,550.00元，明细如下：',
    );
    expect(blocksOfType(model.blocks, 'table')[0]?.rows).toEqual([
      ['1', '1,000.00元以下固定收费', '人民币100.00元'],
      ['2', '超过1,000.00元至50,000.00元部分 × 5%', '人民币2,450.00元'],
      ['3', '鉴定人出庭费', '人民币2,000.00元'],
      ['', '合计', '人民币15,550.00元'],
    ]);
    expect(l).toContain('户名：郑州仲裁委员会；开户银行：＿＿＿＿＿＿＿＿；账号：＿＿＿＿＿＿＿＿。缴费时请注明案号。');
    expect(l).toContain('仲裁秘书：赵小川；联系电话：0371-60001234；地址：河南省郑州市金水区花园路1号。');
    expect(l.slice(-3)).toEqual(['郑州仲裁委员会', '（盖章）', '2026年11月24日']);
  });

  it('leaves the amounts to fill in when the amount in dispute is unknown', () => {
    const c = sampleCase(1, (raw) => delete raw.claimAmount);
    const model = composeKind('arbitration-fee-notice', c, { arbitration: { ...COMMISSION, fees: null } });
    expect(modelLines(model).find((x) => x.startsWith('你方与'))).toContain('本案争议金额为人民币＿＿＿＿＿＿＿＿元');
    expect(blocksOfType(model.blocks, 'table')[0]?.rows).toEqual([['1', '案件受理费', '人民币＿＿＿＿＿＿＿＿元']]);
    expect(kindNamed('arbitration-fee-notice').caveat(c)).toBe('未填写争议金额，费用明细将留空');
  });
});

describe('tribunal-notice 组庭通知书', () => {
  it('tells each party who sits, in which seat and chosen how, and when a recusal may be asked for', () => {
    const model = composeKind('tribunal-notice', patent(), { arbitration: COMMISSION }, [{ party: 1 }]);
    const l = modelLines(model);
    expect(l.slice(0, 4)).toEqual(['郑州仲裁委员会', '组庭通知书', '（2026）郑仲案字第0158号', '洛阳丰禾农业机械有限公司：']);
    expect(l).toContain(
      '申请人李卫东与被申请人洛阳丰禾农业机械有限公司之间的专利侵权纠纷仲裁案，根据《中华人民共和国仲裁法》第三十条、第三十一条的规定，本会已于2026年5月28日组成仲裁庭，由首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏审理本案。',
    );
    expect(blocksOfType(model.blocks, 'table')[0]?.rows).toEqual([
      ['首席仲裁员', '陈思远', '仲裁委员会主任指定'],
      ['仲裁员', '王建国', '申请人选定'],
      ['仲裁员', '刘敏', '被申请人选定'],
    ]);
    expect(l.find((x) => x.startsWith('当事人认为仲裁员有'))).toContain('回避申请应当在首次开庭前提出');
    expect(l).toContain('本案仲裁秘书：赵小川；联系电话：0371-60001234。');
    expect(kindNamed('tribunal-notice').arbitrationCaveat?.(COMMISSION)).toBeNull();
    expect(kindNamed('tribunal-notice').arbitrationCaveat?.(UNKNOWN)).toContain('仲裁庭尚未组成，仲裁员将留空');
  });
});

describe('arbitration-acceptance-notice 受理通知书 / 仲裁通知书', () => {
  it('tells the claimant the application is accepted, and serves it on the respondent with the time to answer', () => {
    const model = composeKind('arbitration-acceptance-notice', patent(), { arbitration: COMMISSION });
    const [claimant, respondent] = copiesOf(model).map((copy) => copy.flatMap(blockLines));
    expect(claimant?.slice(0, 4)).toEqual(['郑州仲裁委员会', '受理通知书', '（2026）郑仲案字第0158号', '李卫东：']);
    expect(claimant).toContain(
      '你方与洛阳丰禾农业机械有限公司之间的专利侵权纠纷仲裁申请，本会已于2026年5月11日收到。经审查，符合《中华人民共和国仲裁法》第二十一条规定的受理条件，本会决定于2026年5月20日予以受理。现将本会仲裁规则和仲裁员名册送达你方。',
    );
    expect(respondent?.slice(0, 4)).toEqual(['郑州仲裁委员会', '仲裁通知书', '（2026）郑仲案字第0158号', '洛阳丰禾农业机械有限公司：']);
    expect(respondent?.find((l) => l.startsWith('李卫东与你方之间'))).toContain('请你方自收到本通知之日起十五日内向本会提交答辩书及有关证据');
    for (const copy of [claimant, respondent]) expect(copy?.find((l) => l.startsWith('请你方自收到本通知之日起十五日内，从本会仲裁员名册中选定仲裁员'))).toBeDefined();
    expect(kindNamed('arbitration-acceptance-notice').caveat(sampleCase(1, (raw) => delete raw.acceptedOn))).toBe('案件尚未受理，受理日期将留空');
  });
});

describe('arbitration-refusal-notice 不予受理通知书', () => {
  it('gives the claimant the reason and the routes left', () => {
    const c = sampleCase(1, (raw) => {
      delete raw.acceptedOn;
      raw.refusal = { on: '2026-05-14', reason: '仲裁协议约定的仲裁委员会不是本会。' };
    });
    const l = modelLines(composeKind('arbitration-refusal-notice', c, { arbitration: { ...COMMISSION, acceptedOn: null } }));
    expect(l.slice(0, 4)).toEqual(['郑州仲裁委员会', '不予受理通知书', '（2026）郑仲案字第0158号', '李卫东：']);
    expect(l).toContain(
      '你方与洛阳丰禾农业机械有限公司之间的专利侵权纠纷仲裁申请，本会已于2026年5月11日收到。经审查，因仲裁协议约定的仲裁委员会不是本会，不符合《中华人民共和国仲裁法》第二十一条规定的受理条件，根据该法第二十四条的规定，本会决定不予受理。',
    );
    expect(l).toContain('你方可以依法向有管辖权的人民法院提起诉讼，或者与对方当事人重新达成仲裁协议后申请仲裁。');
    expect(l.slice(-2)).toEqual(['（盖章）', '2026年5月14日']);
  });
});

describe('hearing-record 庭审笔录', () => {
  /** The trademark sample's session held as a hearing of the commission's three-member tribunal. */
  const heard = () =>
    sampleCase(0, (raw) => {
      raw.sessions[0].mediators = ['王建国', '陈思远', '刘敏'];
      raw.sessions[0].recorder = '赵小川';
      raw.sessions[0].statements.unshift({ speaker: '陈思远', text: '请申请人陈述仲裁请求及事实和理由。' });
    });
  const paragraphsOf = (kind: string, c = heard(), view = COMMISSION) => blocksOfType(composeKind(kind, c, { arbitration: view }).blocks, 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));

  it('records the hearing under the commission’s name and number, in the tribunal’s voice, signed by the arbitrators and the clerk', () => {
    const model = composeKind('hearing-record', heard(), { arbitration: COMMISSION });
    expect(kindNamed('hearing-record')).toMatchObject({ per: 'session', commissionOnly: true, usesArbitration: true, pageNumbers: 'pageOfTotal' });
    expect(modelLines(model).slice(0, 3)).toEqual(['郑州仲裁委员会', '庭审笔录', '（2026）郑仲案字第0158号']);
    const rows = Object.fromEntries(blocksOfType(model.blocks, 'fields').flatMap((f) => f.rows.map((r) => [r.label, r.value])));
    expect(rows).toMatchObject({ 案由: '河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷', 次数: '第一次', 方式: '现场开庭', 仲裁庭: '首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏', 书记员: '赵小川' });
    expect(rows).not.toHaveProperty('调解员');
    const texts = paragraphsOf('hearing-record').map((t) => t.trim()).filter(Boolean);
    expect(texts[0]).toBe(
      '仲裁庭：现在开庭。郑州仲裁委员会受理的申请人河南嵩岳食品有限公司与被申请人管城回族区惠民便利超市之间的商标侵权纠纷仲裁案，今天进行第一次开庭审理。本案由首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏组成仲裁庭，赵小川担任书记员。依照《中华人民共和国仲裁法》第四十条的规定，本案不公开审理。',
    );
    expect(texts).toContain('首席仲裁员陈思远：请申请人陈述仲裁请求及事实和理由。');
    expect(texts).toContain('申请人委托代理人孙立：被申请人销售的月饼礼盒使用了与“嵩岳”近似的标识，足以导致混淆。');
    expect(texts.find((t) => t.startsWith('仲裁庭：仲裁员是本案当事人'))).toMatch(/仲裁法第三十四条/);
    expect(texts).toContain('庭审结果：庭审中，双方当事人达成和解协议，请求仲裁庭根据和解协议作出裁决书或者制作调解书。');
    expect(texts.filter((t) => t.endsWith('（签名）：'))).toEqual(['申请人委托代理人（签名）：', '被申请人经营者（签名）：', '首席仲裁员（签名）：', '仲裁员（签名）：', '仲裁员（签名）：', '书记员（签名）：']);
    expect(texts.join('')).not.toMatch(/调解员|记录人/);
  });

  it('gives a blank hearing record to fill by hand before any hearing, with the tribunal’s signature lines', () => {
    const c = sampleCase(0, (raw) => (raw.sessions = []));
    expect(kindNamed('hearing-record').caveat(c)).toBe('案件尚无开庭记录，将生成空白庭审笔录');
    const texts = paragraphsOf('hearing-record', c).map((t) => t.trim());
    expect(texts).toContain('庭审结果：达成和解　　　继续开庭　　　待仲裁庭裁决');
    expect(texts.filter((t) => /（签名[^）]*）：$/.test(t))).toEqual(['申请人（签名/盖章）：', '被申请人（签名/盖章）：', '首席仲裁员（签名）：', '仲裁员（签名）：', '仲裁员（签名）：', '书记员（签名）：']);
    expect(texts.find((t) => t.startsWith('仲裁庭：现在开庭'))).toContain('今天进行第＿＿次开庭审理');
  });
});

describe('arbitration-award 裁决书', () => {
  const AWARDED: ArbitrationView = {
    ...COMMISSION,
    award: {
      defence: '被申请人辩称其产品采用不同的技术方案，未落入专利保护范围。',
      findings: '申请人系涉案专利的专利权人。\n被申请人自2025年起生产、销售涉案产品。',
      reasoning: '涉案产品的技术特征与涉案专利权利要求1的全部技术特征相同，落入专利权的保护范围。',
      rulings: ['被申请人立即停止生产、销售侵害涉案专利权的产品；', '被申请人于本裁决作出之日起十五日内赔偿申请人经济损失人民币200,000元；', '驳回申请人的其他仲裁请求。'],
      costs: '由申请人负担20%，被申请人负担80%',
    },
  };

  it('sets out the claims, the answer, the facts found, the tribunal’s reasons and the rulings, and is signed by the tribunal under the seal', () => {
    const model = composeKind('arbitration-award', patent(), { arbitration: AWARDED });
    const l = modelLines(model);
    expect(kindNamed('arbitration-award')).toMatchObject({ per: 'case', commissionOnly: true, usesArbitration: true });
    expect(l.slice(0, 3)).toEqual(['郑州仲裁委员会', '裁决书', '（2026）郑仲案字第0158号']);
    expect(l).toContain('仲裁庭于2026年5月20日、2026年5月27日开庭审理了本案。本案现已审理终结。');
    const at = (heading: string) => l.indexOf(heading);
    const order = ['申请人的仲裁请求：', '被申请人答辩称：', '仲裁庭查明：', '仲裁庭认为：'].map(at);
    expect(order.every((n, i) => n > 0 && (i === 0 || n > (order[i - 1] as number)))).toBe(true);
    expect(l.slice(at('仲裁庭查明：') + 1, at('仲裁庭认为：'))).toEqual(['申请人系涉案专利的专利权人。', '被申请人自2025年起生产、销售涉案产品。']);
    const ruling = at('依照《中华人民共和国仲裁法》第五十四条的规定，仲裁庭裁决如下：');
    expect(l.slice(ruling + 1, ruling + 4)).toEqual([
      '一、被申请人立即停止生产、销售侵害涉案专利权的产品；',
      '二、被申请人于本裁决作出之日起十五日内赔偿申请人经济损失人民币200,000元；',
      '三、驳回申请人的其他仲裁请求。',
    ]);
    expect(l).toContain('本案仲裁费用人民币15,550.00元（其中案件受理费人民币13,550.00元，案件处理费人民币2,000.00元），由申请人负担20%，被申请人负担80%。');
    expect(l).toContain('本裁决为终局裁决，自作出之日起发生法律效力。');
    expect(l).toEqual(expect.arrayContaining(['首席仲裁员陈思远：', '仲裁员王建国：', '仲裁员刘敏：']));
    expect(l.slice(-4)).toEqual(['郑州仲裁委员会', '（盖章）', '2026年6月18日', '书记员：赵小川']);
    expect(kindNamed('arbitration-award').arbitrationCaveat?.(AWARDED)).toBeNull();
  });

  it('leaves out the facts and reasons the parties agreed to omit, and the answer when there was none', () => {
    const award = { rulings: ['驳回申请人的仲裁请求。'], costs: '由申请人负担', omitReasons: true };
    const l = lines('arbitration-award', { ...AWARDED, award });
    expect(l).toContain('根据双方当事人的协议，本裁决书不写明争议事实和裁决理由（《中华人民共和国仲裁法》第五十四条）。');
    expect(l.filter((x) => /^(被申请人答辩称|仲裁庭查明|仲裁庭认为)：$/.test(x))).toEqual([]);
    expect(l).toContain('一、驳回申请人的仲裁请求。');
  });

  it('is a form with ruled lines to write on before the tribunal has made the award', () => {
    const l = lines('arbitration-award', { ...COMMISSION, decidedOn: null });
    expect(kindNamed('arbitration-award').arbitrationCaveat?.({ ...COMMISSION, award: null })).toBe('仲裁庭尚未作出裁决，答辩、查明的事实、仲裁庭意见和裁决事项将留出空行');
    const ruled = '＿'.repeat(27);
    expect(l.slice(l.indexOf('仲裁庭查明：') + 1, l.indexOf('仲裁庭认为：'))).toEqual(Array(6).fill(ruled));
    expect(l).toContain('一、＿＿＿＿＿＿＿＿');
    expect(l.find((x) => x.startsWith('本案仲裁费用'))).toMatch(/，由＿＿＿＿＿＿＿＿负担。$/);
  });
});
