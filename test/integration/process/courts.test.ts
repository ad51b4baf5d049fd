import { describe, expect, it } from 'vitest';
import { DEFAULT_COURTS } from '../../../src-main/domain/courts';
import { sampleCasesPerTest } from '../../support/samples';

/** The court directory in settings, the court each case's confirmation goes to, and the route chooser, through the API. */
const { app, call, ids } = sampleCasesPerTest();

describe('the court of a judicial confirmation', () => {
  it('is the delegating court, or the Zhengzhou intermediate court for a patent dispute', async () => {
    expect((await call('cases.court', { caseId: ids.enforcement })).data).toMatchObject({ court: '郑州市管城回族区人民法院', alternatives: [], overridden: false });
    const patent = (await call('cases.court', { caseId: ids.performing })).data;
    expect(patent.court).toBe('郑州市中级人民法院');
    expect(patent.basis).toContain('李卫东住所地在河南省');
  });

  it('follows the directory the office saves, which only an administrator may change', async () => {
    const directory = await call('settings.getCourts', {});
    expect(directory.data).toEqual({ courts: DEFAULT_COURTS, edited: false });
    const general = DEFAULT_COURTS.filter((c) => !c.scopes.includes('technical'));
    expect(await call('settings.updateCourts', { courts: general })).toEqual({ ok: true, data: null });
    expect((await call('settings.getCourts', {})).data).toEqual({ courts: general, edited: true });
    expect((await call('cases.court', { caseId: ids.performing })).data).toMatchObject({ court: null, basis: expect.stringContaining('法院名录中没有管辖本案') });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['settings.updateCourts'])).toEqual([{ n: 1 }]);

    const clerk = app().contextFor({ id: 'c', name: '李文书', roles: ['clerk'] });
    expect(await app().registry.invoke(clerk, 'settings.updateCourts', { courts: DEFAULT_COURTS })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await call('settings.updateCourts', { courts: [{ name: '', areas: ['郑州市'], scopes: ['general'] }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'courts.0.name': '请填写法院名称' } } });
  });
});

describe('choosing another court', () => {
  it('takes the office’s choice with its reason, shows the rules’ court beside it, and returns to the rules', async () => {
    const choice = { court: '洛阳高新技术产业开发区人民法院', reason: '被申请人住所地在洛阳，双方同意向该院申请' };
    expect(await call('cases.overrideCourt', { caseId: ids.enforcement, choice })).toEqual({ ok: true, data: null });
    expect((await call('cases.court', { caseId: ids.enforcement })).data).toEqual({
      court: '洛阳高新技术产业开发区人民法院',
      basis: expect.stringMatching(/^由.+指定，理由：被申请人住所地在洛阳，双方同意向该院申请（按规则应为郑州市管城回族区人民法院）$/),
      alternatives: ['郑州市管城回族区人民法院'],
      overridden: true,
    });
    expect(await call('cases.overrideCourt', { caseId: ids.enforcement, choice: { court: '某法院', reason: '' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('cases.overrideCourt', { caseId: ids.enforcement, choice: null })).toEqual({ ok: true, data: null });
    expect((await call('cases.court', { caseId: ids.enforcement })).data).toMatchObject({ court: '郑州市管城回族区人民法院', overridden: false });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['cases.overrideCourt'])).toEqual([{ n: 2 }]);
  });
});

describe('the route chooser', () => {
  it('advises on each route for the case’s agreement, counting the 30 days for confirmation', async () => {
    // the patent case’s agreement took effect on 2026-05-27: its 30 days ran out long before 2026-11-24
    const routes = (await call('agreements.routes', { caseId: ids.performing })).data;
    expect(routes.map((r: { route: string; advice: string }) => [r.route, r.advice])).toEqual([
      ['judicial_confirmation', 'unsuitable'],
      ['notarization', 'unsuitable'],
      ['arbitration', 'conditional'],
    ]);
    expect(routes[0].reasons).toEqual(['协议生效已超过30日，已不能申请司法确认（民事诉讼法第二百零五条）']);
    expect((await call('agreements.routes', { caseId: ids.terminated })).data).toEqual([]);
  });
});
