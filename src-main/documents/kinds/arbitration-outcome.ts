import { TRIBUNAL_ROLES, tribunalInOrder, type ArbitrationView } from '../../domain/arbitration';
import { chineseDate, headingNumber, renminbi } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { commissionCaveat, commissionHead, commissionName, commissionVariables, viewOf } from '../arbitration-parts';
import { caveats, type DocContext, type DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { allPartyParagraphs, BLANK, ruledLines, termBlocks } from '../parts';

/**
 * 和解裁决书 and 仲裁调解书 (`documents.md`; 仲裁法 arts. 49, 51–52, 54): the commission's paper
 * that gives a settlement reached during arbitration the force of an award. Both print the
 * commission, its number, the parties with their agents, the tribunal, the claims, the settlement
 * as the agreement's terms, the costs, the arbitrators' signatures, the seal and the clerk; they
 * differ in what the tribunal says of the settlement and when the paper takes effect. The award
 * without a settlement (裁决书, art. 54) has the same frame around the tribunal's own findings,
 * reasons and rulings.
 */

const UNDATED = '　　年　　月　　日';

const VARIABLES = ['仲裁委员会', '仲裁受理日期', '仲裁庭', '达成方式', '法律依据', '仲裁费用', '费用负担'] as const;
const AWARD_VARIABLES = ['仲裁委员会', '仲裁受理日期', '仲裁庭', '开庭日期', '仲裁费用', '费用负担'] as const;

const INTRO = {
  label: '受理与组庭',
  text: '{仲裁委员会}（以下简称本会）根据申请人{申请人}与被申请人{被申请人}之间的仲裁协议，于{仲裁受理日期}受理了双方之间的{纠纷类别}仲裁案。本会依法组成由{仲裁庭}组成的仲裁庭审理本案。',
  variables: VARIABLES,
};
const COSTS = { label: '仲裁费用', text: '本案仲裁费用{仲裁费用}，{费用负担}。', variables: VARIABLES };

/** `人民币3,550.00元（其中案件受理费…、案件处理费…）`, or a blank to fill when the amount in dispute is unknown. */
function feesText(fees: ArbitrationView['fees']): string {
  if (!fees) return `人民币${BLANK}元`;
  if (fees.handling === 0) return renminbi(fees.acceptance);
  return `${renminbi(fees.acceptance + fees.handling)}（其中案件受理费${renminbi(fees.acceptance)}，案件处理费${renminbi(fees.handling)}）`;
}

/** Who bears the costs: as a term of the settlement says, or a blank for the tribunal to fill. */
function costsBorne(c: ExchangeCase): string {
  const i = c.agreement?.terms.findIndex((t) => t.kind === 'costs') ?? -1;
  return i >= 0 ? `按上述协议第${headingNumber(1, i + 1).replace('、', '')}项的约定负担` : `由${BLANK}负担`;
}

function claimBlocks(c: ExchangeCase): Block[] {
  const claims = c.requests.length > 0 ? c.requests : [BLANK];
  return [para('申请人的仲裁请求：', { bold: true }), ...claims.map((r, i) => para(`${i + 1}. ${r}`))];
}

/** Each arbitrator signs under their seat; before the tribunal is composed, one unnamed line. */
function arbitratorLines(view: ArbitrationView): Block {
  const members = view.tribunal.length > 0 ? tribunalInOrder(view.tribunal).map((m) => `${TRIBUNAL_ROLES[m.role]}${m.name}`) : [TRIBUNAL_ROLES.member];
  return { type: 'signatures', lines: members.map((m) => ({ label: m })) };
}

function outcomeCaveat(c: ExchangeCase): string | null {
  return caveats(c.agreement && c.agreement.terms.length > 0 ? null : '本案尚无和解协议的条款，裁决（调解）内容将留空');
}

/** Beside the commission's blanks, the arbitrators' names while the tribunal is not composed. */
const outcomeArbitrationCaveat = (view: ArbitrationView): string | null =>
  caveats(view.tribunal.length > 0 ? null : '仲裁庭尚未组成，仲裁员署名处将不具名', commissionCaveat(view));

/** What the tribunal says before the settlement's terms and after them, with the paper's values. */
interface Settlement {
  before: Block[];
  after: Block[];
}

function outcomeDocument(ctx: DocContext, title: string, settlement: (v: Record<string, string>) => Settlement): Block[] {
  const v = outcomeVariables(viewOf(ctx), ctx.c);
  const said = settlement(v);
  return framed(ctx, title, v, [...said.before, ...termBlocks(ctx.c), ...said.after]);
}

/** The frame every outcome paper shares: the head, the parties, how the case came, the claims; then its body; then the costs, the effect and the signatures. */
function framed(ctx: DocContext, title: string, v: Record<string, string>, body: Block[], afterIntro: Block[] = []): Block[] {
  const view = viewOf(ctx);
  return [
    ...commissionHead(view, title),
    ...allPartyParagraphs(ctx.c),
    para(ctx.wording('intro', v)),
    ...afterIntro,
    ...claimBlocks(ctx.c),
    ...body,
    para(ctx.wording('costs', v)),
    para(ctx.wording('effect')),
    arbitratorLines(view),
    { type: 'seal', organization: commissionName(view), date: view.decidedOn ? chineseDate(view.decidedOn) : UNDATED },
    para(`书记员：${view.secretary ?? BLANK}`, { align: 'right', indent: false }),
  ];
}

function outcomeVariables(view: ArbitrationView, c: ExchangeCase): Record<string, string> {
  return {
    ...commissionVariables(view),
    达成方式: view.settlement === 'own' ? '自行和解' : '在仲裁庭主持下经调解',
    法律依据: view.settlement === 'own' ? '第四十九条' : '第五十一条',
    仲裁费用: feesText(view.fees),
    费用负担: costsBorne(c),
  };
}

export const awardOnSettlement: DocumentKind = {
  kind: 'award-on-settlement',
  title: '和解裁决书',
  per: 'case',
  served: true,
  usesArbitration: true,
  wording: {
    intro: INTRO,
    settlement: {
      label: '和解与裁决依据',
      text: '仲裁过程中，双方当事人{达成方式}，达成和解协议，并请求仲裁庭根据和解协议作出裁决。仲裁庭经审查认为，和解协议是双方当事人的真实意思表示，其内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人的合法权益，予以确认。依照《中华人民共和国仲裁法》{法律依据}的规定，裁决如下：',
      variables: VARIABLES,
    },
    costs: COSTS,
    effect: { label: '效力', text: '本裁决为终局裁决，自作出之日起发生法律效力。' },
  },
  caveat: outcomeCaveat,
  arbitrationCaveat: outcomeArbitrationCaveat,
  build(ctx) {
    return outcomeDocument(ctx, '裁决书', (v) => ({ before: [para(ctx.wording('settlement', v))], after: [] }));
  },
};

export const arbitrationMediationStatement: DocumentKind = {
  kind: 'arbitration-mediation-statement',
  title: '仲裁调解书',
  per: 'case',
  served: true,
  usesArbitration: true,
  wording: {
    intro: INTRO,
    settlement: { label: '调解结果', text: '仲裁过程中，经仲裁庭主持调解，双方当事人自愿达成如下协议：' },
    confirmation: {
      label: '仲裁庭确认',
      text: '上述协议是双方当事人的真实意思表示，其内容不违反法律、行政法规的强制性规定，仲裁庭予以确认。依照《中华人民共和国仲裁法》第五十一条、第五十二条的规定，制作本调解书。',
    },
    costs: COSTS,
    effect: { label: '效力', text: '本调解书与裁决书具有同等法律效力，经双方当事人签收后即发生法律效力。' },
  },
  caveat: outcomeCaveat,
  arbitrationCaveat: outcomeArbitrationCaveat,
  build(ctx) {
    return outcomeDocument(ctx, '调解书', () => ({ before: [para(ctx.wording('settlement'))], after: [para(ctx.wording('confirmation'))] }));
  },
};

/** A heading of the award's reasoning (`仲裁庭查明：`) and its text, a paragraph per line written; ruled lines while not written. */
function section(heading: string, text: string | undefined, blankLines: number): Block[] {
  const lines = text?.split(/\n+/).map((l) => l.trim()).filter(Boolean) ?? [];
  return [para(heading, { bold: true }), ...(lines.length > 0 ? lines.map((l) => para(l)) : ruledLines(blankLines))];
}

/** The days the tribunal heard the case (`2026年6月3日、2026年6月20日`), or a blank date. */
const hearingDays = (c: ExchangeCase): string => [...new Set(c.sessions.map((s) => s.startsAt.slice(0, 10)))].map(chineseDate).join('、') || UNDATED;

/** Said in place of the facts and reasons when the parties agreed to leave them out (art. 54); only then. */
const OMITTED = '根据双方当事人的协议，本裁决书不写明争议事实和裁决理由（《中华人民共和国仲裁法》第五十四条）。';

export const arbitrationAward: DocumentKind = {
  kind: 'arbitration-award',
  title: '裁决书',
  per: 'case',
  served: true,
  usesArbitration: true,
  commissionOnly: true,
  wording: {
    intro: { ...INTRO, variables: AWARD_VARIABLES },
    hearing: { label: '开庭审理', text: '仲裁庭于{开庭日期}开庭审理了本案。本案现已审理终结。', variables: AWARD_VARIABLES },
    ruling: { label: '裁决', text: '依照《中华人民共和国仲裁法》第五十四条的规定，仲裁庭裁决如下：' },
    costs: { ...COSTS, variables: AWARD_VARIABLES },
    effect: { label: '效力', text: '本裁决为终局裁决，自作出之日起发生法律效力。' },
  },
  caveat: () => null,
  arbitrationCaveat: (view) => caveats(view.award ? null : '仲裁庭尚未作出裁决，答辩、查明的事实、仲裁庭意见和裁决事项将留出空行', outcomeArbitrationCaveat(view)),
  build(ctx) {
    const view = viewOf(ctx);
    const award = view.award;
    const v = { ...commissionVariables(view), 开庭日期: hearingDays(ctx.c), 仲裁费用: feesText(view.fees), 费用负担: award?.costs ?? `由${BLANK}负担` };
    const reasons = award?.omitReasons ? [para(OMITTED)] : [...section('仲裁庭查明：', award?.findings, 6), ...section('仲裁庭认为：', award?.reasoning, 6)];
    const rulings = award ? award.rulings : [BLANK];
    return framed(
      ctx,
      '裁决书',
      v,
      [
        ...(award && !award.defence ? [] : section('被申请人答辩称：', award?.defence, 4)),
        ...reasons,
        para(ctx.wording('ruling')),
        ...rulings.map((r, i) => para(`${headingNumber(1, i + 1)}${r}`)),
      ],
      [para(ctx.wording('hearing', v))],
    );
  },
};
