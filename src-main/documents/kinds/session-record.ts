import { CASE_CATEGORIES } from '../../domain/categories';
import { chinaTimestamp } from '../../domain/china-time';
import { chineseDate, chineseNumeral } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { PARTY_ROLES, REPRESENTATIVE_TITLES, SESSION_MODES, SESSION_NOTICES, type SESSION_OUTCOMES } from '../../domain/vocabulary';
import { caveats, numberCaveat, type DocContext, type DocumentKind, type Target } from '../kind';
import { para, type Block } from '../model';
import { caseTitle, partiesInOrder, ruledLines } from '../parts';

/**
 * 调解笔录: the record of one session (`documents.md`) — the heading table, the notices given and
 * each side's answer, the statements by speaker, the outcome, 以上笔录已阅，无误。 and everyone's
 * signature. One copy per session, so a clerk prints the record of the session just held; a case
 * without sessions gets an empty form to fill in by hand.
 */

type Session = ExchangeCase['sessions'][number];
type Notice = keyof typeof SESSION_NOTICES;

/** `河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷`, third parties after it. */
export function caseMatter(c: ExchangeCase): string {
  const third = c.parties.filter((p) => p.role === 'third_party').map((p) => p.name);
  return `${caseTitle(c)}${CASE_CATEGORIES[c.category]}${third.length ? `（第三人：${third.join('、')}）` : ''}`;
}

/** The day and the clock time in China: `{ date: '2026-03-10', time: '9时30分' }`. */
function moment(timestamp: string): { date: string; time: string } {
  const t = chinaTimestamp(new Date(timestamp));
  return { date: t.slice(0, 10), time: `${Number(t.slice(11, 13))}时${t.slice(14, 16)}分` };
}

/** `2026年3月10日9时30分至11时00分`; an end not recorded is left to fill in. */
function timeSpan(s: Session): string {
  const start = moment(s.startsAt);
  const end = s.endsAt ? moment(s.endsAt) : undefined;
  const until = !end ? '＿＿时＿＿分' : end.date === start.date ? end.time : `${chineseDate(end.date)}${end.time}`;
  return `${chineseDate(start.date)}${start.time}至${until}`;
}

/** `第2次（2026年5月27日）` — how a session's copy is named in lists and file names. */
export const sessionLabel = (c: ExchangeCase, session: number): string => {
  const s = c.sessions[session];
  return s ? `第${session + 1}次（${chineseDate(moment(s.startsAt).date)}）` : '';
};

/** Who a name on the record is: as a speaker (`申请人委托代理人孙立`), in the attendance list, and on the signature line. */
export interface Person {
  /** Mediators and the recorder ask and write; the others answer and sign as attendees. */
  staff: boolean;
  speaker: string;
  attending: string;
  signs: string;
}

function personOf(voice: RecordVoice, ctx: DocContext, s: Session, name: string): Person {
  const c = ctx.c;
  const staff = voice.staff(ctx, s, name);
  if (staff) return { staff: true, ...staff };
  if (s.recorder === name) return { staff: true, speaker: `${voice.recorder}${name}`, attending: `${name}（${voice.recorder}）`, signs: `${voice.recorder}（签名）` };
  for (const p of partiesInOrder(c)) {
    const role = PARTY_ROLES[p.role];
    if (p.name === name) return { staff: false, speaker: `${role}${name}`, attending: `${name}（${role}）`, signs: `${role}（${p.kind === 'natural' ? '签名/捺印' : '签名/盖章'}）` };
    if (p.kind !== 'natural' && p.representative?.name === name) {
      const title = REPRESENTATIVE_TITLES[p.kind];
      return { staff: false, speaker: `${role}${title}${name}`, attending: `${name}（${role}${p.name}的${title}）`, signs: `${role}${title}（签名）` };
    }
    if (p.agents.some((a) => a.name === name)) return { staff: false, speaker: `${role}委托代理人${name}`, attending: `${name}（${role}${p.name}的委托代理人）`, signs: `${role}委托代理人（签名）` };
  }
  return { staff: false, speaker: name, attending: name, signs: `${name}（签名）` };
}

/**
 * How a record speaks: a mediation session's 调解笔录 by its mediators and recorder, or an
 * arbitration hearing's 庭审笔录 by its tribunal and clerk. The builder is the same.
 */
export interface RecordVoice {
  /** 事由 / 案由: the heading row naming the matter. */
  matter: string;
  /** `现场调解` / `现场开庭`. */
  mode(mode: keyof typeof SESSION_MODES): string;
  /** The heading row naming who presides, and what it says for a session. */
  presiding: { label: string; value(ctx: DocContext, s: Session): string };
  /** 记录人 / 书记员. */
  recorder: string;
  /** A mediator or arbitrator as the record names them; null for anyone else. */
  staff(ctx: DocContext, s: Session, name: string): Omit<Person, 'staff'> | null;
  /** The signature lines of those who preside over a session, and of a blank record. */
  staffSigns(ctx: DocContext, s: Session | null): string[];
  /** The variables the fixed paragraphs fill in for a session (or blanks for a blank record). */
  variables(ctx: DocContext, s: Session | null, session: number): Record<string, string>;
  /** What the record says of the session's result, and the result line of a blank record. */
  result: { label: string; outcomes: Record<keyof typeof SESSION_OUTCOMES, string>; blank: string };
  /** Said when there is nothing recorded: the sessions without statements, or no session yet. */
  unrecorded: { statements: string; none: string };
}

