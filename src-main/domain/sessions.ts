import { z } from 'zod';
import { legalDate, names, oneOf, text } from './exchange/primitives';
import { keysOf, SESSION_MODES, SESSION_NOTICES, SESSION_OUTCOMES } from './vocabulary';

/**
 * Scheduling sessions: the form's input, and the clashes a new session has with others — the
 * same mediator or the same room at overlapping times. Times are China time (+08:00), the only
 * zone the offices work in, so sessions compare as `YYYY-MM-DDTHH:mm` strings.
 */
export const SESSION_STATUSES = { scheduled: '已安排', held: '已举行', cancelled: '已取消' } as const;
export type SessionStatus = keyof typeof SESSION_STATUSES;

const clock = (label: string) => z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}应为24小时制时间，例如 09:30`);

export const sessionPlanSchema = z
  .strictObject({
    date: legalDate('会议日期'),
    from: clock('开始时间'),
    to: clock('结束时间'),
    place: text('地点或调解室', 100),
    mode: oneOf(keysOf(SESSION_MODES), '调解方式'),
    mediators: names('调解员').min(1, '请选择至少一名调解员'),
  })
  .refine((p) => p.to > p.from, { path: ['to'], message: '结束时间应晚于开始时间' });
export type SessionPlan = z.output<typeof sessionPlanSchema>;

export const planTimes = (p: SessionPlan) => ({ startsAt: `${p.date}T${p.from}:00+08:00`, endsAt: `${p.date}T${p.to}:00+08:00` });

export interface PlannedSession {
  id: string;
  caseNumber: string | null;
  startsAt: string;
  /** A session without an end is taken to last two hours. */
  endsAt: string | null;
  place: string;
  mode: string;
  mediators: readonly string[];
}

export interface Clash {
  kind: 'mediator' | 'room';
  with: PlannedSession;
  /** The mediator's name, or the room. */
  who: string;
  message: string;
}

const minutes = (ts: string) => {
  const [h, m] = ts.slice(11, 16).split(':').map(Number) as [number, number];
  return { day: ts.slice(0, 10), at: h * 60 + m };
};
const span = (s: { startsAt: string; endsAt: string | null }) => {
  const start = minutes(s.startsAt);
  return { day: start.day, from: start.at, to: s.endsAt ? minutes(s.endsAt).at : start.at + 120 };
};

const sameRoom = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** The other sessions a session overlaps with on the same mediator or in the same room (online and phone sessions have no room). */
export function sessionClashes(session: PlannedSession, others: readonly PlannedSession[]): Clash[] {
  const mine = span(session);
  const clashes: Clash[] = [];
  for (const other of others) {
    if (other.id === session.id) continue;
    const theirs = span(other);
    if (theirs.day !== mine.day || theirs.to <= mine.from || theirs.from >= mine.to) continue;
    const label = `${other.caseNumber ?? '未编号案件'}（${other.startsAt.slice(11, 16)}—${other.endsAt?.slice(11, 16) ?? ''}）`;
    for (const name of session.mediators.filter((m) => other.mediators.includes(m))) {
      clashes.push({ kind: 'mediator', with: other, who: name, message: `调解员${name}同一时段另有${label}的调解会议` });
    }
    if (session.mode === 'in_person' && other.mode === 'in_person' && sameRoom(session.place, other.place)) {
      clashes.push({ kind: 'room', with: other, who: session.place, message: `${session.place}同一时段已安排${label}的调解会议` });
    }
  }
  return clashes;
}

/** What the session record (调解笔录) holds once the session took place. */
export const sessionRecordSchema = z.strictObject({
  to: clock('结束时间'),
  attendees: names('到场人员').min(1, '请填写到场人员'),
  recorder: text('记录人', 50).optional(),
  notices: z.array(oneOf(keysOf(SESSION_NOTICES), '告知事项')),
  statements: z.array(z.strictObject({ speaker: text('陈述人', 50), text: text('陈述内容', 5000) })).min(1, '请记录至少一段陈述'),
  outcome: oneOf(keysOf(SESSION_OUTCOMES), '会议结果'),
  note: text('备注', 2000).optional(),
});
export type SessionRecord = z.output<typeof sessionRecordSchema>;
