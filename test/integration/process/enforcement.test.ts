import { describe, expect, it } from 'vitest';
import { sample, sampleCasesPerTest } from '../../support/samples';

/** Following an application for judicial confirmation (or notarization) through the API, today being 2026-11-24. */
const { app, call } = sampleCasesPerTest();

/** The trademark sample, its agreement signed on `signedOn`, nothing applied for yet. */
async function agreedCase(n: string, signedOn = '2026-11-20'): Promise<string> {
  const c = sample().cases[0];
  Object.assign(c, { caseNumber: `（2026）豫郑知调字第${n}号` });
  for (const key of ['enforcement', 'followUps']) delete c[key];
  Object.assign(c.agreement, { signedOn, effectiveOn: signedOn });
  c.agreement.terms = c.agreement.terms.map((t: { dueOn?: string; from?: string }) => ({ ...t, ...(t.dueOn ? { dueOn: '2026-12-31' } : {}), ...(t.from ? { from: signedOn } : {}) }));
  const imported = await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [c] }), onConflict: 'fail' });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  const id = (await call('cases.list', { query: n })).data.rows[0].id;
  expect((await call('cases.get', { id })).data.status).toBe('agreed');
  return id;
}

const record = (caseId: string, step: Record<string, unknown>) => call('enforcement.record', { caseId, step });
const status = async (id: string) => (await call('cases.get', { id })).data.status;
const enforcement = async (id: string) => (await call('cases.get', { id })).data.exchange.enforcement;

describe('following a judicial confirmation', () => {
  it('applies to the rules\' court, is accepted, asks for material (a deadline until supplied), and is confirmed: 履行中', async () => {
    const id = await agreedCase('0901');
    expect(await record(id, { kind: 'apply', route: 'judicial_confirmation', on: '2026-11-21' })).toEqual({ ok: true, data: null });
    expect(await status(id)).toBe('enforcement');
    const court = (await call('cases.court', { caseId: id })).data.court;
    expect(await enforcement(id)).toEqual({ route: 'judicial_confirmation', court, appliedOn: '2026-11-21', result: 'pending' });

    expect((await record(id, { kind: 'accept', on: '2026-11-20', caseNumber: 'x' })).error.fields).toEqual({ on: '日期不能早于申请日期（2026年11月21日）' });
    await record(id, { kind: 'accept', on: '2026-11-23', caseNumber: '（2026）豫0104民特88号' });
    await record(id, { kind: 'request_material', on: '2026-11-24', dueOn: '2026-12-01', what: '商标注册证原件' });
    const deadlines = (await call('cases.deadlines', { id })).data.deadlines;
    expect(deadlines).toContainEqual({ kind: 'court_material', due: '2026-12-01', basis: '补充商标注册证原件；逾期未补充的，可能按撤回申请处理' });
    expect((await call('deadlines.due', { days: 30 })).data.some((d: { kind: string; caseId: string }) => d.kind === 'court_material' && d.caseId === id)).toBe(true);
    const [request] = (await call('enforcement.materialRequests', { caseId: id })).data;
    expect(request).toMatchObject({ what: '商标注册证原件', suppliedOn: null });
    await record(id, { kind: 'supply_material', requestId: request.id, on: '2026-11-24' });
    expect((await call('cases.deadlines', { id })).data.deadlines.some((d: { kind: string }) => d.kind === 'court_material')).toBe(false);
    expect(await record(id, { kind: 'supply_material', requestId: request.id, on: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await record(id, { kind: 'rule', on: '2026-11-24', result: 'confirmed', rulingNumber: '（2026）豫0104民特88号' });
    expect(await status(id)).toBe('performing');
    expect(await enforcement(id)).toMatchObject({ caseNumber: '（2026）豫0104民特88号', acceptedOn: '2026-11-23', rulingNumber: '（2026）豫0104民特88号', ruledOn: '2026-11-24', result: 'confirmed' });
    const actions = await app().store.reader.all("SELECT action FROM audit_log WHERE action LIKE 'enforcement.%' ORDER BY rowid");
    expect(actions.map((a) => a.action)).toEqual(['enforcement.apply', 'enforcement.accept', 'enforcement.requestMaterial', 'enforcement.supplyMaterial', 'enforcement.rule']);
  });

  it('a rejection needs its reason and brings the case back to 达成协议, from where the notary route is open', async () => {
    const id = await agreedCase('0902');
    await record(id, { kind: 'apply', route: 'judicial_confirmation', on: '2026-11-22', body: '郑州市中级人民法院' });
    expect((await enforcement(id)).court).toBe('郑州市中级人民法院');
    expect(await record(id, { kind: 'rule', on: '2026-11-24', result: 'rejected' })).toMatchObject({ ok: false, error: { fields: { reason: '驳回申请或不予受理的，请记录理由' } } });
    await record(id, { kind: 'rule', on: '2026-11-24', result: 'rejected', reason: '协议第四项内容不明确' });
    expect(await status(id)).toBe('agreed');
    expect(await enforcement(id)).toMatchObject({ result: 'rejected', reason: '协议第四项内容不明确' });
    await record(id, { kind: 'apply', route: 'notarization', on: '2026-11-24', body: '河南省郑州市黄河公证处' });
    expect(await enforcement(id)).toEqual({ route: 'notarization', notaryOffice: '河南省郑州市黄河公证处', appliedOn: '2026-11-24', result: 'pending' });
    expect(await status(id)).toBe('enforcement');
  });

  it('refuses an application after the 30 days, and records a withdrawal or a decision not to apply, after which the case can close', async () => {
    const late = await agreedCase('0903', '2026-10-01');
    const refused = await record(late, { kind: 'apply', route: 'judicial_confirmation', on: '2026-11-24' });
    expect(refused).toMatchObject({ ok: false, error: { fields: { on: expect.stringContaining('已超过协议生效之日起30日的申请期限（2026年11月2日届满）') } } });
    expect(await status(late)).toBe('agreed');
    await record(late, { kind: 'decline', reason: '双方已即时履行完毕' });
    expect(await enforcement(late)).toEqual({ route: 'none', reason: '双方已即时履行完毕' });
    expect(await call('cases.close', { caseId: late, closedOn: '2026-11-24' })).toEqual({ ok: true, data: null });

    const id = await agreedCase('0904');
    expect(await record(id, { kind: 'withdraw', on: '2026-11-24', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    await record(id, { kind: 'apply', route: 'judicial_confirmation', on: '2026-11-24' });
    await record(id, { kind: 'withdraw', on: '2026-11-24', reason: '当事人自行履行，撤回申请' });
    expect(await status(id)).toBe('agreed');
    expect(await enforcement(id)).toMatchObject({ result: 'withdrawn', reason: '当事人自行履行，撤回申请' });
  });
});
