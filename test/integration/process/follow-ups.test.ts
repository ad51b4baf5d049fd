import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';

/** Follow-up visits through the API, on the sample cases with agreements. */
const { app, call, ids } = sampleCasesPerTest();

const visit = { on: '2026-11-20', method: 'visit', performance: 'full', satisfaction: 5, note: '已全部履行' };

describe('follow-up', () => {
  it('is recorded on a case under enforcement review, which stays there, and joins its record', async () => {
    const before = (await call('cases.get', { id: ids.enforcement })).data.exchange.followUps.length;
    expect(await call('cases.recordFollowUp', { caseId: ids.enforcement, followUp: visit })).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id: ids.enforcement })).data;
    expect(detail.status).toBe('enforcement');
    expect(detail.exchange.followUps).toHaveLength(before + 1);
    expect(detail.exchange.followUps.at(-1)).toEqual(visit);
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['cases.recordFollowUp'])).toEqual([{ n: 1 }]);
  });

  it('is refused without an agreement, or dated before it took effect or after today', async () => {
    expect(await call('cases.recordFollowUp', { caseId: ids.terminated, followUp: visit })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await call('cases.recordFollowUp', { caseId: ids.performing, followUp: { ...visit, on: '2026-01-01' } })).toMatchObject({ ok: false, error: { fields: { on: '回访日期不能早于调解协议生效日期' } } });
    expect(await call('cases.recordFollowUp', { caseId: ids.performing, followUp: { ...visit, on: '2026-11-25' } })).toMatchObject({ ok: false, error: { fields: { on: '回访日期不能晚于今天' } } });
    expect(await call('cases.recordFollowUp', { caseId: ids.performing, followUp: { ...visit, satisfaction: 6 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
