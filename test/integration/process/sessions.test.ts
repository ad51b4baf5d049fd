import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { SAMPLES_DIR, sample, registerSampleCopy, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/** Scheduling sessions through the API: clashes of mediator and room, the calendar, cancelling, and the exchange form. */
let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let first: string;
let second: string;

const register = (i: number) => registerSampleCopy(call, i);

beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  await call('cases.import', { content: fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8'), onConflict: 'fail' });
  first = await register(1);
  second = await register(2);
  return () => app.close();
});

const plan = (over: Record<string, unknown> = {}) => ({ date: '2026-11-26', from: '09:00', to: '11:00', place: '第一调解室', mode: 'in_person', mediators: ['陈静'], ...over });

describe('scheduling', () => {
  it('schedules a session, flags the mediator’s and the room’s clashes, and shows both on the calendar', async () => {
    expect(await call('sessions.schedule', { caseId: first, plan: plan() })).toMatchObject({ ok: true, data: { clashes: [] } });
    const clash = await call('sessions.schedule', { caseId: second, plan: plan({ from: '10:00', to: '12:00' }) });
    expect(clash.data.clashes).toEqual([expect.stringMatching(/^调解员陈静同一时段另有.+（09:00—11:00）的调解会议$/), expect.stringMatching(/^第一调解室同一时段已安排/)]);
    // back to back is no clash; another room and another mediator neither
    expect((await call('sessions.checkPlan', { plan: plan({ from: '12:00', to: '13:00' }) })).data).toEqual([]);
    expect((await call('sessions.checkPlan', { plan: plan({ place: '第二调解室', mediators: ['杨帆'] }) })).data).toEqual([]);

    const week = (await call('sessions.calendar', { from: '2026-11-23', to: '2026-11-29' })).data;
    expect(week.map((s: { startsAt: string; status: string }) => [s.startsAt, s.status])).toEqual([
      ['2026-11-26T09:00:00+08:00', 'scheduled'],
      ['2026-11-26T10:00:00+08:00', 'scheduled'],
    ]);
    expect(week[0].clashes).toHaveLength(2);
    expect(week[0].parties).toEqual(sample().cases[1].parties.map((p: { name: string }) => p.name));
  });

  it('keeps scheduled sessions out of the exchange form, and drops cancelled ones from the calendar', async () => {
    const { data } = await call('sessions.schedule', { caseId: first, plan: plan() });
    expect((await call('cases.get', { id: first })).data.exchange.sessions).toEqual([]);
    expect(await call('sessions.cancel', { id: data.id, reason: '申请人请求改期' })).toEqual({ ok: true, data: null });
    expect((await call('sessions.calendar', { from: '2026-11-26', to: '2026-11-26' })).data).toEqual([]);
    expect((await call('sessions.ofCase', { caseId: first })).data).toEqual([expect.objectContaining({ status: 'cancelled', note: '已取消：申请人请求改期' })]);
    expect(await call('sessions.cancel', { id: data.id, reason: '再次取消' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await app.store.reader.all("SELECT action FROM audit_log WHERE action LIKE 'sessions.%' ORDER BY seq")).toEqual([{ action: 'sessions.schedule' }, { action: 'sessions.cancel' }]);
  });

  it('refuses bad plans in Chinese, naming the field, and writes nothing', async () => {
    expect(await call('sessions.schedule', { caseId: first, plan: plan({ to: '08:00' }) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'plan.to': '结束时间应晚于开始时间' } } });
    expect(await call('sessions.schedule', { caseId: first, plan: plan({ date: '2026-11-20' }) })).toMatchObject({ ok: false, error: { fields: { date: '会议日期不能早于受理日期' } } });
    expect(await call('sessions.schedule', { caseId: first, plan: plan({ mediators: ['张三'] }) })).toMatchObject({ ok: false, error: { message: '张三不在调解员名册中' } });
    const imported = (await call('cases.list', { query: '（2026）豫郑知调字第0003号' })).data.rows[0].id;
    expect(await call('sessions.schedule', { caseId: imported, plan: plan() })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('效力确认中') } });
    expect(await app.store.reader.all("SELECT count(*) AS n FROM case_sessions WHERE status = 'scheduled'")).toEqual([{ n: 0 }]);
  });
});

describe('the session record', () => {
  const record = { to: '11:30', attendees: ['李卫东', '高红', '陈静'], recorder: '王书记', notices: ['rights', 'recusal'], statements: [{ speaker: '陈静', text: '请双方陈述意见。' }, { speaker: '李卫东', text: '请求停止侵权并赔偿。' }], outcome: 'continue' };

  it('needs every party to have had the rights notice, then marks the session held and the case under mediation', async () => {
    const chen = (await call('cases.assignmentOptions', { caseId: first })).data.roster.find((m: { name: string }) => m.name === '陈静').id;
    const assigned = await call('cases.assignMediators', { caseId: first, lead: chen, assistants: [], disclosures: { [chen]: { disclosure: '曾调解同一当事人的另一案件', consent: '双方书面同意' } } });
    expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
    const { data } = await call('sessions.schedule', { caseId: first, plan: plan() });
    const parties = (await call('cases.rightsNotices', { caseId: first })).data;
    await call('cases.recordRightsNotice', { caseId: first, partyId: parties[0].partyId, notice: { givenOn: '2026-11-23', manner: 'in_person', acknowledged: true } });

    const refused = await call('sessions.record', { id: data.id, record });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining(`尚未向全部当事人送达权利义务告知书（${parties[1].name}）`) } });

    await call('cases.recordRightsNotice', { caseId: first, partyId: parties[1].partyId, notice: { givenOn: '2026-11-23', manner: 'post', acknowledged: true } });
    expect(await call('sessions.record', { id: data.id, record })).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id: first })).data;
    expect(detail.status).toBe('mediating');
    expect(detail.exchange.sessions).toEqual([
      expect.objectContaining({ startsAt: '2026-11-26T09:00:00+08:00', endsAt: '2026-11-26T11:30:00+08:00', place: '第一调解室', recorder: '王书记', outcome: 'continue', statements: record.statements }),
    ]);
    const doc = (await call('documents.preview', { caseId: first, kind: 'session-record', target: { session: 0 } })).data;
    expect(doc.html).toContain('请求停止侵权并赔偿。');
    expect(doc.html).toContain('以上笔录已阅，无误。');
  });
});
