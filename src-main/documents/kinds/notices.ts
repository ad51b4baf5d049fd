import { chineseDate } from '../../domain/chinese-format';
import { CASE_CATEGORIES } from '../../domain/categories';
import type { ExchangeCase } from '../../domain/exchange';
import { PARTY_ROLES, REFERRED_SOURCES } from '../../domain/vocabulary';
import { caveats, numberCaveat, partyAt, type DocContext, type DocumentKind, type Target } from '../kind';
import { para, type Block } from '../model';

/** 受理通知书 and 不予受理通知书, one addressed to each party. */

function otherSide(c: ExchangeCase, target: Target): string {
  const me = partyAt(c, target);
  return c.parties
    .filter((p) => p !== me && p.role !== me.role)
    .map((p) => p.name)
    .join('、');
}

function received(ctx: DocContext): string {
  const c = ctx.c;
  return REFERRED_SOURCES.includes(c.source) && c.referral
    ? `${c.referral.body}${c.referral.referenceNumber ? `以${c.referral.referenceNumber}` : ''}移送的`
    : `本会于${chineseDate(c.receivedOn)}收到的`;
}

function head(ctx: DocContext, title: string, target: Target): Block[] {
  const p = partyAt(ctx.c, target);
  return [{ type: 'title', text: title }, { type: 'number', text: ctx.caseNumber }, para(`${p.name}：`, { indent: false })];
}

const variables = (ctx: DocContext, target: Target) => ({
  当事人: partyAt(ctx.c, target).name,
  当事人地位: PARTY_ROLES[partyAt(ctx.c, target).role],
  对方当事人: otherSide(ctx.c, target),
  纠纷类别: CASE_CATEGORIES[ctx.c.category],
  来件: received(ctx),
});

export const acceptanceNotice: DocumentKind = {
  kind: 'acceptance-notice',
  title: '受理通知书',
  per: 'party',
  served: true,
  wording: {
    body: {
      label: '受理决定',
      text: '{来件}你（单位）与{对方当事人}之间的{纠纷类别}调解申请，经审查，符合受理条件，本会决定于{受理日期}予以受理。',
      variables: ['来件', '当事人', '当事人地位', '对方当事人'],
    },
    mediator: {
      label: '调解员与联系方式',
      text: '本案由调解员{调解员}负责调解。如有疑问，请与本会联系，联系电话：{组织电话}。',
      variables: ['来件', '当事人', '当事人地位', '对方当事人'],
    },
    bring: {
      label: '需要准备的材料',
      variables: ['来件', '当事人', '当事人地位', '对方当事人'],
      text: '请在调解会议时携带身份证明（法人或其他组织请携带营业执照副本、法定代表人或负责人身份证明）、授权委托书以及与纠纷有关的证据材料。{收费说明}',
    },
  },
  caveat: (c) => caveats(c.acceptedOn ? null : '案件尚未受理，受理日期将留空', numberCaveat(c)),
  build(ctx, target) {
    const v = variables(ctx, target);
    return [
      ...head(ctx, '受理通知书', target),
      para(ctx.wording('body', v)),
      para(ctx.wording('mediator', v)),
      para(ctx.wording('bring', v)),
      para('特此通知。'),
      { type: 'seal', organization: ctx.organization.name, date: chineseDate(ctx.today) },
    ];
  },
};

export const refusalNotice: DocumentKind = {
  kind: 'refusal-notice',
  title: '不予受理通知书',
  per: 'party',
  served: true,
  wording: {
    body: {
      label: '不予受理决定',
      text: '{来件}你（单位）与{对方当事人}之间的{纠纷类别}调解申请，经审查，因{不予受理理由}，本会决定不予受理。',
      variables: ['来件', '当事人', '当事人地位', '对方当事人', '不予受理理由'],
    },
    routes: {
      label: '其他解决途径',
      text: '你（单位）可以依法通过仲裁、向有关行政机关申请处理或者向人民法院提起诉讼等途径解决纠纷。申请调解的，诉讼时效自申请之日起中断。',
    },
    returned: { label: '法院委派案件的退回', text: '本案系{移送机关}委派（委托）调解，本会将同时将案件及不予受理的情况函告{移送机关}。' },
  },
  caveat: (c) => caveats(c.refusal ? null : '案件未作不予受理决定，理由将留空', numberCaveat(c)),
  build(ctx, target) {
    // without a recorded decision the reason is left blank, to be written by hand
    const v = { ...variables(ctx, target), 不予受理理由: ctx.c.refusal?.reason.replace(/[。；;]+$/, '') ?? '＿＿＿＿＿＿＿＿＿＿＿＿' };
    const fromCourt = (ctx.c.source === 'court_delegated' || ctx.c.source === 'court_entrusted') && ctx.c.referral;
    return [
      ...head(ctx, '不予受理通知书', target),
      para(ctx.wording('body', v)),
      para(ctx.wording('routes', v)),
      ...(fromCourt ? [para(ctx.wording('returned', v))] : []),
      para('特此通知。'),
      { type: 'seal', organization: ctx.organization.name, date: chineseDate(ctx.c.refusal?.on ?? ctx.today) },
    ];
  },
};
