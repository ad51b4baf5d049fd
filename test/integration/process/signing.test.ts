import { describe, expect, it } from 'vitest';
import { sample, sampleCasesPerTest } from '../../support/samples';

/** Marking an agreement signed through the API: the trademark sample's agreement, imported as still unsigned. */
const { app, call } = sampleCasesPerTest();
const NUMBER = '（2026）豫郑知调字第0700号';
const FOOD = '河南嵩岳食品有限公司';
const SHOP = '管城回族区惠民便利超市';

async function unsignedCase(extraTerm?: unknown): Promise<string> {
  const c = sample().cases[0];
  Object.assign(c, { caseNumber: NUMBER });
  for (const key of ['enforcement', 'followUps']) delete c[key];
  delete c.agreement.signedOn;
  delete c.agreement.effectiveOn;
  // due dates after the signing below
  c.agreement.terms = c.agreement.terms.map((t: { dueOn?: string; from?: string }) => ({ ...t, ...(t.dueOn ? { dueOn: '2026-12-31' } : {}), ...(t.from ? { from: '2026-11-24' } : {}) }));
  if (extraTerm) c.agreement.terms.push(extraTerm);
  const imported = await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [c] }), onConflict: 'fail' });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  return (await call('cases.list', { query: '0700' })).data.rows[0].id;
}

const signing = (over: Record<string, unknown> = {}) => ({ signedOn: '2026-11-24', parties: [{ name: FOOD, by: '孙立' }, { name: SHOP, by: null }], mediator: '陈静', sealed: true, ...over });

describe('signing the agreement', () => {
  it('records who signed, takes effect that day, and brings the case to 达成协议', async () => {
    const id = await unsignedCase();
    expect((await call('cases.get', { id })).data.status).toBe('mediating');
    expect(await call('agreements.sign', { caseId: id, ...signing() })).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id })).data;
    expect(detail.status).toBe('agreed');
    expect(detail.exchange.agreement).toMatchObject({ signedOn: '2026-11-24', effectiveOn: '2026-11-24' });
    expect((await call('cases.deadlines', { id })).data.deadlines.find((d: { kind: string }) => d.kind === 'confirmation_application')).toMatchObject({ due: '2026-12-24' });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['agreements.sign'])).toEqual([{ n: 1 }]);
    expect(await call('agreements.sign', { caseId: id, ...signing() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is refused while the clause check finds an error, listing them, and changes nothing', async () => {
    const id = await unsignedCase({ kind: 'custom', text: '涉案注册商标归申请人所有。' });
    const refused = await call('agreements.sign', { caseId: id, ...signing() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('第6项“归申请人所有”') } });
    expect((await call('cases.get', { id })).data.status).toBe('mediating');
  });

  it('needs every party, an agent with the power to sign, the mediator and the seal', async () => {
    const id = await unsignedCase();
    expect(await call('agreements.sign', { caseId: id, ...signing({ parties: [{ name: FOOD, by: null }] }) })).toMatchObject({ ok: false, error: { fields: { parties: `以下当事人尚未签署：${SHOP}` } } });
    expect(await call('agreements.sign', { caseId: id, ...signing({ parties: [{ name: FOOD, by: '王某' }, { name: SHOP, by: null }] }) })).toMatchObject({ ok: false, error: { fields: { parties: `王某不是${FOOD}的委托代理人` } } });
    expect(await call('agreements.sign', { caseId: id, ...signing({ mediator: '杨帆' }) })).toMatchObject({ ok: false, error: { fields: { mediator: expect.any(String) } } });
    expect(await call('agreements.sign', { caseId: id, ...signing({ sealed: false }) })).toMatchObject({ ok: false, error: { fields: { sealed: expect.stringContaining('印章') } } });
    expect(await call('agreements.sign', { caseId: id, ...signing({ signedOn: '2026-11-25' }) })).toMatchObject({ ok: false, error: { fields: { signedOn: '签署日期不能晚于今天' } } });
    expect((await call('cases.get', { id })).data.status).toBe('mediating');
  });
});
