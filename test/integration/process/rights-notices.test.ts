import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { partiesWithoutRightsNotice } from '../../../src-main/services/rights-notices';
import { SAMPLES_DIR, registerSampleCopy, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/** The notice of rights and duties per party, through the API; it needs a lead mediator first. */
let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let caseId: string;
let parties: { partyId: string; name: string }[];

beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  await call('cases.import', { content: fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8'), onConflict: 'fail' });
  caseId = await registerSampleCopy(call, 2);
  parties = (await call('cases.rightsNotices', { caseId })).data;
  return () => app.close();
});

const notice = (over: Record<string, unknown> = {}) => ({ givenOn: '2026-11-23', manner: 'in_person', acknowledged: true, ...over });

describe('rights notice', () => {
  it('is refused before a lead mediator is assigned, naming why', async () => {
    const r = await call('cases.recordRightsNotice', { caseId, partyId: parties[0]?.partyId, notice: notice() });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('主持调解员') } });
  });

  it('records each party’s notice, replaces it when recorded again, and says who still lacks it', async () => {
    const roster = (await call('cases.assignmentOptions', { caseId })).data.roster;
    const chen = roster.find((m: { name: string }) => m.name === '陈静').id;
    const assigned = await call('cases.assignMediators', { caseId, lead: chen, assistants: [] });
    expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
    expect(await partiesWithoutRightsNotice(app.store.db, caseId)).toEqual(parties.map((p) => p.name));

    expect(await call('cases.recordRightsNotice', { caseId, partyId: parties[0]?.partyId, notice: notice({ manner: 'post', acknowledged: false }) })).toEqual({ ok: true, data: null });
    expect(await call('cases.recordRightsNotice', { caseId, partyId: parties[0]?.partyId, notice: notice({ note: '已当面补签' }) })).toEqual({ ok: true, data: null });
    const status = (await call('cases.rightsNotices', { caseId })).data;
    expect(status[0].notice).toEqual({ givenOn: '2026-11-23', manner: 'in_person', acknowledged: true, note: '已当面补签', recordedBy: expect.any(String) });
    expect(status[1].notice).toBeNull();
    expect(await partiesWithoutRightsNotice(app.store.db, caseId)).toEqual([parties[1]?.name]);
    expect(await app.store.reader.all('SELECT count(*) AS n FROM rights_notices')).toEqual([{ n: 1 }]);
    expect(await app.store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['cases.recordRightsNotice'])).toEqual([{ n: 2 }]);
  });

  it('refuses a date before acceptance or after today, and a party of another case', async () => {
    const roster = (await call('cases.assignmentOptions', { caseId })).data.roster;
    await call('cases.assignMediators', { caseId, lead: roster.find((m: { name: string }) => m.name === '陈静').id, assistants: [] });
    expect(await call('cases.recordRightsNotice', { caseId, partyId: parties[0]?.partyId, notice: notice({ givenOn: '2026-11-20' }) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { givenOn: '告知日期不能早于受理日期' } },
    });
    expect(await call('cases.recordRightsNotice', { caseId, partyId: parties[0]?.partyId, notice: notice({ givenOn: '2026-11-25' }) })).toMatchObject({
      ok: false,
      error: { fields: { givenOn: '告知日期不能晚于今天' } },
    });
    const other = (await app.store.reader.all<{ id: string }>('SELECT id FROM case_parties WHERE case_id <> ? LIMIT 1', [caseId]))[0]?.id;
    expect(await call('cases.recordRightsNotice', { caseId, partyId: other, notice: notice() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.store.reader.all('SELECT count(*) AS n FROM rights_notices')).toEqual([{ n: 0 }]);
  });
});