/** The mediation's voice: the mediator's proposals are among the statements. */
const MEDIATION_VOICE: RecordVoice = {
  matter: '事由',
  mode: (m) => `${SESSION_MODES[m]}调解`,
  presiding: { label: '调解员', value: (_ctx, s) => s.mediators.join('、') },
  recorder: '记录人',
  staff: (ctx, s, name) => (s.mediators.includes(name) || ctx.c.mediators.some((m) => m.name === name) ? { speaker: `调解员${name}`, attending: `${name}（调解员）`, signs: '调解员（签名）' } : null),
  staffSigns: (_ctx, s) => (s ? s.mediators.map(() => '调解员（签名）') : ['调解员（签名）']),
  variables: (_ctx, s, session) =>
    s
      ? { 次数: `第${chineseNumeral(session + 1)}次`, 本次调解员: s.mediators.join('、') || '＿＿＿＿', 记录人: s.recorder ?? '＿＿＿＿' }
      : { 次数: '第＿＿次', 本次调解员: '＿＿＿＿', 记录人: '＿＿＿＿' },
  result: {
    label: '调解结果',
    outcomes: {
      agreement: '经调解，各方当事人自愿达成调解协议，调解协议书另行制作。',
      continue: '本次调解未达成协议，各方当事人同意继续调解，下次调解的时间、地点另行通知。',
      failed: '经调解，各方当事人未能达成调解协议。当事人可以依法通过仲裁、行政、司法等途径解决纠纷。',
    },
    blank: '达成协议　　　继续调解　　　调解不成',
  },
  unrecorded: { statements: '调解未记录陈述，笔录正文将留出空行手写', none: '案件尚无调解会议记录，将生成空白调解笔录' },
};

/** Where a signature line starts: as far in as the engine's signature block. */
const SIGN_INDENT = '　'.repeat(8);

/**
 * The outcome, 以上笔录已阅，无误。 and the signature lines, kept on one page: a record is never
 * signed on a page of its own. (The engine's signature block may be split from the text above
 * it, so the lines are paragraphs here, a line apart, each kept with the next.)
 */
function signedEnd(end: Block[], signers: string[]): Block[] {
  const keep = (b: Block): Block => (b.type === 'paragraph' ? { ...b, keepWithNext: true } : b);
  const lines = signers.flatMap((label, i): Block[] => [
    keep(para('　', { indent: false })),
    { ...para(`${SIGN_INDENT}${label}：`, { indent: false, align: 'left' }), ...(i < signers.length - 1 ? { keepWithNext: true } : {}) },
  ]);
  return [...end.map(keep), ...lines];
}

const NOTICE_ORDER = Object.keys(SESSION_NOTICES) as Notice[];

/** Sessions whose statements were not recorded (`第1、3次调解未记录陈述…`), or what a case without sessions gets. */
export function unrecordedCaveat(voice: RecordVoice, c: ExchangeCase): string | null {
  if (c.sessions.length === 0) return voice.unrecorded.none;
  const numbers = c.sessions.flatMap((s, i) => (s.statements.length === 0 ? [String(i + 1)] : []));
  return numbers.length ? `第${numbers.join('、')}次${voice.unrecorded.statements}` : null;
}

function recordOf(voice: RecordVoice, ctx: DocContext, s: Session, session: number): Block[] {
  const c = ctx.c;
  const who = (name: string) => personOf(voice, ctx, s, name);
  // the parties' side answers the notices; those presiding and the recorder ask and write
  const answering = [...new Set(s.attendees)].filter((n) => !who(n).staff);
  const v = voice.variables(ctx, s, session);
  const notices = NOTICE_ORDER.filter((n) => s.notices.includes(n)).flatMap((n) => [
    para(ctx.wording(n, v)),
    ...answering.map((name) => para(`${who(name).speaker}：${ctx.wording(`${n}Answer`, v)}`)),
  ]);
  return [
    {
      type: 'fields',
      rows: [
        { label: voice.matter, value: caseMatter(c) },
        { label: '次数', value: v.次数 ?? '' },
        { label: '时间', value: timeSpan(s) },
        { label: '地点', value: s.place },
        { label: '方式', value: voice.mode(s.mode) },
        { label: voice.presiding.label, value: voice.presiding.value(ctx, s) },
        { label: voice.recorder, value: s.recorder ?? '' },
        { label: '到场人员', value: answering.map((n) => who(n).attending).join('\n') },
      ],
    },
    para(ctx.wording('opening', v)),
    ...notices,
    ...(s.statements.length ? s.statements.map((st) => para(`${who(st.speaker).speaker}：${st.text}`)) : ruledLines(10)),
    ...signedEnd(
      [para(`${voice.result.label}：${voice.result.outcomes[s.outcome]}`), ...(s.note ? [para(`说明：${s.note}`)] : []), para(ctx.wording('closing', v))],
      // one line for each person: two agents of the same side each sign
      [...answering.map((n) => who(n).signs), ...voice.staffSigns(ctx, s), `${voice.recorder}（签名）`],
    ),
  ];
}

