import { CASE_CATEGORIES } from '../../domain/categories';
import { chineseDate, chineseNumeral } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { packetContents, packetRouteOf, type PacketRoute } from '../../domain/packet';
import { caveats, numberCaveat, partyAt, type DocContext, type DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { agreedOn, BLANK, BLANK_DATE, howSigned, partiesInOrder, partyParagraphs, partyWithAgents } from '../parts';

/**
 * The judicial confirmation packet's own papers (`documents.md`; 民事诉讼法 arts. 205–206):
 * the joint 司法确认申请书 addressed to the court, a 承诺书 from each party, and the 材料清单 of
 * every item with whether it is ready.
 */
const courtOf = (ctx: DocContext) => ctx.court ?? '＿＿＿＿＿＿人民法院';

/** The parties as `申请人一`, `申请人二`… in role order, each with its agents. */
function applicantBlocks(c: ExchangeCase): Block[] {
  const parties = partiesInOrder(c);
  return parties.flatMap((p, i) => partyWithAgents(p, parties.length > 1 ? `申请人${chineseNumeral(i + 1)}` : '申请人'));
}

/** `河南嵩岳食品有限公司、管城回族区惠民便利超市` — everyone in role order. */
const everyone = (c: ExchangeCase) => partiesInOrder(c).map((p) => p.name);

/** The variables of the confirmation papers' wording. */
function confirmationVariables(ctx: DocContext): Record<string, string> {
  const c = ctx.c;
  const names = everyone(c);
  const sessions = c.sessions.map((s) => chineseDate(s.startsAt.slice(0, 10)));
  return {
    申请人甲: names[0] ?? BLANK,
    申请人乙: names.slice(1).join('、') || BLANK,
    协议日期: agreedOn(c),
    协议编号: c.agreement?.number ?? ctx.caseNumber,
    调解日期: sessions.length > 0 ? [...new Set(sessions)].join('、') : BLANK_DATE,
    法院: courtOf(ctx),
    纠纷类别: CASE_CATEGORIES[c.category],
  };
}

const CONFIRMATION_VARIABLES = ['申请人甲', '申请人乙', '协议日期', '协议编号', '调解日期', '法院'] as const;

const unsigned = (c: ExchangeCase) => (c.agreement?.signedOn ? null : '调解协议尚未签署，协议日期将留空');
const noAgreement = (c: ExchangeCase) => (c.agreement ? null : '本案尚无调解协议');

export const confirmationApplication: DocumentKind = {
  kind: 'confirmation-application',
  title: '司法确认申请书',
  per: 'case',
  usesCourt: true,
  wording: {
    request: { label: '请求事项', text: '确认申请人{申请人甲}与申请人{申请人乙}于{协议日期}经{组织名称}主持调解达成的调解协议有效。', variables: CONFIRMATION_VARIABLES },
    facts: {
      label: '事实和理由',
      text: '申请人{申请人甲}与申请人{申请人乙}因{纠纷类别}发生争议，{组织名称}于{受理日期}受理调解，并于{调解日期}主持调解。双方于{协议日期}自愿达成调解协议（编号：{协议编号}），协议自各方签名、盖章并经调解组织盖章之日起生效。',
      variables: CONFIRMATION_VARIABLES,
    },
    lawful: {
      label: '协议合法性说明',
      text: '该调解协议系双方当事人真实意思表示，内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益，不违背公序良俗。申请人在调解协议生效之日起三十日内共同提出本申请，依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条的规定，请求人民法院依法确认该调解协议有效。',
      variables: CONFIRMATION_VARIABLES,
    },
  },
  caveat: (c) => caveats(noAgreement(c), unsigned(c), numberCaveat(c)),
  build(ctx) {
    const c = ctx.c;
    const v = confirmationVariables(ctx);
    const annexes = [...new Set(packetContents('judicial_confirmation', c, { identityPapers: ctx.partyDocuments }).slice(1).map((i) => i.name.replace(/（.*$/u, '')))];
    return [
      { type: 'title', text: '司法确认申请书' },
      ...applicantBlocks(c),
      para('请求事项：', { bold: true, indent: false }),
      para(ctx.wording('request', v)),
      para('事实和理由：', { bold: true, indent: false }),
      para(ctx.wording('facts', v)),
      para(ctx.wording('lawful', v)),
      para('此致', { indent: true }),
      para(courtOf(ctx), { indent: false }),
      { type: 'signatures', lines: partiesInOrder(c).map((p, i, all) => ({ label: `申请人${all.length > 1 ? chineseNumeral(i + 1) : ''}（${howSigned(p)}）` })) },
      para(BLANK_DATE, { align: 'right', indent: false }),
      para('附：', { indent: false }),
      ...annexes.map((name, i) => para(`${i + 1}. ${name}`)),
    ];
  },
};

export const commitment: DocumentKind = {
  kind: 'commitment',
  title: '承诺书',
  per: 'party',
  usesCourt: true,
  wording: {
    opening: {
      label: '承诺缘由',
      text: '承诺人{当事人}与{对方当事人}于{协议日期}经{组织名称}主持调解达成调解协议，现共同向{法院}申请司法确认。承诺人郑重承诺如下：',
      variables: [...CONFIRMATION_VARIABLES, '当事人', '对方当事人'],
    },
    promises: {
      label: '承诺事项',
      text: '一、本次申请司法确认出于承诺人真实意愿，系自愿提出。\n二、承诺人与对方当事人之间不存在恶意串通，调解协议不损害国家利益、社会公共利益和他人合法权益。\n三、承诺人提交的全部材料真实、合法、有效。\n四、承诺人知悉以虚假调解、虚假诉讼等方式侵害他人合法权益的，将依法承担相应的法律责任。\n五、承诺人知悉调解协议经人民法院裁定确认有效后，一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
    },
    electronic: { label: '同意电子送达（当事人同意时）', text: '六、承诺人同意人民法院通过电子方式向其送达法律文书。' },
  },
  caveat: (c) => caveats(noAgreement(c), unsigned(c)),
  build(ctx, target) {
    const c = ctx.c;
    const p = partyAt(c, target);
    const v = { ...confirmationVariables(ctx), 当事人: p.name, 对方当事人: everyone(c).filter((n) => n !== p.name).join('、') || BLANK };
    return [
      { type: 'title', text: '承诺书' },
      ...partyParagraphs(p, '承诺人'),
      para(ctx.wording('opening', v)),
      ...ctx
        .wording('promises', v)
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => para(l.trim())),
      ...(p.serviceAddress?.acceptsElectronicService ? [para(ctx.wording('electronic', v))] : []),
      { type: 'signatures', lines: [{ label: `承诺人（${howSigned(p)}）`, withDate: true }] },
    ];
  },
};

