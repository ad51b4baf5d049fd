import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, documentKind, targetLabel, targetsOf } from '../../../src-main/documents/catalog';
import { composeDocument } from '../../../src-main/documents/compose';
import { UNNUMBERED_CAVEAT } from '../../../src-main/documents/kind';
import { compileCaseFile, exchangeCaseFileFacts } from '../../../src-main/domain/case-file';
import type { Block, DocModel } from '../../../src-main/documents/model';
import { COMMON_VARIABLES } from '../../../src-main/documents/wording';
import { ORGANIZATION, blocksOfType, composeKind, kindNamed, composeInputFor, copiesOf, modelLines, modelText, sampleCase } from '../../support/documents';
import { SAMPLES_DIR } from '../../support/samples';

/**
 * Each document kind built from the shared sample cases (`henan-ip-cases.json`): case 0 is the
 * court-delegated trademark case (numbered, a company with a lawyer against an individual
 * business), case 1 the patent case (a natural person against a company whose employee acts for
 * it; imported without a number), case 2 the software case referred by the market regulator (no
 * agents, no service addresses).
 */
const kind = kindNamed;
const compose = composeKind;
const ofType = blocksOfType;
const paragraphs = (blocks: Block[]) => ofType(blocks, 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
const fields = (blocks: Block[]) => Object.fromEntries(ofType(blocks, 'fields').flatMap((f) => f.rows.map((r) => [r.label, r.value])));

const trademark = () => sampleCase(0);
const patent = () => sampleCase(1);
const software = () => sampleCase(2);
const ORG = ORGANIZATION.name;
const TODAY_WRITTEN = '2026年11月24日';

describe('the catalog', () => {
  it('has the nineteen kinds the CLI spec promises, each under its stable kebab-case name, and the kinds added since after them', () => {
    const spec = fs.readFileSync(path.join(SAMPLES_DIR, '..', 'spec', 'cli.md'), 'utf8');
    expect(DOCUMENT_KINDS.map((k) => k.kind)).toEqual([
      'mediation-application',
      'acceptance-notice',
      'refusal-notice',
      'rights-notice',
      'session-record',
      'agreement',
      'termination-notice',
      'confirmation-application',
      'commitment',
      'power-of-attorney',
      'service-address',
      'materials-list',
      'notarization-application',
      'arbitration-agreement',
      'arbitration-mediation-statement',
      'award-on-settlement',
      'follow-up-record',
      'file-cover',
      'file-index',
      'arbitration-acceptance-notice',
      'arbitration-refusal-notice',
      'arbitration-fee-notice',
      'tribunal-notice',
      'hearing-record',
      'arbitration-award',
      'service-receipt',
      'typical-case',
    ]);
    const added = ['arbitration-acceptance-notice', 'arbitration-refusal-notice', 'arbitration-fee-notice', 'tribunal-notice', 'hearing-record', 'arbitration-award', 'service-receipt', 'typical-case'];
    for (const k of DOCUMENT_KINDS.filter((x) => !added.includes(x.kind))) expect(spec, k.kind).toContain(`\`${k.kind}\``);
    expect(documentKind('award-of-the-tribunal')).toBeUndefined();
  });

  it('makes one copy per case, per party or per agent', () => {
    const c = trademark();
    expect(targetsOf(kind('mediation-application'), c)).toEqual([{}]);
    expect(targetsOf(kind('acceptance-notice'), c)).toEqual([{ party: 0 }, { party: 1 }]);
    expect(targetsOf(kind('power-of-attorney'), c)).toEqual([{ party: 0, agent: 0 }]);
    expect(targetsOf(kind('power-of-attorney'), patent())).toEqual([{ party: 1, agent: 0 }]);
    // nobody has an agent: one blank form, for the applicant
    expect(targetsOf(kind('power-of-attorney'), software())).toEqual([{ party: 0 }]);
    const respondentFirst = software();
    respondentFirst.parties.reverse();
    expect(targetsOf(kind('power-of-attorney'), respondentFirst)).toEqual([{ party: 1 }]);
  });

  it('labels copies by party, and by party and agent', () => {
    const c = trademark();
    expect(targetLabel(kind('file-cover'), c, {})).toBe('');
    expect(targetLabel(kind('rights-notice'), c, { party: 1 })).toBe('管城回族区惠民便利超市');
    expect(targetLabel(kind('power-of-attorney'), c, { party: 0, agent: 0 })).toBe('河南嵩岳食品有限公司-孙立');
    // the blank form of a party without an agent has no dangling separator
    expect(targetLabel(kind('power-of-attorney'), software(), { party: 0 })).toBe('郑州云帆信息技术有限公司');
  });
});

describe('mediation-application 调解申请书', () => {
  it('lists the parties in role order with their details, the requests, the amount in figures and words, and the applicant’s signature', () => {
    const model = compose('mediation-application', trademark());
    expect(model).toMatchObject({ kind: 'mediation-application', title: '调解申请书', fileName: '（2026）豫郑知调字第0003号-调解申请书', pageNumbers: 'dash' });
    expect(model.blocks[0]).toEqual({ type: 'title', text: '调解申请书' });
    expect(paragraphs(model.blocks).slice(0, 5)).toEqual([
      '申请人：河南嵩岳食品有限公司，住所地河南省郑州市管城回族区商城路66号，统一社会信用代码91410100MA3X5K2R86，联系电话0371-65551234。',
      '法定代表人：赵建国，董事长。',
      '委托代理人：孙立，河南中原律师事务所律师。',
      '被申请人：管城回族区惠民便利超市，住所地河南省郑州市管城回族区东大街18号，统一社会信用代码92410103MA9F2T6L79，联系电话13783712345。',
      '经营者：王建华。',
    ]);
    expect(ofType(model.blocks, 'heading').map((h) => [h.level, h.text])).toEqual([
      [1, '请求事项'],
      [1, '事实和理由'],
    ]);
    const lines = modelLines(model);
    expect(lines).toContain('1. 停止销售侵犯“嵩岳”商标专用权的商品');
    expect(lines).toContain('2. 赔偿经济损失及合理开支共计人民币100000元');
    expect(lines).toContain('以上请求涉及金额共计人民币100,000.00元（大写：壹拾万元整）。');
    expect(lines).toContain('涉案权利：第23456781号 “嵩岳”文字及图形商标，权利人河南嵩岳食品有限公司。');
    expect(lines).toContain(`申请人已知悉${ORG}的性质、调解工作的原则以及当事人在调解活动中享有的权利和承担的义务，自愿申请调解，并保证所陈述的事实真实。`);
    expect(lines.slice(lines.indexOf('此致'), lines.indexOf('此致') + 2)).toEqual(['此致', ORG]);
    // only the applicant signs, through its representative and seal
    expect(model.blocks.at(-1)).toEqual({ type: 'signatures', lines: [{ label: '申请人（盖章，法定代表人或负责人签名）', withDate: true }] });
    expect(kind('mediation-application').caveat(trademark())).toBeNull();
  });

  it('writes a natural person’s block in the documents.md order, and the amount as 人民币120,000.00元（大写：壹拾贰万元整）', () => {
    const model = compose('mediation-application', sampleCase(1, (raw) => (raw.claimAmount = '120000')));
    expect(paragraphs(model.blocks)[0]).toBe(
      '申请人：李卫东，男，1978年4月12日出生，汉族，工程师，住河南省郑州市金水区文化路97号院3号楼2单元501号，公民身份号码410105197804120311，联系电话13598012345。',
    );
    expect(paragraphs(model.blocks)).toContain('委托代理人：高红，该单位工作人员。');
    expect(modelLines(model)).toContain('以上请求涉及金额共计人民币120,000.00元（大写：壹拾贰万元整）。');
    expect(ofType(model.blocks, 'signatures')).toEqual([{ type: 'signatures', lines: [{ label: '申请人（签名/捺印）', withDate: true }] }]);
    // imported without a number: the file is named by the registration date
    expect(model.fileName).toBe('2026-05-11登记-调解申请书');
  });

  it('writes 角 and 分 under the PBOC rules, and leaves the amount out when none was claimed', () => {
    expect(modelText(compose('mediation-application', sampleCase(1, (raw) => (raw.claimAmount = '1409.50'))))).toContain('人民币1,409.50元（大写：壹仟肆佰零玖元伍角）');
    expect(modelText(compose('mediation-application', sampleCase(1, (raw) => (raw.claimAmount = '6007.14'))))).toContain('人民币6,007.14元（大写：陆仟零柒元壹角肆分）');
    const none = compose(
      'mediation-application',
      sampleCase(1, (raw) => {
        delete raw.claimAmount;
        raw.requests = [];
      }),
    );
    expect(modelText(none)).not.toContain('人民币');
    expect(modelLines(none)).toContain('请求依法调解。');
  });

  it('lists the identity papers on file under 附', () => {
    const model = compose('mediation-application', patent(), { partyDocuments: [[{ name: '身份证正反面.png' }], [{ name: '营业执照.pdf' }]] });
    const lines = modelLines(model);
    expect(lines.slice(lines.indexOf('附：身份证明材料'))).toEqual(['附：身份证明材料', '1. 李卫东：身份证正反面.png', '2. 洛阳丰禾农业机械有限公司：营业执照.pdf']);
    expect(modelLines(compose('mediation-application', patent()))).not.toContain('附：身份证明材料');
  });

  it('uses the organization’s own wording of the declaration, with the case’s values', () => {
    const model = compose('mediation-application', trademark(), { overrides: { declaration: '{申请人}自愿申请{组织名称}调解（{案号}）。' } });
    expect(modelLines(model)).toContain(`河南嵩岳食品有限公司自愿申请${ORG}调解（（2026）豫郑知调字第0003号）。`);
    expect(modelText(model)).not.toContain('保证所陈述的事实真实');
  });
});

describe('acceptance-notice 受理通知书', () => {
  it('addresses one copy to each party, naming the referring court, the acceptance date, the mediator and the phone', () => {
    const model = compose('acceptance-notice', trademark());
    expect(model.fileName).toBe('（2026）豫郑知调字第0003号-受理通知书');
    const copies = copiesOf(model);
    expect(copies).toHaveLength(2);
    const [first, second] = copies as [Block[], Block[]];
    expect(first.slice(0, 2)).toEqual([
      { type: 'title', text: '受理通知书' },
      { type: 'number', text: '（2026）豫郑知调字第0003号' },
    ]);
    expect(paragraphs(first)).toEqual([
      '河南嵩岳食品有限公司：',
      '郑州市管城回族区人民法院以（2026）豫0104民诉前调1187号移送的你（单位）与管城回族区惠民便利超市之间的商标侵权纠纷调解申请，经审查，符合受理条件，本会决定于2026年3月4日予以受理。',
      '本案由调解员陈静负责调解。如有疑问，请与本会联系，联系电话：0371-60001234。',
      expect.stringContaining('请在调解会议时携带身份证明'),
      '特此通知。',
    ]);
    expect(first.at(-1)).toEqual({ type: 'seal', organization: ORG, date: TODAY_WRITTEN });
    expect(paragraphs(second)[0]).toBe('管城回族区惠民便利超市：');
    expect(paragraphs(second)[1]).toContain('你（单位）与河南嵩岳食品有限公司之间');
    expect(kind('acceptance-notice').caveat(trademark())).toBeNull();
  });

  it('says when the organization received a party’s own application, and names every mediator', () => {
    const model = compose('acceptance-notice', patent(), {}, [{ party: 0 }]);
    expect(model.fileName).toBe('2026-05-11登记-受理通知书-李卫东');
    expect(copiesOf(model)).toHaveLength(1);
    expect(paragraphs(model.blocks)[1]).toBe('本会于2026年5月11日收到的你（单位）与洛阳丰禾农业机械有限公司之间的专利侵权纠纷调解申请，经审查，符合受理条件，本会决定于2026年5月12日予以受理。');
    expect(paragraphs(model.blocks)[2]).toContain('本案由调解员陈静、杨帆负责调解。');
  });

  it('leaves the acceptance date blank, prints （未编号）, and says so, before the case is accepted', () => {
    const c = sampleCase(0, (raw) => {
      delete raw.acceptedOn;
      delete raw.caseNumber;
    });
    const model = compose('acceptance-notice', c);
    expect(ofType(model.blocks, 'number')[0]).toEqual({ type: 'number', text: '（未编号）' });
    expect(paragraphs(model.blocks)[1]).toContain('本会决定于＿＿＿＿年＿＿月＿＿日予以受理。');
    expect(kind('acceptance-notice').caveat(c)).toBe(`案件尚未受理，受理日期将留空；${UNNUMBERED_CAVEAT}`);
  });

  it('uses the organization’s wording for the body, with the kind’s own variables', () => {
    const model = compose('acceptance-notice', trademark(), { overrides: { body: '{当事人}（{当事人地位}）：你与{对方当事人}的{纠纷类别}已于{受理日期}受理。' } }, [{ party: 1 }]);
    expect(paragraphs(model.blocks)[1]).toBe('管城回族区惠民便利超市（被申请人）：你与河南嵩岳食品有限公司的商标侵权纠纷已于2026年3月4日受理。');
  });

  it('makes wording typed on several lines into one indented paragraph per line', () => {
    const model = compose('acceptance-notice', trademark(), { overrides: { mediator: '本案由{调解员}调解。\n\n联系电话：{组织电话}。' } }, [{ party: 0 }]);
    const texts = paragraphs(model.blocks);
    const at = texts.indexOf('本案由陈静调解。');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('联系电话：0371-60001234。');
    expect(ofType(model.blocks, 'paragraph').every((b) => b.runs.every((r) => !r.text.includes('\n')))).toBe(true);
  });

  it('says mediation is free only for a people’s mediation committee', () => {
    const free = '人民调解委员会调解民间纠纷，不收取任何费用。';
    expect(modelText(compose('acceptance-notice', trademark()))).toContain(free);
    const industry = compose('acceptance-notice', trademark(), { organization: { ...ORGANIZATION, kind: 'industry_mediation' } });
    expect(modelText(industry)).not.toContain('不收取');
  });
});

describe('refusal-notice 不予受理通知书', () => {
  const refused = () =>
    sampleCase(0, (raw) => {
      delete raw.acceptedOn;
      delete raw.caseNumber;
      raw.refusal = { on: '2026-03-04', reason: '该纠纷已由人民法院立案受理。' };
    });

  it('gives the recorded reason, the other routes, the return to the referring court, dated the day of the decision', () => {
    const model = compose('refusal-notice', refused());
    const [first] = copiesOf(model) as [Block[]];
    expect(first[0]).toEqual({ type: 'title', text: '不予受理通知书' });
    expect(paragraphs(first)).toEqual([
      '河南嵩岳食品有限公司：',
      '郑州市管城回族区人民法院以（2026）豫0104民诉前调1187号移送的你（单位）与管城回族区惠民便利超市之间的商标侵权纠纷调解申请，经审查，因该纠纷已由人民法院立案受理，本会决定不予受理。',
      '你（单位）可以依法通过仲裁、向有关行政机关申请处理或者向人民法院提起诉讼等途径解决纠纷。申请调解的，诉讼时效自申请之日起中断。',
      '本案系郑州市管城回族区人民法院委派（委托）调解，本会将同时将案件及不予受理的情况函告郑州市管城回族区人民法院。',
      '特此通知。',
    ]);
    expect(first.at(-1)).toEqual({ type: 'seal', organization: ORG, date: '2026年3月4日' });
    expect(copiesOf(model)).toHaveLength(2);
    // a refused case never gets a number
    expect(kind('refusal-notice').caveat(refused())).toBe(UNNUMBERED_CAVEAT);
  });

  it('leaves the reason blank to fill by hand, dated today, and says so, when no refusal is recorded', () => {
    const model = compose('refusal-notice', trademark());
    expect(paragraphs(model.blocks)[1]).toContain('经审查，因＿＿＿＿＿＿＿＿＿＿＿＿，本会决定不予受理。');
    expect(model.blocks.find((b) => b.type === 'seal')).toEqual({ type: 'seal', organization: ORG, date: TODAY_WRITTEN });
    expect(kind('refusal-notice').caveat(trademark())).toBe('案件未作不予受理决定，理由将留空');
    expect(kind('refusal-notice').caveat(patent())).toBe(`案件未作不予受理决定，理由将留空；${UNNUMBERED_CAVEAT}`);
  });

  it('names the referring agency but returns nothing to a court when the case did not come from one', () => {
    const text = modelText(compose('refusal-notice', software()));
    expect(text).toContain('郑州市市场监督管理局以郑市监知转〔2026〕15号移送的你（单位）与郭芳之间的计算机软件纠纷调解申请');
    expect(text).not.toContain('函告');
    expect(modelText(compose('refusal-notice', patent()))).not.toContain('委派（委托）调解');
  });

  it('uses the organization’s wording, including the reason variable', () => {
    const model = compose('refusal-notice', refused(), { overrides: { body: '经审查，{当事人}的申请因{不予受理理由}不予受理。', routes: '可向{默认法院}起诉。' } }, [{ party: 0 }]);
    expect(paragraphs(model.blocks).slice(1, 3)).toEqual(['经审查，河南嵩岳食品有限公司的申请因该纠纷已由人民法院立案受理不予受理。', '可向郑州市中级人民法院起诉。']);
  });
});

describe('rights-notice 当事人权利义务告知书', () => {
  it('tells each party the seven matters under 一、 … 七、 and has it acknowledge them', () => {
    const model = compose('rights-notice', software());
    const copies = copiesOf(model);
    expect(copies).toHaveLength(2);
    const [company, person] = copies as [Block[], Block[]];
    expect(company.slice(0, 2)).toEqual([
      { type: 'title', text: '当事人权利义务告知书' },
      { type: 'number', text: '（未编号）' },
    ]);
    expect(paragraphs(company)[0]).toBe('郑州云帆信息技术有限公司：');
    expect(ofType(company, 'heading').map((h) => `${h.level}${h.text}`)).toEqual([
      '1一、调解组织的性质',
      '1二、调解原则',
      '1三、当事人享有的权利',
      '1四、当事人承担的义务',
      '1五、回避',
      '1六、保密',
      '1七、调解协议的效力和司法确认',
    ]);
    expect(paragraphs(company)).toContain(
      `${ORG}是依法设立的调解组织，在调解员主持下，通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决纠纷。人民调解委员会调解民间纠纷，不收取任何费用。`,
    );
    expect(paragraphs(company)).toContain('本人（单位）已阅读并知悉上述权利义务。');
    expect(company.at(-1)).toEqual({ type: 'signatures', lines: [{ label: '当事人（盖章）', withDate: true }] });
    expect(paragraphs(person)[0]).toBe('郭芳：');
    expect(person.at(-1)).toEqual({ type: 'signatures', lines: [{ label: '当事人（签名/捺印）', withDate: true }] });
    expect(kind('rights-notice').caveat(software())).toBe(UNNUMBERED_CAVEAT);
    expect(kind('rights-notice').caveat(trademark())).toBeNull();
  });

  it('uses the organization’s wording of a section', () => {
    const model = compose('rights-notice', trademark(), { overrides: { recusal: '当事人可以申请{调解员}回避。' } }, [{ party: 0 }]);
    const blocks = model.blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === '五、回避');
    expect(blocks[at + 1]).toEqual({ type: 'paragraph', runs: [{ text: '当事人可以申请陈静回避。' }] });
  });
});

