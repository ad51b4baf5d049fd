import { chineseDate } from '../../domain/chinese-format';
import { commissionCaveat, commissionHead, commissionName, commissionVariables, viewOf } from '../arbitration-parts';
import { caveats, partyAt, type DocumentKind } from '../kind';
import { para } from '../model';
import { namesOf } from '../parts';

/**
 * A commission's notices on an application (仲裁法第二十一条至第二十五条): on acceptance, the
 * claimant's 受理通知书 and the respondent's 仲裁通知书 (the application served, the answer due),
 * both with the rules, the roster and the time to choose an arbitrator; on refusal, the claimant's
 * 不予受理通知书 with the reason and the routes left.
 */
const VARIABLES = ['仲裁委员会', '仲裁受理日期', '仲裁秘书'] as const;


export const arbitrationAcceptanceNotice: DocumentKind = {
  kind: 'arbitration-acceptance-notice',
  title: '仲裁受理通知书',
  per: 'party',
  served: true,
  usesArbitration: true,
  commissionOnly: true,
  wording: {
    claimant: {
      label: '受理（致申请人）',
      text: '你方与{被申请人}之间的{纠纷类别}仲裁申请，本会已于{登记日期}收到。经审查，符合《中华人民共和国仲裁法》第二十一条规定的受理条件，本会决定于{仲裁受理日期}予以受理。现将本会仲裁规则和仲裁员名册送达你方。',
      variables: VARIABLES,
    },
    respondent: {
      label: '仲裁通知（致被申请人）',
      text: '{申请人}与你方之间的{纠纷类别}仲裁案，本会已于{仲裁受理日期}受理。现将仲裁申请书副本及其附件、本会仲裁规则和仲裁员名册送达你方。请你方自收到本通知之日起十五日内向本会提交答辩书及有关证据；你方未提交答辩书的，不影响仲裁程序的进行（仲裁法第二十五条）。',
      variables: VARIABLES,
    },
    arbitrator: {
      label: '选定仲裁员',
      text: '请你方自收到本通知之日起十五日内，从本会仲裁员名册中选定仲裁员，或者委托本会主任指定；当事人没有在规定期限内约定仲裁庭的组成方式或者选定仲裁员的，由本会主任指定（仲裁法第三十二条）。',
    },
    contact: { label: '联系方式', text: '本案仲裁秘书：{仲裁秘书}；联系电话：{组织电话}；地址：{组织地址}。', variables: VARIABLES },
  },
  caveat: (c) => (c.acceptedOn ? null : '案件尚未受理，受理日期将留空'),
  arbitrationCaveat: commissionCaveat,
  build(ctx, target) {
    const p = partyAt(ctx.c, target);
    const claimant = p.role === 'applicant';
    const view = viewOf(ctx);
    const v = commissionVariables(view);
    return [
      ...commissionHead(view, claimant ? '受理通知书' : '仲裁通知书'),
      para(`${p.name}：`, { indent: false }),
      para(ctx.wording(claimant ? 'claimant' : 'respondent', v)),
      para(ctx.wording('arbitrator')),
      para(ctx.wording('contact', v)),
      para('特此通知。'),
      { type: 'seal', organization: commissionName(view), date: chineseDate(ctx.today) },
    ];
  },
};

export const arbitrationRefusalNotice: DocumentKind = {
  kind: 'arbitration-refusal-notice',
  title: '仲裁不予受理通知书',
  per: 'case',
  served: true,
  usesArbitration: true,
  commissionOnly: true,
  wording: {
    body: {
      label: '不予受理决定',
      text: '你方与{被申请人}之间的{纠纷类别}仲裁申请，本会已于{登记日期}收到。经审查，因{不予受理理由}，不符合《中华人民共和国仲裁法》第二十一条规定的受理条件，根据该法第二十四条的规定，本会决定不予受理。',
      variables: ['不予受理理由'],
    },
    routes: { label: '其他解决途径', text: '你方可以依法向有管辖权的人民法院提起诉讼，或者与对方当事人重新达成仲裁协议后申请仲裁。' },
  },
  caveat: (c) => caveats(c.refusal ? null : '案件未作不予受理决定，理由将留空'),
  arbitrationCaveat: commissionCaveat,
  build(ctx) {
    const view = viewOf(ctx);
    const reason = ctx.c.refusal?.reason.replace(/[。；;]+$/, '') ?? '＿＿＿＿＿＿＿＿＿＿＿＿';
    return [
      ...commissionHead(view, '不予受理通知书'),
      para(`${namesOf(ctx.c, 'applicant')}：`, { indent: false }),
      para(ctx.wording('body', { 不予受理理由: reason })),
      para(ctx.wording('routes')),
      para('特此通知。'),
      { type: 'seal', organization: commissionName(view), date: chineseDate(ctx.c.refusal?.on ?? ctx.today) },
    ];
  },
};
