import { TRIBUNAL_ROLES, tribunalInOrder, tribunalText } from '../../domain/arbitration';
import { chineseNumeral } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { SESSION_MODES } from '../../domain/vocabulary';
import { commissionCaveat, commissionHead, commissionVariables, viewOf } from '../arbitration-parts';
import { caveats, type DocContext, type DocumentKind } from '../kind';
import { recordBlocks, unrecordedCaveat, type RecordVoice } from './session-record';

/**
 * 庭审笔录 (仲裁法第四十八条): the record of one hearing, made like the session record but in the
 * tribunal's voice — 案由, the tribunal with each arbitrator's seat, the clerk (书记员), the
 * notices the tribunal gives, the statements, and the signatures of everyone present, the
 * arbitrators and the clerk included.
 */

type Session = ExchangeCase['sessions'][number];

/** The arbitrator's seat on the tribunal, or 仲裁员 for one the tribunal does not list. */
const seatOf = (ctx: DocContext, name: string): string => {
  const member = viewOf(ctx).tribunal.find((m) => m.name === name);
  return member ? TRIBUNAL_ROLES[member.role] : TRIBUNAL_ROLES.member;
};

/** The tribunal's names, presiding first. */
const tribunalNames = (ctx: DocContext): string[] => tribunalInOrder(viewOf(ctx).tribunal).map((m) => m.name);
/** Who sat at the hearing, presiding first: those the session names, else the whole tribunal. */
const arbitratorsOf = (ctx: DocContext, s: Session): string[] => {
  const order = tribunalNames(ctx);
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return s.mediators.length > 0 ? [...s.mediators].sort((a, b) => rank(a) - rank(b)) : order;
};

const HEARING_VOICE: RecordVoice = {
  matter: '案由',
  mode: (m) => `${SESSION_MODES[m]}开庭`,
  presiding: { label: '仲裁庭', value: (ctx, s) => arbitratorsOf(ctx, s).map((n) => `${seatOf(ctx, n)}${n}`).join('、') },
  recorder: '书记员',
  staff: (ctx, s, name) => {
    if (!s.mediators.includes(name) && !viewOf(ctx).tribunal.some((m) => m.name === name) && !ctx.c.mediators.some((m) => m.name === name)) return null;
    const seat = seatOf(ctx, name);
    return { speaker: `${seat}${name}`, attending: `${name}（${seat}）`, signs: `${seat}（签名）` };
  },
  staffSigns: (ctx, s) => {
    const names = s ? arbitratorsOf(ctx, s) : tribunalNames(ctx);
    return names.length > 0 ? names.map((n) => `${seatOf(ctx, n)}（签名）`) : ['仲裁员（签名）'];
  },
  variables: (ctx, s, session) => {
    const view = viewOf(ctx);
    const common = commissionVariables(view);
    if (!s) return { ...common, 次数: '第＿＿次', 书记员: view.secretary ?? '＿＿＿＿' };
    const named = arbitratorsOf(ctx, s).map((n) => `${seatOf(ctx, n)}${n}`);
    return { ...common, 次数: `第${chineseNumeral(session + 1)}次`, 仲裁庭: named.join('、') || (view.tribunal.length > 0 ? tribunalText(view.tribunal) : common.仲裁庭), 书记员: s.recorder ?? view.secretary ?? '＿＿＿＿' };
  },
  result: {
    label: '庭审结果',
    outcomes: {
      agreement: '庭审中，双方当事人达成和解协议，请求仲裁庭根据和解协议作出裁决书或者制作调解书。',
      continue: '本次庭审结束，仲裁庭将另行通知继续开庭的时间、地点。',
      failed: '双方当事人未能达成和解协议，仲裁庭将依法作出裁决。',
    },
    blank: '达成和解　　　继续开庭　　　待仲裁庭裁决',
  },
  unrecorded: { statements: '开庭未记录陈述，笔录正文将留出空行手写', none: '案件尚无开庭记录，将生成空白庭审笔录' },
};

const VARIABLES = ['次数', '仲裁委员会', '仲裁庭', '书记员'] as const;

export const hearingRecord: DocumentKind = {
  kind: 'hearing-record',
  title: '庭审笔录',
  per: 'session',
  usesArbitration: true,
  commissionOnly: true,
  pageNumbers: 'pageOfTotal',
  wording: {
    opening: {
      label: '宣布开庭',
      text: '仲裁庭：现在开庭。{仲裁委员会}受理的申请人{申请人}与被申请人{被申请人}之间的{纠纷类别}仲裁案，今天进行{次数}开庭审理。本案由{仲裁庭}组成仲裁庭，{书记员}担任书记员。依照《中华人民共和国仲裁法》第四十条的规定，本案不公开审理。',
      variables: VARIABLES,
    },
    rights: {
      label: '告知权利义务',
      text: '仲裁庭：本会已向双方当事人送达仲裁规则和仲裁员名册。当事人在仲裁中有权委托代理人，有权申请回避，有权提供证据、进行质证和辩论，有权自行和解或者请求仲裁庭调解，有权在辩论终结时作最后陈述，认为笔录对自己陈述的记录有遗漏或者差错的有权申请补正；应当如实陈述，对自己的主张提供证据，遵守庭审纪律。双方是否清楚？',
      variables: VARIABLES,
    },
    rightsAnswer: { label: '当事人对权利义务告知的回答', text: '清楚。', variables: VARIABLES },
    recusal: {
      label: '告知回避',
      text: '仲裁庭：仲裁员是本案当事人或者当事人、代理人的近亲属，与本案有利害关系，与本案当事人、代理人有其他关系可能影响公正仲裁，或者私自会见当事人、代理人，接受当事人、代理人请客送礼的，当事人有权提出回避申请（仲裁法第三十四条）。双方是否申请回避？',
      variables: VARIABLES,
    },
    recusalAnswer: { label: '当事人对回避告知的回答', text: '不申请回避。', variables: VARIABLES },
    confidentiality: {
      label: '告知不公开审理',
      text: '仲裁庭：仲裁不公开进行。参加庭审的人员对庭审中知悉的商业秘密、个人隐私和案件情况负有保密义务。双方是否清楚？',
      variables: VARIABLES,
    },
    confidentialityAnswer: { label: '当事人对不公开审理告知的回答', text: '清楚。', variables: VARIABLES },
    closing: { label: '核对笔录', text: '以上笔录已阅，无误。', variables: VARIABLES },
  },
  caveat: (c) => unrecordedCaveat(HEARING_VOICE, c),
  arbitrationCaveat: (view) => caveats(view.tribunal.length > 0 ? null : '仲裁庭尚未组成，仲裁员将留空', commissionCaveat(view)),
  build: (ctx, target) => [...commissionHead(viewOf(ctx), '庭审笔录'), ...recordBlocks(HEARING_VOICE, ctx, target)],
};