describe('power-of-attorney 授权委托书', () => {
  it('is made for each agent: the principal, the agent, the matter, the special powers spelled out, and both signatures', () => {
    const model = compose('power-of-attorney', trademark());
    expect(model.fileName).toBe('（2026）豫郑知调字第0003号-授权委托书-河南嵩岳食品有限公司-孙立');
    expect(model.blocks[0]).toEqual({ type: 'title', text: '授权委托书' });
    expect(paragraphs(model.blocks)).toEqual([
      '委托人：河南嵩岳食品有限公司，住所地河南省郑州市管城回族区商城路66号，统一社会信用代码91410100MA3X5K2R86，联系电话0371-65551234。',
      '法定代表人：赵建国，董事长。',
      '受托人：孙立，河南中原律师事务所律师。',
      '受托人联系电话：13838012345。',
      `委托人因与管城回族区惠民便利超市之间的商标侵权纠纷一案，委托上列受托人在${ORG}主持的调解活动及相关司法确认程序中担任委托代理人。`,
      '代理权限：特别授权，即代为承认、放弃、进行和解、签署调解协议、申请司法确认、代收法律文书。',
      '委托期限：自本委托书签署之日起至本案调解及司法确认程序终结之日止。',
    ]);
    expect(model.blocks.at(-1)).toEqual({
      type: 'signatures',
      lines: [
        { label: '委托人（盖章）', withDate: true },
        { label: '受托人（签名）', withDate: true },
      ],
    });
    expect(kind('power-of-attorney').caveat(trademark())).toBeNull();
  });

  it('spells out what a general authority does not allow', () => {
    const c = sampleCase(1, (raw) => {
      raw.parties[1].agents[0].authority = 'general';
      delete raw.parties[1].agents[0].specialPowers;
    });
    const lines = paragraphs(compose('power-of-attorney', c).blocks);
    expect(lines).toContain('受托人：高红，该单位工作人员。');
    expect(lines).toContain('代理权限：一般授权。受托人有权代为陈述事实、提交证据、参加调解，但无权代为承认、放弃、变更请求，进行和解，签署调解协议或者申请司法确认。');
  });

  it('makes one copy per agent of every party', () => {
    const c = sampleCase(0, (raw) => {
      raw.parties[1].agents = [{ name: '王小华', kind: 'relative', authority: 'general' }];
    });
    const model = compose('power-of-attorney', c);
    const copies = copiesOf(model);
    expect(copies).toHaveLength(2);
    expect(paragraphs(copies[1] as Block[]).slice(0, 3)).toEqual([
      '委托人：管城回族区惠民便利超市，住所地河南省郑州市管城回族区东大街18号，统一社会信用代码92410103MA9F2T6L79，联系电话13783712345。',
      '经营者：王建华。',
      '受托人：王小华，近亲属。',
    ]);
    expect(model.fileName).toBe('（2026）豫郑知调字第0003号-授权委托书');
  });

  it('is a blank form for the applicant, with a caveat, when nobody has an agent', () => {
    const model = compose('power-of-attorney', software());
    expect(kind('power-of-attorney').caveat(software())).toBe('当事人均未委托代理人，将生成空白委托书');
    expect(paragraphs(model.blocks)).toContain('受托人：＿＿＿＿＿＿＿＿。');
    expect(paragraphs(model.blocks)[0]).toMatch(/^委托人：郑州云帆信息技术有限公司，/);
    expect(model.fileName).toBe('2026-08-04登记-授权委托书-郑州云帆信息技术有限公司');
  });

  it('uses the organization’s wording of the matter', () => {
    const model = compose('power-of-attorney', trademark(), { overrides: { matter: '委托人与{对方当事人}{纠纷类别}一案，特委托上列受托人。' } });
    expect(paragraphs(model.blocks)).toContain('委托人与管城回族区惠民便利超市商标侵权纠纷一案，特委托上列受托人。');
  });
});

