import { describe, expect, it } from 'vitest';
import { sample, sampleCasesPerTest } from '../../support/samples';

/** The agreement builder through the API: a draft saved whole, previewed and checked before it is saved. */
const { app, call } = sampleCasesPerTest();
const FOOD = '河南嵩岳食品有限公司';
const SHOP = '管城回族区惠民便利超市';

/** The trademark sample under mediation, with no agreement yet. */
async function mediatingCase(): Promise<string> {
  const c = sample().cases[0];
  Object.assign(c, { caseNumber: '（2026）豫郑知调字第0701号' });
  for (const key of ['enforcement', 'followUps', 'agreement', 'termination']) delete c[key];
  const imported = await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [c] }), onConflict: 'fail' });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  const id = (await call('cases.list', { query: '0701' })).data.rows[0].id;
  expect((await call('cases.get', { id })).data.status).toBe('mediating');
  return id;
}

const payment = { kind: 'payment', payer: SHOP, payee: FOOD, amount: '30000.00', dueOn: '2026-12-31', method: 'cash' };
const installments = { kind: 'installments', payer: SHOP, payee: FOOD, accelerationOnDefault: true, schedule: [{ amount: '10000.00', dueOn: '2026-12-31' }, { amount: '20000.00', dueOn: '2027-01-31' }] };
const draft = (terms: unknown[], over: Record<string, unknown> = {}) => ({ facts: '被申请人销售侵权月饼礼盒120盒。', terms, copies: 3, ...over });

describe('the agreement builder', () => {
  it('saves the draft whole — facts, terms in order, copies — and a second save replaces the terms', async () => {
    const id = await mediatingCase();
    expect(await call('agreements.save', { caseId: id, agreement: draft([payment, installments]) })).toEqual({ ok: true, data: null });
    expect((await call('cases.get', { id })).data.exchange.agreement).toEqual({ facts: '被申请人销售侵权月饼礼盒120盒。', terms: [payment, installments], copies: 3 });
    await call('agreements.save', { caseId: id, agreement: draft([installments], { number: '协字第7号', copies: undefined }) });
    expect((await call('cases.get', { id })).data.exchange.agreement).toEqual({ number: '协字第7号', facts: '被申请人销售侵权月饼礼盒120盒。', terms: [installments] });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM case_terms WHERE case_id = ?', [id])).toEqual([{ n: 1 }]);
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['agreements.save'])).toEqual([{ n: 2 }]);
  });

  it('previews the 调解协议书 of an unsaved draft with its clause findings, and saves nothing', async () => {
    const id = await mediatingCase();
    const custom = { kind: 'custom', text: '专利权归申请人所有。' };
    const preview = await call('agreements.preview', { caseId: id, agreement: draft([installments, custom]) });
    expect(preview.ok).toBe(true);
    expect(preview.data.html).toContain('分二期向河南嵩岳食品有限公司支付人民币30,000.00元（大写：叁万元整），具体如下：');
    expect(preview.data.html).toContain('二、专利权归申请人所有。');
    expect(preview.data.findings).toEqual([expect.objectContaining({ rule: 'ownership_or_validity', severity: 'error', term: 2 })]);
    expect((await call('cases.get', { id })).data.exchange.agreement).toBeUndefined();
  });

  it('refuses a term missing a field by naming it, a signed agreement, and a case not under mediation', async () => {
    const id = await mediatingCase();
    const bad = await call('agreements.save', { caseId: id, agreement: draft([{ ...payment, payer: undefined }]) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('付款人') } });
    expect(await call('agreements.save', { caseId: id, agreement: draft([]) })).toMatchObject({ ok: false, error: { message: expect.stringContaining('协议至少包含一项条款') } });
    await call('agreements.save', { caseId: id, agreement: draft([payment]) });
    const signed = await call('agreements.sign', { caseId: id, signedOn: '2026-11-24', parties: [{ name: FOOD, by: null }, { name: SHOP, by: null }], mediator: '陈静', sealed: true });
    expect(signed.ok, JSON.stringify(signed)).toBe(true);
    expect(await call('agreements.save', { caseId: id, agreement: draft([installments]) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call('cases.get', { id })).data.exchange.agreement.terms).toEqual([payment]);
    const refused = (await call('cases.list', { query: '0002' })).data.rows[0]?.id;
    expect(refused).toBeDefined();
    expect(await call('agreements.save', { caseId: refused, agreement: draft([payment]) })).toMatchObject({ ok: false });
  });

  it('records the route the agreement commits to, printing the joint application clause, and takes it back', async () => {
    const id = await mediatingCase();
    const clause = '双方当事人同意自本协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认。';
    expect((await call('agreements.preview', { caseId: id, agreement: draft([payment], { route: 'judicial_confirmation' }) })).data.html).toContain(clause);
    expect((await call('agreements.preview', { caseId: id, agreement: draft([payment], { route: null }) })).data.html).not.toContain(clause);
    await call('agreements.save', { caseId: id, agreement: draft([payment], { route: 'judicial_confirmation' }) });
    expect((await call('cases.get', { id })).data.exchange.enforcement).toEqual({ route: 'judicial_confirmation' });
    expect((await call('documents.preview', { caseId: id, kind: 'agreement' })).data.html).toContain(clause);
    // saved again without saying: the route stays; with null: none agreed
    await call('agreements.save', { caseId: id, agreement: draft([payment]) });
    expect((await call('cases.get', { id })).data.exchange.enforcement).toEqual({ route: 'judicial_confirmation' });
    await call('agreements.save', { caseId: id, agreement: draft([payment], { route: null }) });
    expect((await call('cases.get', { id })).data.exchange.enforcement).toBeUndefined();
    // arbitration needs the commission named (仲裁法 art. 18)
    expect(await call('agreements.save', { caseId: id, agreement: draft([payment], { route: 'arbitration' }) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { arbitrationCommission: expect.stringContaining('仲裁法第十八条') } },
    });
    await call('agreements.save', { caseId: id, agreement: draft([payment], { route: 'arbitration', arbitrationCommission: '郑州仲裁委员会' }) });
    expect((await call('cases.get', { id })).data.exchange.enforcement).toEqual({ route: 'arbitration', arbitrationCommission: '郑州仲裁委员会' });
    expect((await call('documents.preview', { caseId: id, kind: 'arbitration-agreement' })).data.html).toContain('提交郑州仲裁委员会仲裁');
  });
});