/** Whom the papers go to, and what the list's title says before 材料清单. */
function addressee(ctx: DocContext, route: PacketRoute): { label: string; value: string; title: string } {
  const e = ctx.c.enforcement;
  if (route === 'notarization') return { label: '公证机构', value: e?.notaryOffice ?? BLANK, title: '赋强公证申请' };
  if (route === 'arbitration') return { label: '仲裁委员会', value: e?.arbitrationCommission ?? BLANK, title: '仲裁' };
  return { label: '受理法院', value: courtOf(ctx), title: '司法确认申请' };
}

export const materialsList: DocumentKind = {
  kind: 'materials-list',
  title: '材料清单',
  per: 'case',
  usesCourt: true,
  wording: {},
  caveat: (c) => caveats(noAgreement(c), numberCaveat(c)),
  build(ctx) {
    const c = ctx.c;
    const route = packetRouteOf(c);
    const items = packetContents(route, c, { identityPapers: ctx.partyDocuments });
    const to = addressee(ctx, route);
    return [
      { type: 'title', issuer: to.title, text: '材料清单' },
      { type: 'fields', rows: [{ label: '案号', value: ctx.caseNumber }, { label: '当事人', value: everyone(c).join('、') }, { label: to.label, value: to.value }] },
      {
        type: 'table',
        columns: [
          { header: '序号', width: 10 },
          { header: '材料名称', width: 52 },
          { header: '份数', width: 10 },
          { header: '页数', width: 10 },
          { header: '备注', width: 18 },
        ],
        rows: items.map((item, i) => [String(i + 1), item.name, String(item.copies), '', [item.ready ? '已备' : '待补', item.note].filter(Boolean).join('，')]),
      },
      para(`共${items.length}项，其中已备${items.filter((i) => i.ready).length}项，待补${items.filter((i) => !i.ready).length}项。`),
      { type: 'seal', organization: ctx.organization.name, date: chineseDate(ctx.today) },
    ];
  },
};