describe('service-address 送达地址确认书', () => {
  it('fills each party’s address table from its service address, then the notices and its signature', () => {
    const model = compose('service-address', trademark());
    const [first, second] = copiesOf(model) as [Block[], Block[]];
    expect(first[0]).toEqual({ type: 'title', text: '送达地址确认书' });
    expect(fields(first)).toEqual({
      案号: '（2026）豫郑知调字第0003号',
      受送达人: '河南嵩岳食品有限公司',
      送达地址: '河南省郑州市管城回族区商城路66号',
      收件人: '刘敏',
      联系电话: '13903712345',
      电子邮箱: '',
      同意电子送达: '同意',
    });
    expect(fields(second)).toMatchObject({ 受送达人: '管城回族区惠民便利超市', 收件人: '王建华', 同意电子送达: '不同意' });
    // the four notices, one paragraph each
    expect(paragraphs(first).map((p) => p.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '本人']);
    expect(first.at(-1)).toEqual({ type: 'signatures', lines: [{ label: '受送达人（盖章）', withDate: true }] });
    expect(kind('service-address').caveat(trademark())).toBeNull();
  });

  it('falls back to the party’s address and leaves the choice of e-service to tick when none was given', () => {
    const [, person] = copiesOf(compose('service-address', software())) as [Block[], Block[]];
    expect(fields(person)).toEqual({
      案号: '（未编号）',
      受送达人: '郭芳',
      送达地址: '河南省洛阳市西工区中州中路218号',
      收件人: '',
      联系电话: '13623791234',
      电子邮箱: '',
      同意电子送达: '同意　　　不同意',
    });
    expect(person.at(-1)).toEqual({ type: 'signatures', lines: [{ label: '受送达人（签名/捺印）', withDate: true }] });
    expect(kind('service-address').caveat(software())).toBe(UNNUMBERED_CAVEAT);
  });

  it('turns each line of the organization’s notice wording into a paragraph', () => {
    const model = compose('service-address', trademark(), { overrides: { notice: '第一条，送达到{组织名称}。\n\n  第二条。  ' } }, [{ party: 0 }]);
    expect(paragraphs(model.blocks).slice(0, 2)).toEqual([`第一条，送达到${ORG}。`, '第二条。']);
  });
});

