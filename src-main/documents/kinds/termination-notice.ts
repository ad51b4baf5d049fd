import { chineseDate } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import type { TERMINATION_REASONS } from '../../domain/vocabulary';
import { caveats, numberCaveat, partyAt, type DocumentKind } from '../kind';
import { para } from '../model';
import { BLANK_DATE } from '../parts';

/**
 * 终止调解通知书, one addressed to each party (`documents.md`; 人民调解法 art. 26): why and when
 * mediation ended, the other routes open to the party, and — for a case a court sent — that the
 * court is told. Before the case is terminated the reason and the date are left blank.
 */

/** Each reason of the exchange list as the notice says it, after `因`. */
const REASONS: Record<keyof typeof TERMINATION_REASONS, string> = {
  agreement_reached: '各方当事人已达成调解协议',
  withdrawn: '申请人撤回调解申请或者当事人已自行和解',
  unreachable: '无法与当事人取得联系',
  party_refused: '当事人明确表示不愿继续调解',
  positions_apart: '双方当事人分歧较大，难以达成调解协议',
  period_expired: '调解期限届满，当事人未同意延长',
  refused_to_sign: '当事人拒绝签署调解协议',
  other: '出现其他致使调解无法继续进行的情形',
};

function reasonOf(c: ExchangeCase): string {
  const t = c.termination;
  if (!t) return '＿＿＿＿＿＿＿＿＿＿＿＿';
  // “other” says what it was in the note
  if (t.reason === 'other' && t.note?.trim()) return t.note.trim().replace(/[。；;，,.]+$/u, '');
  return REASONS[t.reason];
}

const fromCourt = (c: ExchangeCase) => (c.source === 'court_delegated' || c.source === 'court_entrusted') && Boolean(c.referral);

const VARIABLES = ['当事人', '对方当事人', '终止原因', '终止日期', '委派或委托'] as const;

export const terminationNotice: DocumentKind = {
  kind: 'termination-notice',
  title: '终止调解通知书',
  per: 'party',
  served: true,
  wording: {
    body: {
      label: '终止调解决定',
      text: '你（单位）与{对方当事人}之间的{纠纷类别}，本会于{受理日期}受理调解。因{终止原因}，依照《中华人民共和国人民调解法》第二十六条的规定，本会决定自{终止日期}起终止调解。',
      variables: VARIABLES,
    },
    routes: {
      label: '其他解决途径',
      text: '你（单位）可以依法通过仲裁、向有关行政机关申请处理或者向人民法院提起诉讼等途径解决纠纷。因申请调解而中断的诉讼时效，自调解终止之日起重新计算。',
      variables: VARIABLES,
    },
    court: {
      label: '法院委派、委托案件的函告',
      text: '本案系{移送机关}{委派或委托}调解的案件，本会将把终止调解的情况书面函告{移送机关}，并退回相关案件材料。',
      variables: VARIABLES,
    },
  },
  caveat: (c) => caveats(c.termination ? null : '案件尚未终止调解，终止原因和日期将留空', numberCaveat(c)),
  build(ctx, target) {
    const c = ctx.c;
    const p = partyAt(c, target);
    const v = {
      当事人: p.name,
      对方当事人: c.parties
        .filter((x) => x !== p && x.role !== p.role)
        .map((x) => x.name)
        .join('、'),
      终止原因: reasonOf(c),
      终止日期: c.termination ? chineseDate(c.termination.on) : BLANK_DATE,
      委派或委托: c.source === 'court_entrusted' ? '委托' : '委派',
    };
    return [
      { type: 'title', text: '终止调解通知书' },
      { type: 'number', text: ctx.caseNumber },
      para(`${p.name}：`, { indent: false }),
      para(ctx.wording('body', v)),
      // an agreement reached leaves nothing to pursue elsewhere
      ...(c.termination?.reason === 'agreement_reached' ? [] : [para(ctx.wording('routes', v))]),
      ...(fromCourt(c) ? [para(ctx.wording('court', v))] : []),
      para('特此通知。'),
      { type: 'seal', organization: ctx.organization.name, date: chineseDate(c.termination?.on ?? ctx.today) },
    ];
  },
};
