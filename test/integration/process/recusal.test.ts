import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { openSampleCases, registerSampleCopy, sample, type SampleCasesApp } from '../../support/samples';
import { fixedClock, tempDir } from '../../support/temp';

/**
 * A recusal request after assignment and the organization's decision, through the API: a new
 * accepted case with the sample roster's 杨帆 as lead and 陈静 assisting.
 */
let app: AppInstance;
let call: SampleCasesApp['call'];
let caseId: string;
let roster: Record<string, string>;

beforeEach(async () => {
  ({ app, call } = await openSampleCases(tempDir(), fixedClock('2026-11-24T10:00:00+08:00')));
  caseId = await registerSampleCopy(call, 2);
  roster = Object.fromEntries((await call('cases.assignmentOptions', { caseId })).data.roster.map((m: { name: string; id: string }) => [m.name, m.id]));
  // 杨帆 mediated the sample case between the same parties: disclosed, and the parties agree
  const said = { disclosure: '曾主持调解双方的另一纠纷', consent: '双方书面同意' };
  const disclosures = { [roster['杨帆'] as string]: said, [roster['陈静'] as string]: said };
  const assigned = await call('cases.assignMediators', { caseId, lead: roster['杨帆'], assistants: [roster['陈静']], disclosures });
  expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
  return () => app.close();
});

const request = (mediator: string, over: Record<string, unknown> = {}) =>
  call('cases.requestRecusal', { caseId, mediatorId: roster[mediator], by: '郭芳', reason: '调解员曾为申请人提供咨询', on: '2026-11-24', ...over });
const decide = (mediator: string, decision: string, over: Record<string, unknown> = {}) =>
  call('cases.decideRecusal', { caseId, mediatorId: roster[mediator], decision, reason: '经核实', on: '2026-11-24', ...over });
const audits = async (action: string) => app.store.reader.all('SELECT after FROM audit_log WHERE action = ?', [action]);

describe('recusal after assignment', () => {
  it('records a request, which holds back the sessions until it is decided', async () => {
    const first = await request('杨帆');
    expect(first, JSON.stringify(first)).toEqual({ ok: true, data: null });
    expect((await call('cases.recusals', { caseId })).data).toEqual([
      expect.objectContaining({ name: '杨帆', role: 'lead', request: { by: '郭芳', reason: '调解员曾为申请人提供咨询', on: '2026-11-24' }, decision: null, endedAt: null }),
    ]);
    expect(await request('杨帆')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await audits('cases.requestRecusal')).toHaveLength(1);
    // the state machine sees it: a session cannot be recorded while the request waits
    const scheduled = await call('sessions.schedule', { caseId, plan: { date: '2026-11-24', from: '09:00', to: '10:00', place: '第一调解室', mode: 'in_person', mediators: ['杨帆'] } });
    expect(scheduled.ok).toBe(true);
    for (const party of (await call('cases.rightsNotices', { caseId })).data) {
      await call('cases.recordRightsNotice', { caseId, partyId: party.partyId, notice: { givenOn: '2026-11-23', manner: 'in_person', acknowledged: true } });
    }
    const record = { to: '10:00', attendees: ['郭芳'], notices: ['rights'], statements: [{ speaker: '郭芳', text: '同意调解。' }], outcome: 'continue' };
    const held = await call('sessions.record', { id: scheduled.data.id, record });
    expect(held).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('回避事项尚未决定') } });
  });

  it('refuses a request with its fields wrong, and one on a case not in mediation', async () => {
    expect(await request('杨帆', { reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await request('杨帆', { on: '2026-11-25' })).toMatchObject({ ok: false, error: { fields: { on: '申请日期不能晚于今天' } } });
    expect(await request('杨帆', { on: '2026-11-01' })).toMatchObject({ ok: false, error: { fields: { on: expect.stringContaining('不能早于') } } });
    expect(await request('王某某', { mediatorId: roster['王磊'] ?? '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await audits('cases.requestRecusal')).toHaveLength(0);
  });

  it('on refusal keeps the mediator, and on a grant removes them so the case needs a lead again', async () => {
    await request('陈静');
    expect(await decide('陈静', 'refused')).toEqual({ ok: true, data: null });
    expect((await call('cases.get', { id: caseId })).data.exchange.mediators.map((m: { name: string }) => m.name)).toEqual(['杨帆', '陈静']);
    expect(await request('陈静')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await request('杨帆');
    expect(await decide('杨帆', 'granted', { on: '2026-11-22' })).toMatchObject({ ok: false, error: { fields: { on: expect.stringContaining('不能早于') } } });
    expect(await decide('杨帆', 'granted')).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id: caseId })).data;
    expect(detail.exchange.mediators.map((m: { name: string }) => m.name)).toEqual(['陈静']);
    expect((await call('cases.assignmentOptions', { caseId })).data.current.map((a: { name: string }) => a.name)).toEqual(['陈静']);
    const recusals = (await call('cases.recusals', { caseId })).data;
    expect(recusals.find((r: { name: string }) => r.name === '杨帆')).toMatchObject({ decision: { decision: 'granted', reason: '经核实', by: expect.any(String) }, endedAt: expect.any(String) });
    expect(await audits('cases.decideRecusal')).toHaveLength(2);
  });

  it('leaves the decision to an administrator', async () => {
    await request('杨帆');
    const clerk = app.contextFor({ id: 'clerk-1', name: '李文书', roles: ['clerk', 'mediator'] });
    expect(await app.registry.invoke(clerk, 'cases.decideRecusal', { caseId, mediatorId: roster['杨帆'], decision: 'granted', reason: 'x', on: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('works on an imported case whose mediators came with it', async () => {
    const c = sample().cases[2];
    delete c.termination;
    Object.assign(c, { caseNumber: '（2026）豫郑知调字第0200号' });
    expect((await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [c] }), onConflict: 'fail' })).ok).toBe(true);
    const id = (await call('cases.list', { query: '0200' })).data.rows[0].id;
    expect((await call('cases.assignmentOptions', { caseId: id })).data.current).toEqual([expect.objectContaining({ name: '杨帆', role: 'lead', assignedAt: '' })]);
    const asked = await call('cases.requestRecusal', { caseId: id, mediatorId: roster['杨帆'], by: '郭芳', reason: '利害关系', on: '2026-11-24' });
    expect(asked, JSON.stringify(asked)).toEqual({ ok: true, data: null });
    expect((await call('cases.recusals', { caseId: id })).data).toEqual([expect.objectContaining({ name: '杨帆', request: expect.objectContaining({ by: '郭芳' }) })]);
    expect((await call('cases.assignmentOptions', { caseId: id })).data.current).toEqual([expect.objectContaining({ name: '杨帆', assignedAt: '2026-08-05' })]);
  });
});
