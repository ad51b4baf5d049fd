import { describe, expect, it } from 'vitest';
import { targetLabel, targetsOf } from '../../../src-main/documents/catalog';
import { UNNUMBERED_CAVEAT } from '../../../src-main/documents/kind';
import { satisfactionText } from '../../../src-main/documents/kinds/follow-up-record';
import type { Block } from '../../../src-main/documents/model';
import { toDocx } from '../../../src-main/documents/to-docx';
import { ORGANIZATION, blocksOfType, composeKind, kindNamed, copiesOf, docxParts, modelLines, modelText, sampleCase } from '../../support/documents';

/**
 * The documents of the mediation process (issue 5): 调解笔录 (one per session), 终止调解通知书
 * (one per party) and 回访记录, built from the shared samples — case 0 the court-delegated
 * trademark case (one session with a recorder, agreement reached), case 1 the patent case (two
 * sessions, no recorder, one follow-up), case 2 the software case (an online session that
 * failed, terminated because the positions were too far apart).
 */
const kind = kindNamed;
const compose = composeKind;
const ofType = blocksOfType;
const allParagraphs = (blocks: Block[]) => ofType(blocks, 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
/** The session record's signature lines are paragraphs set in eight characters (kept with the text above them). */
const SIGN = '　'.repeat(8);
const paragraphs = (blocks: Block[]) => allParagraphs(blocks).filter((t) => t.trim() !== '' && !t.startsWith(SIGN));
const signatures = (blocks: Block[]) => [
  ...allParagraphs(blocks).flatMap((t) => (t.startsWith(SIGN) ? [t.slice(SIGN.length).replace(/：$/, '')] : [])),
  ...ofType(blocks, 'signatures').flatMap((s) => s.lines.map((l) => l.label)),
];
const fields = (blocks: Block[]) => Object.fromEntries(ofType(blocks, 'fields').flatMap((f) => f.rows.map((r) => [r.label, r.value])));

const trademark = () => sampleCase(0);
const patent = () => sampleCase(1);
const software = () => sampleCase(2);
const ORG = ORGANIZATION.name;
const RULED = '＿'.repeat(27);

describe('session-record 调解笔录', () => {
  it('makes one copy per session, named by its number and day, and one blank form when none was held', () => {
    const k = kind('session-record');
    expect(k).toMatchObject({ title: '调解笔录', per: 'session', pageNumbers: 'pageOfTotal' });
    expect(targetsOf(k, trademark())).toEqual([{ session: 0 }]);
    expect(targetsOf(k, patent())).toEqual([{ session: 0 }, { session: 1 }]);
    expect(targetsOf(k, sampleCase(2, (raw) => (raw.sessions = [])))).toEqual([{}]);
    expect(targetLabel(k, patent(), { session: 1 })).toBe('第2次（2026年5月27日）');
    expect(targetLabel(k, patent(), {})).toBe('');
    expect(compose('session-record', trademark()).fileName).toBe('（2026）豫郑知调字第0003号-调解笔录-第1次（2026年3月10日）');
    // both sessions in one file: named by the kind alone
    const both = compose('session-record', patent());
    expect(both.fileName).toBe('2026-05-11登记-调解笔录');
    expect(copiesOf(both)).toHaveLength(2);
    expect(compose('session-record', patent(), {}, [{ session: 1 }]).fileName).toBe('2026-05-11登记-调解笔录-第2次（2026年5月27日）');
  });

  it('records the heading table, the notices each attendee answered, the statements by speaker, the outcome and every signature', () => {
    const model = compose('session-record', trademark());
    expect(model.pageNumbers).toBe('pageOfTotal');
    expect(model.blocks.slice(0, 2)).toEqual([
      { type: 'title', text: '调解笔录' },
      { type: 'number', text: '（2026）豫郑知调字第0003号' },
    ]);
    expect(fields(model.blocks)).toEqual({
      事由: '河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷',
      次数: '第一次',
      时间: '2026年3月10日9时30分至11时00分',
      地点: '调解委员会第一调解室',
      方式: '现场调解',
      调解员: '陈静',
      记录人: '周晓',
      到场人员: '孙立（申请人河南嵩岳食品有限公司的委托代理人）\n王建华（被申请人管城回族区惠民便利超市的经营者）',
    });
    const texts = paragraphs(model.blocks);
    expect(texts[0]).toBe('调解员：现在开始调解。今天就河南嵩岳食品有限公司与管城回族区惠民便利超市之间的商标侵权纠纷进行第一次调解，由调解员陈静主持，周晓担任记录。');
    // rights, recusal, confidentiality: the mediator asks, each attendee answers
    const said = texts.slice(1, 10).map((t) => [t.slice(0, t.indexOf('：')), t.slice(t.indexOf('：') + 1)]);
    expect(said.map(([speaker]) => speaker)).toEqual(['调解员', '申请人委托代理人孙立', '被申请人经营者王建华', '调解员', '申请人委托代理人孙立', '被申请人经营者王建华', '调解员', '申请人委托代理人孙立', '被申请人经营者王建华']);
    expect(said[0]?.[1]).toMatch(/^本会已向各方当事人送达《当事人权利义务告知书》。.*各方是否清楚？$/);
    expect(said[3]?.[1]).toMatch(/当事人有权申请回避。各方是否申请回避？$/);
    expect(said[6]?.[1]).toMatch(/^调解过程中知悉的商业秘密、个人隐私.*不得在其后的诉讼、仲裁中作为对其不利的根据。各方是否清楚？$/);
    expect([said[1], said[2], said[4], said[5], said[7], said[8]].map((s) => s?.[1])).toEqual(['清楚。', '清楚。', '不申请回避。', '不申请回避。', '清楚。', '清楚。']);
    expect(texts.slice(10)).toEqual([
      '申请人委托代理人孙立：被申请人销售的月饼礼盒使用了与“嵩岳”近似的标识，足以导致混淆。',
      '被申请人经营者王建华：商品从批发市场进货，不知道侵权，愿意下架并适当赔偿。',
      '调解结果：经调解，各方当事人自愿达成调解协议，调解协议书另行制作。',
      '以上笔录已阅，无误。',
    ]);
    expect(signatures(model.blocks)).toEqual(['申请人委托代理人（签名）', '被申请人经营者（签名）', '调解员（签名）', '记录人（签名）']);
    // the outcome, the closing line and the signatures stay together: never a page of signatures alone
    const end = model.blocks.slice(model.blocks.findIndex((b) => b.type === 'paragraph' && b.runs[0]?.text.startsWith('调解结果：')));
    expect(end).toHaveLength(2 + 2 * 4); // the outcome, the closing line, and a blank line above each signature
    expect(end.map((b) => b.type === 'paragraph' && b.keepWithNext === true)).toEqual([...Array<boolean>(end.length - 1).fill(true), false]);
    expect(end.at(-1)).toEqual({ type: 'paragraph', runs: [{ text: `${SIGN}记录人（签名）：` }], align: 'left', indent: false });
    expect(kind('session-record').caveat(trademark())).toBeNull();
  });

  it('labels a party, a legal representative, a mediator and anyone else by who they are, and prints the session’s note', () => {
    const c = sampleCase(1, (raw) => {
      raw.sessions[1].statements = [
        { speaker: '杨帆', text: '建议被申请人分三期支付赔偿款，并取得普通许可。' },
        { speaker: '李卫东', text: '同意。' },
        { speaker: '马志刚', text: '公司同意。' },
        { speaker: '王工程师', text: '涉案产品与专利技术方案相同。' },
      ];
      raw.sessions[1].attendees = ['李卫东', '马志刚', '王工程师'];
      raw.sessions[1].endsAt = '2026-05-27T11:30:00+08:00';
      raw.sessions[1].note = '双方同意于6月10日前签署调解协议书。';
    });
    const model = compose('session-record', c, {}, [{ session: 1 }]);
    expect(fields(model.blocks)).toMatchObject({
      次数: '第二次',
      时间: '2026年5月27日9时00分至11时30分',
      调解员: '陈静、杨帆',
      记录人: '',
      到场人员: '李卫东（申请人）\n马志刚（被申请人洛阳丰禾农业机械有限公司的法定代表人）\n王工程师',
    });
    const texts = paragraphs(model.blocks);
    // no recorder named: a blank to fill in; no notices given at this session
    expect(texts[0]).toContain('进行第二次调解，由调解员陈静、杨帆主持，＿＿＿＿担任记录。');
    expect(texts.slice(1, 5)).toEqual([
      '调解员杨帆：建议被申请人分三期支付赔偿款，并取得普通许可。',
      '申请人李卫东：同意。',
      '被申请人法定代表人马志刚：公司同意。',
      '王工程师：涉案产品与专利技术方案相同。',
    ]);
    expect(texts).toContain('说明：双方同意于6月10日前签署调解协议书。');
    expect(signatures(model.blocks)).toEqual(['申请人（签名/捺印）', '被申请人法定代表人（签名）', '王工程师（签名）', '调解员（签名）', '调解员（签名）', '记录人（签名）']);
  });

  it('says a failed session failed and which routes are open, online, with the end time left blank', () => {
    const model = compose('session-record', software());
    expect(fields(model.blocks)).toMatchObject({ 时间: '2026年8月12日10时00分至＿＿时＿＿分', 地点: '线上视频调解', 方式: '线上调解', 到场人员: '韩冰（申请人郑州云帆信息技术有限公司的法定代表人）\n郭芳（被申请人）' });
    expect(paragraphs(model.blocks)).toContain('调解结果：经调解，各方当事人未能达成调解协议。当事人可以依法通过仲裁、行政、司法等途径解决纠纷。');
    expect(paragraphs(model.blocks)).toContain('被申请人郭芳：不申请回避。');
    expect(paragraphs(model.blocks).some((t) => t.startsWith('调解员：调解过程中知悉'))).toBe(false); // confidentiality was not told
    expect(signatures(model.blocks)).toEqual(['申请人法定代表人（签名）', '被申请人（签名/捺印）', '调解员（签名）', '记录人（签名）']);
  });

  it('writes the time in China whatever offset it was recorded with, and the end day when the session ran past midnight', () => {
    const c = sampleCase(0, (raw) => {
      raw.sessions[0].startsAt = '2026-03-10T13:30:00Z';
      raw.sessions[0].endsAt = '2026-03-10T16:05:00Z';
    });
    expect(fields(compose('session-record', c).blocks).时间).toBe('2026年3月10日21时30分至2026年3月11日0时05分');
  });

  it('is an empty form with blanks and lines to write on when no session was held, and says so', () => {
    const c = sampleCase(2, (raw) => (raw.sessions = []));
    const model = compose('session-record', c);
    expect(kind('session-record').caveat(c)).toBe(`案件尚无调解会议记录，将生成空白调解笔录；${UNNUMBERED_CAVEAT}`);
    expect(model.fileName).toBe('2026-08-04登记-调解笔录');
    expect(fields(model.blocks)).toEqual({
      事由: '郑州云帆信息技术有限公司与郭芳计算机软件纠纷',
      次数: '第＿＿次',
      时间: '　　年　　月　　日　　时　　分至　　时　　分',
      地点: '',
      方式: '现场　　　线上　　　电话',
      调解员: '',
      记录人: '',
      到场人员: '',
    });
    const texts = paragraphs(model.blocks);
    expect(texts[0]).toContain('进行第＿＿次调解，由调解员＿＿＿＿主持，＿＿＿＿担任记录。');
    // every notice, with a place for each party's answer
    expect(texts.filter((t) => t === '申请人郑州云帆信息技术有限公司：')).toHaveLength(3);
    expect(texts.filter((t) => t === '被申请人郭芳：')).toHaveLength(3);
    expect(texts.filter((t) => t === RULED)).toHaveLength(12);
    expect(texts).toContain('调解结果：达成协议　　　继续调解　　　调解不成');
    expect(texts.at(-1)).toBe('以上笔录已阅，无误。');
    expect(signatures(model.blocks)).toEqual(['申请人（签名/盖章）', '被申请人（签名/盖章）', '调解员（签名）', '记录人（签名）']);
  });

  it('leaves lines to write the statements on, and says so, for a session whose statements were not recorded', () => {
    const c = sampleCase(1, (raw) => (raw.sessions[1].statements = []));
    expect(kind('session-record').caveat(c)).toBe(`第2次调解未记录陈述，笔录正文将留出空行手写；${UNNUMBERED_CAVEAT}`);
    const [first, second] = copiesOf(compose('session-record', c)) as [Block[], Block[]];
    expect(paragraphs(first)).not.toContain(RULED);
    expect(paragraphs(second).filter((t) => t === RULED)).toHaveLength(10);
  });

  it('uses the organization’s wording of the notices, the answers and the closing line', () => {
    const model = compose('session-record', trademark(), {
      overrides: { recusalAnswer: '不申请{记录人}回避。', closing: '以上笔录经本人核对，与所述一致（{次数}）。', opening: '{本次调解员}主持调解。' },
    });
    const texts = paragraphs(model.blocks);
    expect(texts[0]).toBe('陈静主持调解。');
    expect(texts).toContain('被申请人经营者王建华：不申请周晓回避。');
    expect(texts).toContain('以上笔录经本人核对，与所述一致（第一次）。');
  });

  it('numbers its pages 第 x 页 共 y 页 in the Word file', async () => {
    const parts = await docxParts(await toDocx(compose('session-record', trademark()), { author: '本机操作员', at: new Date('2026-11-24T02:00:00Z') }));
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(footer.replace(/<w:instrText[^>]*>\s*(\w+)\s*<\/w:instrText>/g, '[$1]').replace(/<[^>]+>/g, '')).toBe('第 [PAGE] 页 共 [NUMPAGES] 页');
  });
});

describe('termination-notice 终止调解通知书', () => {
  it('tells each party why and when mediation ended and which routes are open, dated the day it ended', () => {
    const model = compose('termination-notice', software());
    expect(model).toMatchObject({ fileName: '2026-08-04登记-终止调解通知书', pageNumbers: 'dash' });
    const copies = copiesOf(model);
    expect(copies).toHaveLength(2);
    const [company, person] = copies as [Block[], Block[]];
    expect(company.slice(0, 2)).toEqual([
      { type: 'title', text: '终止调解通知书' },
      { type: 'number', text: '（未编号）' },
    ]);
    expect(paragraphs(company)).toEqual([
      '郑州云帆信息技术有限公司：',
      '你（单位）与郭芳之间的计算机软件纠纷，本会于2026年8月5日受理调解。因双方当事人分歧较大，难以达成调解协议，依照《中华人民共和国人民调解法》第二十六条的规定，本会决定自2026年8月12日起终止调解。',
      '你（单位）可以依法通过仲裁、向有关行政机关申请处理或者向人民法院提起诉讼等途径解决纠纷。因申请调解而中断的诉讼时效，自调解终止之日起重新计算。',
      '特此通知。',
    ]);
    // referred by the market regulator, not a court: nothing is reported back
    expect(modelText(model)).not.toContain('函告');
    expect(company.at(-1)).toEqual({ type: 'seal', organization: ORG, date: '2026年8月12日' });
    expect(paragraphs(person).slice(0, 2)).toEqual(['郭芳：', expect.stringContaining('你（单位）与郑州云帆信息技术有限公司之间的计算机软件纠纷')]);
    expect(kind('termination-notice').caveat(software())).toBe(UNNUMBERED_CAVEAT);
  });

  it('leaves the reason and the date blank, dated today, and says so, before the case is terminated; a court-delegated case is reported to the court', () => {
    const model = compose('termination-notice', trademark(), {}, [{ party: 1 }]);
    expect(model.fileName).toBe('（2026）豫郑知调字第0003号-终止调解通知书-管城回族区惠民便利超市');
    const texts = paragraphs(model.blocks);
    expect(texts[1]).toBe(
      '你（单位）与河南嵩岳食品有限公司之间的商标侵权纠纷，本会于2026年3月4日受理调解。因＿＿＿＿＿＿＿＿＿＿＿＿，依照《中华人民共和国人民调解法》第二十六条的规定，本会决定自＿＿＿＿年＿＿月＿＿日起终止调解。',
    );
    expect(texts).toContain('本案系郑州市管城回族区人民法院委派调解的案件，本会将把终止调解的情况书面函告郑州市管城回族区人民法院，并退回相关案件材料。');
    expect(model.blocks.at(-1)).toEqual({ type: 'seal', organization: ORG, date: '2026年11月24日' });
    expect(kind('termination-notice').caveat(trademark())).toBe('案件尚未终止调解，终止原因和日期将留空');
  });

  it('says 委托 for a case the court entrusted after filing, and writes out an “other” reason from its note', () => {
    const c = sampleCase(0, (raw) => {
      raw.source = 'court_entrusted';
      raw.termination = { on: '2026-03-20', reason: 'other', note: '申请人已进入破产清算程序。' };
    });
    const texts = paragraphs(compose('termination-notice', c, {}, [{ party: 0 }]).blocks);
    expect(texts[1]).toContain('因申请人已进入破产清算程序，依照');
    expect(texts[1]).toContain('本会决定自2026年3月20日起终止调解。');
    expect(texts).toContain('本案系郑州市管城回族区人民法院委托调解的案件，本会将把终止调解的情况书面函告郑州市管城回族区人民法院，并退回相关案件材料。');
    const plain = sampleCase(0, (raw) => (raw.termination = { on: '2026-03-20', reason: 'other' }));
    expect(paragraphs(compose('termination-notice', plain, {}, [{ party: 0 }]).blocks)[1]).toContain('因出现其他致使调解无法继续进行的情形，');
  });

  it('gives each reason of the exchange list in words, and no other routes when an agreement was reached', () => {
    const reasons = {
      withdrawn: '因申请人撤回调解申请或者当事人已自行和解，',
      unreachable: '因无法与当事人取得联系，',
      party_refused: '因当事人明确表示不愿继续调解，',
      period_expired: '因调解期限届满，当事人未同意延长，',
      refused_to_sign: '因当事人拒绝签署调解协议，',
      agreement_reached: '因各方当事人已达成调解协议，',
    };
    for (const [reason, words] of Object.entries(reasons)) {
      const c = sampleCase(2, (raw) => (raw.termination = { on: '2026-08-12', reason }));
      const texts = paragraphs(compose('termination-notice', c, {}, [{ party: 0 }]).blocks);
      expect(texts[1], reason).toContain(words);
      expect(texts.some((t) => t.includes('仲裁')), reason).toBe(reason !== 'agreement_reached');
    }
  });

  it('uses the organization’s wording, with the kind’s own variables', () => {
    const model = compose('termination-notice', software(), { overrides: { body: '{当事人}与{对方当事人}：因{终止原因}，于{终止日期}终止。' } }, [{ party: 1 }]);
    expect(paragraphs(model.blocks)[1]).toBe('郭芳与郑州云帆信息技术有限公司：因双方当事人分歧较大，难以达成调解协议，于2026年8月12日终止。');
  });
});

describe('follow-up-record 回访记录', () => {
  it('records the follow-up in one table — performance, satisfaction in words and points, lawsuit — signed by the visitor in it', () => {
    const model = compose('follow-up-record', patent(), { caseNumber: '（2026）豫郑知调字第0001号' });
    expect(model).toMatchObject({ fileName: '2026-05-11登记-回访记录', pageNumbers: 'dash' });
    expect(model.blocks.slice(0, 2)).toEqual([
      { type: 'title', text: '回访记录' },
      { type: 'number', text: '（2026）豫郑知调字第0001号' },
    ]);
    expect(ofType(model.blocks, 'fields')).toHaveLength(1);
    expect(ofType(model.blocks, 'fields')[0]?.rows).toEqual([
      { label: '案件名称', value: '李卫东与洛阳丰禾农业机械有限公司专利侵权纠纷' },
      { label: '协议编号', value: '2026年5月27日签订的调解协议' }, // the sample case itself has no number
      { label: '回访日期及方式', value: '2026年7月6日　电话回访' },
      { label: '被回访人', value: '' },
      { label: '履行情况', value: '部分履行' },
      { label: '满意度', value: '非常满意（5分）' },
      { label: '涉诉情况', value: '无' },
      { label: '风险及措施', value: '\n' }, // two lines to write in
      { label: '备注', value: '第一期款项已按期支付。' },
      { label: '回访人（签名）', value: '' },
    ]);
    expect(kind('follow-up-record').caveat(patent())).toBe(UNNUMBERED_CAVEAT);
  });

  it('names the agreement by its own number, else the case number', () => {
    const numbered = sampleCase(1, (raw) => (raw.caseNumber = '（2026）豫郑知调字第0001号'));
    expect(fields(compose('follow-up-record', numbered).blocks).协议编号).toBe('（2026）豫郑知调字第0001号');
    const own = sampleCase(1, (raw) => (raw.agreement.number = '（2026）豫郑知调协字第0001号'));
    expect(fields(compose('follow-up-record', own).blocks).协议编号).toBe('（2026）豫郑知调协字第0001号');
  });

  it('writes satisfaction from 非常不满意（1分） to 非常满意（5分）', () => {
    expect([1, 2, 3, 4, 5].map(satisfactionText)).toEqual(['非常不满意（1分）', '不满意（2分）', '基本满意（3分）', '满意（4分）', '非常满意（5分）']);
  });

  it('gives each of several follow-ups its own heading and table, with any lawsuit and an unrated satisfaction', () => {
    const c = sampleCase(1, (raw) =>
      raw.followUps.push({ on: '2026-09-06', method: 'visit', performance: 'none', lawsuit: '申请人已就未付款项向郑州市中级人民法院起诉，尚未判决。' }),
    );
    const model = compose('follow-up-record', c);
    const tables = ofType(model.blocks, 'fields');
    expect(tables).toHaveLength(3);
    expect(tables[0]?.rows.map((r) => r.label)).toEqual(['案件名称', '协议编号']);
    expect(ofType(model.blocks, 'heading').map((h) => h.text)).toEqual(['第一次回访', '第二次回访']);
    expect(Object.fromEntries(tables[2]?.rows.map((r) => [r.label, r.value]) ?? [])).toMatchObject({
      回访日期及方式: '2026年9月6日　上门回访',
      履行情况: '未履行',
      满意度: '未评价',
      涉诉情况: '申请人已就未付款项向郑州市中级人民法院起诉，尚未判决。',
      '回访人（签名）': '',
    });
  });

  it('is an empty form with the choices to tick when there was no follow-up, and says so', () => {
    const model = compose('follow-up-record', trademark());
    expect(kind('follow-up-record').caveat(trademark())).toBe('案件尚无回访记录，将生成空白回访记录表');
    expect(fields(model.blocks)).toEqual({
      案件名称: '河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷',
      协议编号: '（2026）豫郑知调字第0003号',
      回访日期及方式: '　　年　　月　　日　　电话　上门　线上',
      被回访人: '',
      履行情况: '全部履行　　部分履行　　未履行',
      满意度: '非常满意　满意　基本满意　不满意　非常不满意',
      涉诉情况: '\n',
      风险及措施: '\n',
      备注: '\n',
      '回访人（签名）': '',
    });
    // no agreement yet: the number is left for later
    expect(fields(compose('follow-up-record', software()).blocks).协议编号).toBe('');
  });

  it('names third parties with the case', () => {
    const c = sampleCase(0, (raw) => raw.parties.push({ role: 'third_party', kind: 'natural', name: '赵六', agents: [] }));
    expect(modelLines(compose('follow-up-record', c))).toContain('案件名称|河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷（第三人：赵六）');
  });
});
