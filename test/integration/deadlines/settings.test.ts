import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { SAMPLES_DIR, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/**
 * The organization's periods and holiday years, through the API: they change the deadlines a
 * case shows, a bad holiday file changes nothing, and every change is audited.
 *
 * The sample licence case's last agreed date is 2026-12-31; its follow-up falls 30 days later on
 * 2027-01-30, a Saturday, so it moves to Monday 2027-02-01 — and warns, as the built-in
 * calendar has no 2027 yet. The 2027 year imported below is test data, not the real notice.
 */
const YEAR_2027 = { year: 2027, holidays: ['2027-02-01', '2027-02-02'], workdays: ['2027-02-06'], source: '测试数据' };
const file = (...years: unknown[]) => ({ format: 'holiday-calendar/1', years });

let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let licenceCase: string;
beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  const imported = await call('cases.import', { content: fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8'), onConflict: 'fail' });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  const listed = await call('cases.list', { sort: 'receivedOn', order: 'asc' });
  licenceCase = listed.data.rows[1].id;
  return () => app.close();
});

const followUp = async () => {
  const r = await call('cases.deadlines', { id: licenceCase });
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return { due: r.data.deadlines.find((d: { kind: string }) => d.kind === 'follow_up')?.due as string, warnings: r.data.warnings as string[] };
};

describe('holiday years', () => {
  it('warns while next year is missing, and counts with the year once imported', async () => {
    expect((await call('settings.getDeadlines', {})).data).toMatchObject({ nextYear: 2027, nextYearKnown: false });
    expect(await followUp()).toEqual({ due: '2027-02-01', warnings: [expect.stringContaining('未找到2027年的法定节假日安排')] });

    expect(await call('settings.importHolidays', { file: file(YEAR_2027) })).toEqual({ ok: true, data: { years: [2027] } });
    const settings = (await call('settings.getDeadlines', {})).data;
    expect(settings.nextYearKnown).toBe(true);
    expect(settings.years[0]).toEqual({ year: 2027, holidays: 2, workdays: 1, source: '测试数据', supplied: true });
    expect(settings.years.find((y: { year: number }) => y.year === 2026)).toMatchObject({ supplied: false, source: 'chinese-days' });
    expect(await followUp()).toEqual({ due: '2027-02-03', warnings: [] });
    expect(await app.store.reader.all('SELECT entity_id FROM audit_log WHERE action = ?', ['settings.importHolidays'])).toEqual([{ entity_id: 'deadlines' }]);

    const exported = (await call('settings.exportHolidays', {})).data;
    expect(exported.format).toBe('holiday-calendar/1');
    expect(exported.years.find((y: { year: number }) => y.year === 2027)).toEqual(YEAR_2027);
  });

  it('refuses a bad file whole, naming the year and date in Chinese, and changes nothing', async () => {
    const bad = await call('settings.importHolidays', { file: file(YEAR_2027, { year: 2028, holidays: ['2028-01-01'], workdays: ['2028-01-05'] }) });
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('VALIDATION');
    expect(JSON.stringify(bad.error)).toContain('2028-01-05不是周六或周日');
    expect((await call('settings.getDeadlines', {})).data.years.some((y: { supplied: boolean }) => y.supplied)).toBe(false);
    expect(await followUp()).toMatchObject({ due: '2027-02-01' });
  });

  it('removes an imported year but never a built-in one', async () => {
    await call('settings.importHolidays', { file: file(YEAR_2027) });
    expect(await call('settings.removeHolidayYear', { year: 2027 })).toEqual({ ok: true, data: null });
    expect(await followUp()).toMatchObject({ due: '2027-02-01' });
    expect(await call('settings.removeHolidayYear', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('2026年') } });
  });
});

describe('periods', () => {
  it('counts with the organization’s periods once saved', async () => {
    const { rules, defaults } = (await call('settings.getDeadlines', {})).data;
    expect(rules).toEqual(defaults);
    await call('settings.importHolidays', { file: file(YEAR_2027) });
    expect(await call('settings.updateDeadlineRules', { rules: { ...rules, followUp: { n: 60, unit: 'days' } } })).toEqual({ ok: true, data: null });
    expect(await followUp()).toEqual({ due: '2027-03-01', warnings: [] }); // 2026-12-31 + 60 days, a Monday
    expect((await call('settings.getDeadlines', {})).data.rules.followUp).toEqual({ n: 60, unit: 'days' });
  });

  it('refuses a period of zero days, naming the field', async () => {
    const { rules } = (await call('settings.getDeadlines', {})).data;
    const r = await call('settings.updateDeadlineRules', { rules: { ...rules, confirmationApplication: { n: 0, unit: 'days' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'rules.confirmationApplication.n': expect.stringContaining('申请司法确认期限至少为1') } } });
    expect((await call('settings.getDeadlines', {})).data.rules.confirmationApplication).toEqual({ n: 30, unit: 'days' });
  });
});

describe('deadlines due across cases', () => {
  const registerAccepted = async (receivedOn: string, acceptedOn: string) => {
    const c = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8')).cases[2];
    const reg = await call('cases.register', {
      case: { category: c.category, ipRights: c.ipRights, source: 'party_application', receivedOn, subject: c.subject, requests: c.requests, parties: c.parties },
      documents: [],
    });
    expect((await call('cases.accept', { id: reg.data.id, acceptedOn })).ok).toBe(true);
    return reg.data.id as string;
  };

  it('lists mediation periods ending soon or passed in the last 30 days, soonest first, and nothing beyond', async () => {
    await registerAccepted('2026-09-01', '2026-09-02'); // 2026-10-02: passed more than 30 days ago, no longer a reminder
    const late = await registerAccepted('2026-10-19', '2026-10-20'); // one month: 2026-11-20, passed
    const soon = await registerAccepted('2026-11-20', '2026-11-21'); // 2026-12-21
    const week = (await call('deadlines.due', { days: 7 })).data;
    expect(week).toEqual([expect.objectContaining({ caseId: late, kind: 'mediation_period', due: '2026-11-20', overdue: true })]);
    const month = (await call('deadlines.due', { days: 30 })).data;
    expect(month.map((d: { caseId: string; overdue: boolean }) => [d.caseId, d.overdue])).toEqual([
      [late, true],
      [soon, false],
    ]);
    expect(month[1]).toMatchObject({ due: '2026-12-21', basis: expect.stringContaining('受理之日（2026年11月21日）起一个月') });
  });
});