/** No session recorded yet: the same record with blanks and lines to write on. */
function blankRecord(voice: RecordVoice, ctx: DocContext): Block[] {
  const c = ctx.c;
  const parties = partiesInOrder(c);
  const v = voice.variables(ctx, null, 0);
  return [
    {
      type: 'fields',
      rows: [
        { label: voice.matter, value: caseMatter(c) },
        { label: '次数', value: v.次数 ?? '' },
        { label: '时间', value: '　　年　　月　　日　　时　　分至　　时　　分' },
        { label: '地点', value: '' },
        { label: '方式', value: '现场　　　线上　　　电话' },
        { label: voice.presiding.label, value: '' },
        { label: voice.recorder, value: '' },
        { label: '到场人员', value: '' },
      ],
    },
    para(ctx.wording('opening', v)),
    ...NOTICE_ORDER.flatMap((n) => [para(ctx.wording(n, v)), ...parties.map((p) => para(`${PARTY_ROLES[p.role]}${p.name}：`))]),
    ...ruledLines(12),
    ...signedEnd(
      [para(`${voice.result.label}：${voice.result.blank}`), para(ctx.wording('closing', v))],
      [...parties.map((p) => `${PARTY_ROLES[p.role]}（签名/盖章）`), ...voice.staffSigns(ctx, null), `${voice.recorder}（签名）`],
    ),
  ];
}

const SESSION_VARIABLES = ['次数', '本次调解员', '记录人'] as const;

export const sessionRecord: DocumentKind = {
  kind: 'session-record',
  title: '调解笔录',
  per: 'session',
  pageNumbers: 'pageOfTotal',
  wording: {
    opening: {
      label: '开场',
      text: '调解员：现在开始调解。今天就{申请人}与{被申请人}之间的{纠纷类别}进行{次数}调解，由调解员{本次调解员}主持，{记录人}担任记录。',
      variables: SESSION_VARIABLES,
    },
    rights: {
      label: '告知权利义务',
      text: '调解员：本会已向各方当事人送达《当事人权利义务告知书》。当事人在调解活动中有权选择或者接受调解员，接受调解、拒绝调解或者要求终止调解，要求调解公开进行或者不公开进行，自主表达意愿、自愿达成调解协议；应当如实陈述纠纷事实，遵守调解现场秩序，尊重调解员，尊重对方当事人行使权利。各方是否清楚？',
      variables: SESSION_VARIABLES,
    },
    rightsAnswer: { label: '当事人对权利义务告知的回答', text: '清楚。', variables: SESSION_VARIABLES },
    recusal: {
      label: '告知回避',
      text: '调解员：调解员、记录人是当事人或者其代理人的近亲属，与本纠纷有利害关系，或者与当事人、代理人有其他关系可能影响公正调解的，当事人有权申请回避。各方是否申请回避？',
      variables: SESSION_VARIABLES,
    },
    recusalAnswer: { label: '当事人对回避告知的回答', text: '不申请回避。', variables: SESSION_VARIABLES },
    confidentiality: {
      label: '告知保密',
      text: '调解员：调解过程中知悉的商业秘密、个人隐私以及当事人不愿公开的信息，参与调解的人员应当保密；当事人为达成调解协议作出的妥协或者让步，不得在其后的诉讼、仲裁中作为对其不利的根据。各方是否清楚？',
      variables: SESSION_VARIABLES,
    },
    confidentialityAnswer: { label: '当事人对保密告知的回答', text: '清楚。', variables: SESSION_VARIABLES },
    closing: { label: '核对笔录', text: '以上笔录已阅，无误。', variables: SESSION_VARIABLES },
  },
  caveat: (c) => caveats(unrecordedCaveat(MEDIATION_VOICE, c), numberCaveat(c)),
  build: (ctx, target) => [{ type: 'title', text: '调解笔录' }, { type: 'number', text: ctx.caseNumber }, ...recordBlocks(MEDIATION_VOICE, ctx, target)],
};

/** The record of the session `target` names, or a blank one to fill by hand. */
export function recordBlocks(voice: RecordVoice, ctx: DocContext, target: Target): Block[] {
  if (target.session === undefined) return blankRecord(voice, ctx);
  const s = ctx.c.sessions[target.session];
  if (!s) throw new Error(`no session ${target.session}`);
  return recordOf(voice, ctx, s, target.session);
}
