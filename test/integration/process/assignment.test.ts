import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { usccCheckChar } from '../../../src-main/domain/identity';
import { SAMPLES_DIR, sample, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/**
 * Assigning mediators through the API, after the recusal check. The samples put 陈静 on the
 * trademark case （2026）豫郑知调字第0003号 against 管城回族区惠民便利超市; a new case against the
 * same shop (same credit code) must show that to whoever assigns 陈静 to it.
 */
let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let caseId: string;
let roster: Record<string, string>;

const shop = () => sample().cases[0].parties[1];
const APPLICANT_USCC = `91410700MA40QXJ12${usccCheckChar('91410700MA40QXJ12')}`;

beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  expect((await call('cases.import', { content: fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8'), onConflict: 'fail' })).ok).toBe(true);
  const c = sample().cases[0];
  const reg = await call('cases.register', {
    case: {
      category: c.category,
      ipRights: c.ipRights,
      source: 'party_application',
      receivedOn: '2026-11-20',
      subject: '申请人认为被申请人销售的商品侵犯其注册商标专用权。',
      requests: ['停止销售侵权商品'],
      parties: [{ role: 'applicant', kind: 'legal', name: '新乡市牧野食品有限公司', uscc: APPLICANT_USCC, representative: { name: '王明', title: '总经理' } }, shop()],
    },
    documents: [],
  });
  expect(reg.ok, JSON.stringify(reg)).toBe(true);
  caseId = reg.data.id;
  const options = await call('cases.assignmentOptions', { caseId });
  roster = Object.fromEntries(options.data.roster.map((m: { name: string; id: string }) => [m.name, m.id]));
  return () => app.close();
});

const accept = async () => expect((await call('cases.accept', { id: caseId, acceptedOn: '2026-11-23' })).ok).toBe(true);

describe('recusal check', () => {
  it('finds the case’s respondent in the mediator’s earlier case, by credit code, with its evidence', async () => {
    const findings = (await call('cases.checkConflicts', { caseId, mediatorId: roster['陈静'] })).data;
    // the shop by its credit code, and its operator (经营者) by name
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ kind: 'shared_participant', strength: 'identity', matched: { caseNumber: '（2026）豫郑知调字第0003号', name: '管城回族区惠民便利超市' } });
    expect(findings[0].evidence).toContain('统一社会信用代码');
    expect(findings[1]).toMatchObject({ kind: 'shared_participant', strength: 'name', subject: { name: '王建华', role: '被申请人的经营者' } });
    expect((await call('cases.checkConflicts', { caseId, mediatorId: roster['杨帆'] })).data).toEqual([]);
  });

  it('finds a declared relation of the mediator among the case’s people', async () => {
    const created = await call('mediators.create', { name: '周红', mediatorNo: 'ZZ-IP-020', specialties: [], relations: [{ name: '王明', kind: 'close_relative' }] });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const findings = (await call('cases.checkConflicts', { caseId, mediatorId: created.data.id })).data;
    expect(findings).toEqual([expect.objectContaining({ kind: 'declared_relation', strength: 'name', subject: expect.objectContaining({ name: '王明' }) })]);
  });
  it('finds the mediator among the people of a case, this one included', async () => {
    const created = await call('mediators.create', { name: '王建华', mediatorNo: 'ZZ-IP-021', specialties: [], relations: [] });
    const findings = (await call('cases.checkConflicts', { caseId, mediatorId: created.data.id })).data;
    expect(findings.filter((f: { kind: string }) => f.kind === 'mediator_is_participant').map((f: { matched: { caseNumber: string | null } }) => f.matched.caseNumber).sort()).toEqual([
      '（2026）豫郑知调字第0003号',
      null, // this case, not yet numbered
    ].sort());
  });
});

describe('assignment', () => {
  it('is refused before acceptance, in Chinese', async () => {
    const r = await call('cases.assignMediators', { caseId, lead: roster['杨帆'], assistants: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('本案当前为“登记”') } });
  });

  it('needs the disclosure and the parties’ consent where the check found something, then records them', async () => {
    await accept();
    const bare = await call('cases.assignMediators', { caseId, lead: roster['陈静'], assistants: [roster['杨帆']] });
    expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('调解员陈静与本案存在2项') } });
    expect(await app.store.reader.all('SELECT * FROM case_mediators WHERE case_id = ?', [caseId])).toEqual([]);

    const disclosures = { [roster['陈静'] as string]: { disclosure: '陈静曾主持调解该超市的另一起商标纠纷，与其无其他关系。', consent: '双方当事人于2026年11月23日书面同意由陈静继续主持调解。' } };
    expect(await call('cases.assignMediators', { caseId, lead: roster['陈静'], assistants: [roster['杨帆']], disclosures })).toEqual({ ok: true, data: null });

    const detail = (await call('cases.get', { id: caseId })).data;
    expect(detail.exchange.mediators).toEqual([expect.objectContaining({ name: '陈静', role: 'lead' }), expect.objectContaining({ name: '杨帆', role: 'assistant' })]);
    const current = (await call('cases.assignmentOptions', { caseId })).data.current;
    expect(current.find((a: { name: string }) => a.name === '陈静')).toMatchObject({ role: 'lead', disclosure: expect.stringContaining('另一起商标纠纷'), consent: expect.stringContaining('书面同意'), findings: [expect.objectContaining({ kind: 'shared_participant' }), expect.objectContaining({ kind: 'shared_participant' })] });
    expect(current.find((a: { name: string }) => a.name === '杨帆')).toMatchObject({ role: 'assistant', disclosure: null, findings: [] });
    expect(await app.store.reader.all('SELECT entity_id FROM audit_log WHERE action = ?', ['cases.assignMediators'])).toEqual([{ entity_id: caseId }]);
    expect((await call('cases.list', { mediatorId: roster['杨帆'] })).data.rows.map((r: { id: string }) => r.id)).toContain(caseId);
  });

  it('counts open cases per mediator, and replacing a mediator ends the earlier assignment', async () => {
    await accept();
    const before = (await call('cases.assignmentOptions', { caseId })).data.roster;
    // 陈静: the trademark case (效力确认中) and the patent case (履行中); 杨帆: the patent case only, the software case was terminated
    expect(Object.fromEntries(before.map((m: { name: string; openCases: number }) => [m.name, m.openCases]))).toEqual({ 陈静: 2, 杨帆: 1 });
    await call('cases.assignMediators', { caseId, lead: roster['杨帆'], assistants: [] });
    await call('cases.assignMediators', { caseId, lead: roster['陈静'], assistants: [], disclosures: { [roster['陈静'] as string]: { disclosure: '已披露', consent: '双方同意' } } });
    const rows = await app.store.reader.all<{ name: string; ended: number }>(
      'SELECT m.name AS name, a.ended_at IS NOT NULL AS ended FROM mediator_assignments a JOIN mediators m ON m.id = a.mediator_id WHERE a.case_id = ? ORDER BY a.assigned_at, m.name',
      [caseId],
    );
    expect(rows).toEqual([
      { name: '杨帆', ended: 1 },
      { name: '陈静', ended: 0 },
    ]);
  });
});
