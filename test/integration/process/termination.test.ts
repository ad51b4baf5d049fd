import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { registerSampleCopy, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/** Terminating a mediation through the API, and the notice it leads to. */
let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let caseId: string;

beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  caseId = await registerSampleCopy(call, 2, false);
  return () => app.close();
});

describe('termination', () => {
  it('is refused before acceptance, pointing to 不予受理', async () => {
    const r = await call('cases.terminate', { caseId, on: '2026-11-23', reason: 'withdrawn' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('不予受理') } });
  });

  it('ends an accepted case with its reason and date, then the notice carries them', async () => {
    await call('cases.accept', { id: caseId, acceptedOn: '2026-11-21' });
    expect(await call('cases.terminate', { caseId, on: '2026-11-19', reason: 'withdrawn' })).toMatchObject({ ok: false, error: { fields: { on: '终止日期不能早于受理日期' } } });
    expect(await call('cases.terminate', { caseId, on: '2026-11-23', reason: 'agreement_reached' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('cases.terminate', { caseId, on: '2026-11-23', reason: 'withdrawn', note: '申请人书面撤回' })).toEqual({ ok: true, data: null });

    const detail = (await call('cases.get', { id: caseId })).data;
    expect(detail.status).toBe('terminated');
    expect(detail.exchange.termination).toEqual({ on: '2026-11-23', reason: 'withdrawn', note: '申请人书面撤回' });
    const notice = (await call('documents.preview', { caseId, kind: 'termination-notice', target: { party: 0 } })).data;
    expect(notice.caveat).toBeNull();
    expect(notice.html).toContain('2026年11月23日');
    expect(await call('cases.terminate', { caseId, on: '2026-11-24', reason: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await app.store.reader.all('SELECT action FROM audit_log WHERE action = ?', ['cases.terminate'])).toHaveLength(1);
  });
});
