import { chineseDate, renminbi } from '../../domain/chinese-format';
import { parseYuan } from '../../domain/money';
import { commissionCaveat, commissionHead, commissionName, commissionVariables, viewOf } from '../arbitration-parts';
import type { DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { BLANK, namesOf } from '../parts';

/**
 * 缴纳仲裁费用通知书: the commission tells the claimant what to pay in advance — the amount in
 * dispute, the acceptance fee part by part as the schedule counts it, each handling cost the clerk
 * entered, the total — and by when and where to pay it.
 */
const VARIABLES = ['仲裁委员会', '争议金额', '仲裁费用合计', '仲裁秘书'] as const;

export const arbitrationFeeNotice: DocumentKind = {
  kind: 'arbitration-fee-notice',
  title: '缴纳仲裁费用通知书',
  per: 'case',
  served: true,
  usesArbitration: true,
  commissionOnly: true,
  wording: {
    opening: {
      label: '案由与金额',
      text: '你方与{被申请人}之间的{纠纷类别}仲裁案，本会已于{登记日期}收到你方的仲裁申请书。本案争议金额为{争议金额}，按照本会的仲裁收费标准，应预交仲裁费用{仲裁费用合计}，明细如下：',
      variables: VARIABLES,
    },
    payment: {
      label: '缴费期限',
      text: '请你方自收到本通知之日起十五日内向本会预交上述仲裁费用。逾期不预交，又不提出缓交申请的，按撤回仲裁申请处理。',
    },
    account: { label: '缴费账户', text: '户名：{仲裁委员会}；开户银行：＿＿＿＿＿＿＿＿；账号：＿＿＿＿＿＿＿＿。缴费时请注明案号。', variables: VARIABLES },
    contact: { label: '联系方式', text: '仲裁秘书：{仲裁秘书}；联系电话：{组织电话}；地址：{组织地址}。', variables: VARIABLES },
  },
  caveat: (c) => (c.claimAmount ? null : '未填写争议金额，费用明细将留空'),
  arbitrationCaveat: commissionCaveat,
  build(ctx) {
    const view = viewOf(ctx);
    const c = ctx.c;
    const claim = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
    const fees = view.fees;
    const v = {
      ...commissionVariables(view),
      争议金额: claim?.ok ? renminbi(claim.fen) : `人民币${BLANK}元`,
      仲裁费用合计: fees ? renminbi(fees.acceptance + fees.handling) : `人民币${BLANK}元`,
    };
    const rows = (fees?.items ?? []).map((item, i) => [String(i + 1), item.text, renminbi(item.fee)]);
    const table: Block = {
      type: 'table',
      columns: [
        { header: '序号', width: 10 },
        { header: '项目', width: 60 },
        { header: '金额', width: 30 },
      ],
      rows: fees ? [...rows, ['', '合计', renminbi(fees.acceptance + fees.handling)]] : [['1', '案件受理费', `人民币${BLANK}元`]],
    };
    return [
      ...commissionHead(view, '缴纳仲裁费用通知书'),
      para(`${namesOf(c, 'applicant')}：`, { indent: false }),
      para(ctx.wording('opening', v)),
      table,
      para(ctx.wording('payment')),
      para(ctx.wording('account', v)),
      para(ctx.wording('contact', v)),
      { type: 'seal', organization: commissionName(view), date: chineseDate(ctx.today) },
    ];
  },
};