describe('file-cover 卷宗封面', () => {
  it('carries the organization, the number, the case name, the mediators, the dates and the retention', () => {
    const model = compose('file-cover', patent(), { caseNumber: '（2026）豫郑知调字第0001号' });
    expect(model.blocks[0]).toEqual({ type: 'title', text: '卷　宗', issuer: ORG });
    expect(fields(model.blocks)).toEqual({
      卷号: '（2026）豫郑知调字第0001号',
      案件名称: '李卫东与洛阳丰禾农业机械有限公司专利侵权纠纷',
      调解员: '陈静、杨帆',
      受理日期: '2026年5月12日',
      结案日期: '',
      本卷页数: '共　　页',
      保管期限: '长期',
      立卷人: '',
      立卷日期: '',
    });
    expect(fields(compose('file-cover', sampleCase(2, (raw) => (raw.closedOn = '2026-08-20'))).blocks)).toMatchObject({ 结案日期: '2026年8月20日' });
  });

  it('uses the organization’s retention period until the case is archived with its own', () => {
    expect(fields(compose('file-cover', trademark(), { overrides: { retention: '永久' } }).blocks)).toMatchObject({ 保管期限: '永久' });
    const c = trademark();
    const compiled = compileCaseFile({ ...exchangeCaseFileFacts(c, true), pages: new Map([[1, 3], [3, 2], [7, 5], [8, 4], [13, 1]]) });
    const archived = { compiled, retention: '短期', filedBy: '王书记', filedOn: '2026-11-20' };
    expect(fields(compose('file-cover', c, { overrides: { retention: '永久' }, caseFile: archived }).blocks)).toMatchObject({
      本卷页数: compiled.totalPages === null ? '共　　页' : `共${compiled.totalPages}页`,
      保管期限: '短期',
      立卷人: '王书记',
      立卷日期: '2026年11月20日',
    });
  });
});

