import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';

/** Follow-ups planned ahead on the agreed sample cases: in the deadlines, on the workbench, done when recorded. */
const { app, call, ids } = sampleCasesPerTest();

const plan = (over: Record<string, unknown> = {}) => call('cases.planFollowUp', { caseId: ids.performing, dueOn: '2026-11-28', method: 'phone', visitor: '张三', ...over });
const followUps = async (id: string) => (await call('cases.deadlines', { id })).data.deadlines.filter((d: { kind: string }) => d.kind === 'follow_up');

describe('planned follow-ups', () => {
  it('stand in the case’s deadlines in place of the counted one, and on the workbench', async () => {
    expect(await plan()).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await followUps(ids.performing as string)).toEqual([{ kind: 'follow_up', due: '2026-11-28', basis: '已安排电话回访（回访人：张三）' }]);
    const due = (await call('deadlines.due', { days: 7 })).data;
    expect(due).toContainEqual(expect.objectContaining({ caseId: ids.performing, kind: 'follow_up', due: '2026-11-28', overdue: false }));
    expect((await call('cases.followUpPlans', { caseId: ids.performing })).data).toEqual([expect.objectContaining({ dueOn: '2026-11-28', method: 'phone', visitor: '张三', status: 'planned' })]);
  });

  it('is done by the next follow-up recorded', async () => {
    await plan();
    await call('cases.recordFollowUp', { caseId: ids.performing, followUp: { on: '2026-11-24', method: 'phone', performance: 'full', satisfaction: 5 } });
    expect((await call('cases.followUpPlans', { caseId: ids.performing })).data[0]).toMatchObject({ status: 'done' });
    expect((await call('deadlines.due', { days: 7 })).data.filter((d: { kind: string }) => d.kind === 'follow_up')).toEqual([]);
  });

  it('can be cancelled with a reason, and is refused in the past or without an agreement', async () => {
    const { data } = await plan();
    expect(await call('cases.cancelFollowUpPlan', { id: data.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('cases.cancelFollowUpPlan', { id: data.id, reason: '当事人已书面确认履行完毕' })).toEqual({ ok: true, data: null });
    expect((await call('cases.followUpPlans', { caseId: ids.performing })).data[0]).toMatchObject({ status: 'cancelled', note: '已取消：当事人已书面确认履行完毕' });
    expect(await call('cases.cancelFollowUpPlan', { id: data.id, reason: '再次' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await plan({ dueOn: '2026-11-23' })).toMatchObject({ ok: false, error: { fields: { dueOn: '回访日期不能早于今天' } } });
    expect(await plan({ caseId: ids.terminated })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await plan({ method: 'letter' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const actions = await app().store.reader.all("SELECT action FROM audit_log WHERE action IN ('cases.planFollowUp', 'cases.cancelFollowUpPlan') ORDER BY seq");
    expect(actions).toEqual([{ action: 'cases.planFollowUp' }, { action: 'cases.cancelFollowUpPlan' }]);
  });
});
