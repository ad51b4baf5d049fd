import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { openSampleCases, registerSampleCopy, sample, type SampleCasesApp } from '../../support/samples';
import { fixedClock, tempDir } from '../../support/temp';

/** Extending the mediation period with the parties' consent, through the API. */
let app: AppInstance;
let call: SampleCasesApp['call'];
let caseId: string;

beforeEach(async () => {
  ({ app, call } = await openSampleCases(tempDir(), fixedClock('2026-11-24T10:00:00+08:00')));
  caseId = await registerSampleCopy(call, 2); // a party's own application, accepted 2026-11-21: one month
  return () => app.close();
});

const mediationPeriod = async (id: string) => (await call('cases.deadlines', { id })).data.deadlines.find((d: { kind: string }) => d.kind === 'mediation_period');
const extend = (over: Record<string, unknown> = {}) => call('cases.extendMediationPeriod', { caseId, n: 15, unit: 'days', agreedOn: '2026-11-24', consent: '双方当事人书面同意延长', ...over });

describe('extending the mediation period', () => {
  it('counts each extension on from the period as extended so far, and says so', async () => {
    expect(await mediationPeriod(caseId)).toMatchObject({ due: '2026-12-21' });
    expect(await extend()).toEqual({ ok: true, data: null });
    const once = await mediationPeriod(caseId);
    expect(once.due).toBe('2027-01-05');
    expect(once.basis).toContain('；经当事人同意延长十五日（2026年11月24日同意），至2027年1月5日');
    expect(await extend({ n: 1, unit: 'months' })).toEqual({ ok: true, data: null });
    expect((await mediationPeriod(caseId)).due).toBe('2027-02-05');
    const audits = await app.store.reader.all('SELECT after FROM audit_log WHERE action = ?', ['cases.extendMediationPeriod']);
    expect(audits).toHaveLength(2);
  });

  it('refuses wrong fields by name, and a period that has already run out', async () => {
    expect(await extend({ agreedOn: '2026-11-25' })).toMatchObject({ ok: false, error: { fields: { agreedOn: '同意日期不能晚于今天' } } });
    expect(await extend({ agreedOn: '2026-11-20' })).toMatchObject({ ok: false, error: { fields: { agreedOn: '同意日期不能早于受理日期' } } });
    expect(await extend({ consent: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await extend({ n: 4, unit: 'months' })).toMatchObject({ ok: false, error: { fields: { n: '一次延长不超过3个月' } } });
    // the sample software case, still in mediation: accepted 2026-08-05, its month ran out on 2026-09-07
    const c = sample().cases[2];
    delete c.termination;
    c.caseNumber = '（2026）豫郑知调字第0200号';
    await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [c] }), onConflict: 'fail' });
    const old = (await call('cases.list', { query: '0200' })).data.rows[0].id;
    expect(await extend({ caseId: old })).toMatchObject({ ok: false, error: { fields: { agreedOn: expect.stringContaining('调解期限已于2026年9月7日届满') } } });
    expect((await mediationPeriod(old)).due).toBe('2026-09-07');
  });

  it('shows an extended period among the due deadlines while it runs', async () => {
    await extend();
    const due = (await call('deadlines.due', { days: 90 })).data.filter((d: { caseId: string }) => d.caseId === caseId);
    expect(due).toEqual([expect.objectContaining({ kind: 'mediation_period', due: '2027-01-05', overdue: false })]);
  });

  it('is refused once the mediation has ended', async () => {
    await call('cases.terminate', { caseId, on: '2026-11-24', reason: 'withdrawn' });
    expect(await extend()).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });
});