describe('file-index 卷内目录', () => {
  const notes = (model: DocModel) => Object.fromEntries(ofType(model.blocks, 'table')[0]?.rows.map((r) => [r[1], r[3]]) ?? []);

  it('lists the 13 items in the standard order, marking what is missing', () => {
    const model = compose('file-index', trademark());
    const table = ofType(model.blocks, 'table')[0];
    expect(table?.columns.map((c) => c.header)).toEqual(['序号', '文件材料名称', '页号', '备注']);
    expect(table?.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
    expect(table?.rows.map((r) => r[0])).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    // the trademark case: rights told in its session, an agent without a power of attorney on file
    expect(notes(model)).toEqual({
      '调解申请书、受理登记表': '',
      当事人权利义务告知书: '',
      当事人身份证明材料: '缺（必备）',
      授权委托书: '缺（必备）',
      调查记录: '无',
      证据材料: '无',
      调解笔录: '',
      调解协议书: '',
      履行凭证: '无',
      回访记录: '无',
      司法确认材料: '',
      案件情况说明: '无',
      卷宗封底: '',
    });
    expect(ofType(model.blocks, 'number')[0]?.text).toBe('（2026）豫郑知调字第0003号');
    expect(modelLines(model)).toContain('案件名称：河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷');
    expect(model.blocks.at(-1)?.type).toBe('table'); // the index ends with its table, on one page
  });

  it('counts identity papers once on file, attachments and counted pages, and numbers the pages through the volume', () => {
    const c = software();
    const facts = { ...exchangeCaseFileFacts(c, true), attachments: [{ kind: 'evidence' as const, pages: 3 }, { kind: 'evidence' as const, pages: 2 }], pages: new Map([[1, 2], [2, 1], [3, 2], [7, 4], [13, 1]]) };
    const compiled = compileCaseFile(facts);
    const model = compose('file-index', c, { caseFile: { compiled, retention: null, filedBy: null, filedOn: null } });
    const table = ofType(model.blocks, 'table')[0];
    const byName = Object.fromEntries(table?.rows.map((r) => [r[1], { pages: r[2], note: r[3] }]) ?? []);
    expect(byName['当事人身份证明材料']).toEqual({ pages: '4-5', note: '' });
    expect(byName['证据材料']).toEqual({ pages: '6-10', note: '' });
    expect(byName['调解笔录']).toEqual({ pages: '11-14', note: '' });
    expect(byName['调解协议书']).toEqual({ pages: '', note: '无' }); // no agreement was reached: not needed
    expect(kind('file-index').caveat(software())).toBe(UNNUMBERED_CAVEAT);
  });
});

describe('every kind', () => {
  it.each(DOCUMENT_KINDS.map((k) => [k.kind, k] as const))('%s: every wording paragraph is used, and every variable it may use is filled', (_name, k) => {
    const c = trademark(); // court-delegated, so the conditional paragraphs show too
    for (const key of Object.keys(k.wording)) {
      const allowed = [...COMMON_VARIABLES, ...(k.wording[key]?.variables ?? [])];
      const text = `标记${key}：${allowed.map((v) => `{${v}}`).join('/')}`;
      const model = composeDocument(k, composeInputFor(c, { overrides: { [key]: text } }));
      const line = modelLines(model).find((l) => l.includes(`标记${key}：`));
      expect(line, `${k.kind}.${key} is not printed`).toBeDefined();
      expect(line, `${k.kind}.${key}`).not.toMatch(/[{}]/);
    }
  });

  it.each(DOCUMENT_KINDS.map((k) => [k.kind, k] as const))('%s: starts each copy with its title, and the document with the kind’s title', (_name, k) => {
    for (const c of [trademark(), patent(), software()]) {
      const model = composeDocument(k, composeInputFor(c));
      expect(model.title).toBe(k.title);
      const copies = copiesOf(model);
      expect(copies).toHaveLength(targetsOf(k, c).length);
      for (const copy of copies) expect(copy[0]).toMatchObject({ type: 'title' });
    }
  });

  it('keeps characters that cannot be in a file name out of it', () => {
    const c = sampleCase(0, (raw) => (raw.parties[1].name = '惠民/便利:超市*"<1>"|?'));
    expect(compose('rights-notice', c, {}, [{ party: 1 }]).fileName).toBe('（2026）豫郑知调字第0003号-当事人权利义务告知书-惠民_便利_超市___1____');
  });
});
