import { APPOINTERS, TRIBUNAL_ROLES, tribunalInOrder } from '../../domain/arbitration';
import { chineseDate } from '../../domain/chinese-format';
import { commissionCaveat, commissionHead, commissionName, commissionVariables, viewOf } from '../arbitration-parts';
import { caveats, partyAt, type DocumentKind } from '../kind';
import { para } from '../model';
import { BLANK } from '../parts';

/**
 * 组庭通知书 (仲裁法第三十条至第三十三条), one to each party: the tribunal as composed — each
 * arbitrator with the seat and how chosen — and the party's right to ask for a recusal, with when.
 */
const VARIABLES = ['仲裁委员会', '组庭日期', '仲裁庭', '仲裁秘书'] as const;

export const tribunalNotice: DocumentKind = {
  kind: 'tribunal-notice',
  title: '组庭通知书',
  per: 'party',
  served: true,
  usesArbitration: true,
  commissionOnly: true,
  wording: {
    composition: {
      label: '组庭情况',
      text: '申请人{申请人}与被申请人{被申请人}之间的{纠纷类别}仲裁案，根据《中华人民共和国仲裁法》第三十条、第三十一条的规定，本会已于{组庭日期}组成仲裁庭，由{仲裁庭}审理本案。',
      variables: VARIABLES,
    },
    recusal: {
      label: '回避申请',
      text: '当事人认为仲裁员有《中华人民共和国仲裁法》第三十四条规定情形之一的，有权提出回避申请，并说明理由。回避申请应当在首次开庭前提出；回避事由在首次开庭后知道的，可以在最后一次开庭终结前提出。',
    },
    contact: { label: '联系方式', text: '本案仲裁秘书：{仲裁秘书}；联系电话：{组织电话}。', variables: VARIABLES },
  },
  caveat: () => null,
  arbitrationCaveat: (view) => caveats(view.tribunal.length > 0 ? null : '仲裁庭尚未组成，仲裁员将留空', commissionCaveat(view)),
  build(ctx, target) {
    const view = viewOf(ctx);
    const v = commissionVariables(view);
    const rows = view.tribunal.length > 0 ? tribunalInOrder(view.tribunal).map((m) => [TRIBUNAL_ROLES[m.role], m.name, m.appointedBy ? APPOINTERS[m.appointedBy] : '']) : [['', BLANK, '']];
    return [
      ...commissionHead(view, '组庭通知书'),
      para(`${partyAt(ctx.c, target).name}：`, { indent: false }),
      para(ctx.wording('composition', v)),
      {
        type: 'table',
        columns: [
          { header: '席位', width: 25 },
          { header: '仲裁员', width: 35 },
          { header: '产生方式', width: 40 },
        ],
        rows,
      },
      para(ctx.wording('recusal')),
      para(ctx.wording('contact', v)),
      { type: 'seal', organization: commissionName(view), date: chineseDate(ctx.today) },
    ];
  },
};
