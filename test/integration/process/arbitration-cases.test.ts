import { describe, expect, it } from 'vitest';
import { DEFAULT_FEE_SCHEDULE } from '../../../src-main/domain/arbitration-fees';
import { SAMPLE_ORGANIZATION, sample, sampleCasesPerTest } from '../../support/samples';

/**
 * A commission's arbitration case through the API: the agreement relied on, checked against the
 * commission; the fee counted when saved and kept; the acceptance clock; the commission's papers.
 */
const { app, call } = sampleCasesPerTest();

const CLAUSE = { form: 'clause', source: '《专利实施许可合同》第十二条', signedOn: '2025-03-01', namedCommission: '郑州仲裁委员会', wording: '因本合同引起的争议，提交郑州仲裁委员会仲裁。' };

async function becomeCommission() {
  const r = await call('organization.update', { ...SAMPLE_ORGANIZATION, name: '郑州仲裁委员会', kind: 'arbitration', caseNumberPattern: '（{year}）郑仲案字第{seq:4}号' });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
}

/** The patent dispute brought to arbitration: claims and amount from the sample, received 2026-11-20. */
async function applicationReceived(): Promise<string> {
  const c = sample().cases[1];
  const reg = await call('cases.register', {
    case: { category: c.category, ipRights: c.ipRights, source: 'party_application', receivedOn: '2026-11-20', subject: c.subject, requests: c.requests, claimAmount: '500000', parties: c.parties },
    documents: [],
  });
  expect(reg.ok, JSON.stringify(reg.error)).toBe(true);
  return reg.data.id as string;
}

describe('arbitration cases', () => {
  it('are a commission’s: a mediation office is told to use the arbitration route instead', async () => {
    const id = await applicationReceived();
    expect(await call('arbitration.get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('只有组织类型为“仲裁委员会”的单位可以登记仲裁案件') } });
    expect(await call('arbitration.save', { caseId: id, agreement: CLAUSE })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM arbitrations')).toEqual([{ n: 0 }]);
  });

  it('record the agreement relied on, flag one naming another commission, and count the fee with the handling costs', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    expect((await call('arbitration.get', { caseId: id })).data).toEqual({
      commission: '郑州仲裁委员会',
      record: null,
      tribunal: null,
      outcome: null,
      outcomeState: { effective: false, waitingFor: [], mustAward: false },
      findings: [],
      fee: null,
      scheduleNow: null,
    });
    // before the clerk records it, a registered case has no arbitration clock
    expect((await call('cases.deadlines', { id })).data.deadlines.map((d: { kind: string }) => d.kind)).toEqual([]);

    const other = await call('arbitration.save', { caseId: id, agreement: { ...CLAUSE, namedCommission: '洛阳仲裁委员会' }, secretary: '赵小川', handling: [{ item: '鉴定人出庭费', amount: '2000' }] });
    expect(other.ok, JSON.stringify(other.error)).toBe(true);
    expect(other.data.findings).toEqual(['仲裁协议约定的是“洛阳仲裁委员会”，不是郑州仲裁委员会：本会据此没有管辖依据，请核对，或请当事人向约定的仲裁委员会申请']);
    expect(other.data.fee).toMatchObject({ acceptanceFee: 1_355_000, handlingTotal: 200_000, total: 1_555_000 });
    expect(other.data.fee.lines.map((l: { fee: number }) => l.fee).reduce((a: number, b: number) => a + b, 0)).toBe(1_355_000);
    expect(other.data.record).toEqual({ agreement: { ...CLAUSE, namedCommission: '洛阳仲裁委员会' }, secretary: '赵小川', handling: [{ item: '鉴定人出庭费', amount: '2000.00' }] });

    const fixed = await call('arbitration.save', { caseId: id, agreement: CLAUSE, secretary: '赵小川', handling: [{ item: '鉴定人出庭费', amount: '2000' }] });
    expect(fixed.data.findings).toEqual([]);
    const audits = await app().store.reader.all<{ before: string | null }>('SELECT before FROM audit_log WHERE action = ? ORDER BY seq', ['arbitration.save']);
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]?.before ?? 'null')).toMatchObject({ agreement: { namedCommission: '洛阳仲裁委员会' } });

    // the five days to decide on acceptance run from receipt, on the case and on the workbench
    expect((await call('cases.deadlines', { id })).data.deadlines).toEqual([{ kind: 'arbitration_acceptance', due: '2026-11-25', basis: '收到仲裁申请书之日（2026年11月20日）起五日' }]);
    expect((await call('deadlines.due', { days: 7 })).data).toContainEqual(expect.objectContaining({ caseId: id, kind: 'arbitration_acceptance', due: '2026-11-25', overdue: false }));
    const accepted = await call('cases.accept', { id, acceptedOn: '2026-11-23' });
    expect(accepted.ok, JSON.stringify(accepted.error)).toBe(true);
    // accepted: the question is answered, and an arbitration has no mediation period
    expect((await call('cases.deadlines', { id })).data.deadlines).toEqual([]);
    expect((await call('deadlines.due', { days: 30 })).data.filter((d: { caseId: string }) => d.caseId === id)).toEqual([]);
  });

  it('keep the fee counted when saved after the schedule changes, and say what today’s schedule would give', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    await call('arbitration.save', { caseId: id, agreement: CLAUSE });
    const cheaper = { ...DEFAULT_FEE_SCHEDULE, brackets: DEFAULT_FEE_SCHEDULE.brackets.map((b, i) => (i === 0 ? { ...b, rateBp: 400 } : b)) };
    expect((await call('settings.updateArbitrationFees', { schedule: cheaper })).ok).toBe(true);
    const after = (await call('arbitration.get', { caseId: id })).data;
    expect(after.fee).toEqual({ acceptanceFee: 1_355_000, lines: [{ text: '案件受理费（按登记时的收费标准计算）', fee: 1_355_000 }], handlingTotal: 0, total: 1_355_000 });
    expect(after.scheduleNow).toBe(1_355_000 - 49_000); // 49,000 yuan × (5% − 4%)
  });

  it('refuse a bad agreement with the field named, writing nothing', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    const bad = await call('arbitration.save', { caseId: id, agreement: { ...CLAUSE, source: ' ', signedOn: '2025-02-30' }, handling: [{ item: '鉴定费', amount: '-5' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'agreement.source': '仲裁协议的出处不能为空', 'agreement.signedOn': '仲裁协议的签订日期不是有效日期（格式 YYYY-MM-DD）' } } });
    expect(bad.error.fields['handling.0.amount']).toContain('金额');
    expect(await app().store.reader.all('SELECT count(*) AS n FROM arbitrations')).toEqual([{ n: 0 }]);
  });

  it('print the commission’s papers with its name, its number, the clerk and the fee as saved', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    await call('arbitration.save', { caseId: id, agreement: CLAUSE, secretary: '赵小川', handling: [{ item: '鉴定人出庭费', amount: '2000' }] });
    await call('cases.accept', { id, acceptedOn: '2026-11-23' });
    const offered = (await call('documents.options', { caseId: id })).data.map((o: { kind: string }) => o.kind);
    expect(offered).toEqual(expect.arrayContaining(['arbitration-acceptance-notice', 'arbitration-refusal-notice', 'arbitration-fee-notice', 'tribunal-notice', 'award-on-settlement']));
    const notice = (await call('documents.preview', { caseId: id, kind: 'arbitration-fee-notice' })).data;
    expect(notice.caveat).toBeNull();
    expect(notice.html).toContain('郑州仲裁委员会');
    expect(notice.html).toMatch(/（2026）郑仲案字第\d{4}号/);
    expect(notice.html).toContain('应预交仲裁费用人民币15,550.00元');
    expect(notice.html).toContain('鉴定人出庭费');
    expect(notice.html).toContain('仲裁秘书：赵小川');
    const award = (await call('documents.preview', { caseId: id, kind: 'award-on-settlement' })).data;
    expect(award.caveat).toBe('本案尚无和解协议的条款，裁决（调解）内容将留空；仲裁庭尚未组成，仲裁员署名处将不具名');
    expect(award.html).toContain('于2026年11月23日受理了双方之间的专利侵权纠纷仲裁案');
    expect(award.html).toContain('书记员：赵小川');
  });

  it('compose a tribunal of three after the recusal check, which places the arbitrators on the case and starts the arbitration period', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    const arbitrator = async (name: string, no: string, relations: unknown[] = []) => {
      const r = await call('mediators.create', { name, mediatorNo: no, specialties: [], relations });
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      return r.data.id as string;
    };
    const [chen, wang, liu] = [await arbitrator('陈思远', 'ZZA-001'), await arbitrator('王建国', 'ZZA-002'), await arbitrator('刘敏', 'ZZA-003', [{ name: '马志刚', kind: 'close_relative' }])];
    const tribunal = {
      form: 'three',
      composedOn: '2026-11-24',
      seats: [
        { arbitratorId: chen, role: 'presiding', appointedBy: 'chair' },
        { arbitratorId: wang, role: 'member', appointedBy: 'claimant' },
        { arbitratorId: liu, role: 'member', appointedBy: 'respondent' },
      ],
    };
    // the agreement relied on comes first, and the case must be accepted
    expect(await call('arbitration.composeTribunal', { caseId: id, tribunal })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请先登记本案所依据的仲裁协议，再组成仲裁庭' } });
    await call('arbitration.save', { caseId: id, agreement: CLAUSE });
    expect(await call('arbitration.composeTribunal', { caseId: id, tribunal })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    await call('cases.accept', { id, acceptedOn: '2026-11-23' });

    // 刘敏 declared the respondent's legal representative as a close relative: disclosure and consent are needed
    const refused = await call('arbitration.composeTribunal', { caseId: id, tribunal });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [`disclosures.${liu}`]: '请填写披露情况和当事人意见' } } });
    expect(refused.error.message).toMatch(/^仲裁员刘敏与本案存在1项可能影响公正仲裁的情形：须记录其披露情况和当事人同意继续仲裁的意见，或另行选定仲裁员/);
    expect(await app().store.reader.all('SELECT count(*) AS n FROM case_mediators WHERE case_id = ?', [id])).toEqual([{ n: 0 }]);
    expect(await call('arbitration.composeTribunal', { caseId: id, tribunal: { ...tribunal, composedOn: '2026-11-22' } })).toMatchObject({ ok: false, error: { fields: { 'tribunal.composedOn': '组庭日期不能早于受理日期' } } });

    const composed = await call('arbitration.composeTribunal', {
      caseId: id,
      tribunal,
      disclosures: { [liu]: { disclosure: '刘敏披露其与马志刚为表兄弟关系', consent: '双方当事人书面同意刘敏继续担任仲裁员' } },
    });
    expect(composed.ok, JSON.stringify(composed.error)).toBe(true);
    expect(composed.data.tribunal).toEqual({
      form: 'three',
      composedOn: '2026-11-24',
      members: [
        { arbitratorId: chen, name: '陈思远', role: 'presiding', appointedBy: 'chair' },
        { arbitratorId: wang, name: '王建国', role: 'member', appointedBy: 'claimant' },
        { arbitratorId: liu, name: '刘敏', role: 'member', appointedBy: 'respondent' },
      ],
    });
    // the presiding arbitrator leads the case, the others sit with it: sessions and the calendar know them
    const c = (await call('cases.get', { id })).data.exchange;
    expect(c.mediators.map((m: { name: string; role: string }) => `${m.name}:${m.role}`)).toEqual(['陈思远:lead', '王建国:assistant', '刘敏:assistant']);
    expect((await call('cases.deadlines', { id })).data.deadlines).toEqual([{ kind: 'arbitration_period', due: '2027-03-24', basis: '仲裁庭组成之日（2026年11月24日）起四个月' }]);
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ? AND entity_id = ?', ['arbitration.composeTribunal', id])).toEqual([{ n: 1 }]);

    // the chair approves a longer period; the parties' consent of a mediation has no place here
    const extension = { n: 1, unit: 'months', approvedOn: '2026-11-24', approval: '经仲裁委员会主任批准：需委托技术鉴定' };
    expect(await call('arbitration.extendPeriod', { caseId: id, ...extension, approvedOn: '2026-11-23' })).toMatchObject({ ok: false, error: { fields: { approvedOn: '批准日期不能早于组庭日期' } } });
    expect((await call('arbitration.extendPeriod', { caseId: id, ...extension })).ok).toBe(true);
    expect((await call('cases.deadlines', { id })).data.deadlines[0]).toEqual({
      kind: 'arbitration_period',
      due: '2027-04-26', // 2027-04-24 is a Saturday
      basis: '仲裁庭组成之日（2026年11月24日）起四个月；经仲裁委员会主任批准延长一个月（2026年11月24日批准），至2027年4月26日',
    });
    // a mediator's assignment and a termination of mediation are not the commission's steps
    expect(await call('cases.assignMediators', { caseId: id, lead: wang, assistants: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('仲裁员由组成仲裁庭产生') } });
    expect(await call('cases.terminate', { caseId: id, on: '2026-11-24', reason: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('仲裁案件不适用终止调解') } });
    expect(await call('cases.extendMediationPeriod', { caseId: id, n: 10, unit: 'days', agreedOn: '2026-11-24', consent: '双方同意' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('仲裁案件没有调解期限') },
    });

    // its papers name the tribunal
    const notice = (await call('documents.preview', { caseId: id, kind: 'tribunal-notice', target: { party: 1 } })).data;
    expect(notice.caveat).toBeNull();
    expect(notice.html).toContain('由首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏审理本案');
    const award = (await call('documents.preview', { caseId: id, kind: 'award-on-settlement' })).data;
    expect(award.caveat).toBe('本案尚无和解协议的条款，裁决（调解）内容将留空');
    expect(award.html).toContain('首席仲裁员陈思远');

    // a hearing is a session of the case with the tribunal; no rights notice of people's mediation holds it up
    const hearing = await call('sessions.schedule', { caseId: id, plan: { date: '2026-11-24', from: '09:00', to: '10:00', place: '第一仲裁庭', mode: 'in_person', mediators: ['陈思远', '王建国', '刘敏'] } });
    expect(hearing.ok, JSON.stringify(hearing.error)).toBe(true);
    const held = await call('sessions.record', { id: hearing.data.id, record: { to: '10:00', attendees: ['李卫东', '高红'], notices: [], statements: [{ speaker: '李卫东', text: '坚持仲裁请求。' }], outcome: 'continue' } });
    expect(held, JSON.stringify(held.error)).toEqual({ ok: true, data: null });

    // the parties settle; the tribunal makes a mediation statement, which one party retracts before signing
    const payment = { kind: 'payment', payer: '洛阳丰禾农业机械有限公司', payee: '李卫东', amount: '450000.00', dueOn: '2026-12-31' };
    expect(await call('agreements.save', { caseId: id, agreement: { facts: '双方就许可使用费达成和解。', terms: [payment] } })).toEqual({ ok: true, data: null });
    const signed = await call('agreements.sign', { caseId: id, signedOn: '2026-11-24', parties: [{ name: '李卫东', by: null }, { name: '洛阳丰禾农业机械有限公司', by: null }], mediator: '陈思远', sealed: true });
    expect(signed.ok, JSON.stringify(signed.error)).toBe(true);
    const step = (s: unknown) => call('arbitration.recordOutcome', { caseId: id, step: s });
    expect((await step({ step: 'mediation_statement', on: '2026-11-24' })).data.outcomeState).toEqual({ effective: false, waitingFor: ['李卫东', '洛阳丰禾农业机械有限公司'], mustAward: false });
    await step({ step: 'receipt', party: '李卫东', on: '2026-11-24' });
    const retracted = await step({ step: 'retraction', party: '洛阳丰禾农业机械有限公司', on: '2026-11-24', note: '拒绝签收调解书' });
    expect(retracted.data.outcomeState).toMatchObject({ effective: false, mustAward: true });
    expect((await call('cases.get', { id })).data.status).toBe('agreed');
    expect(await step({ step: 'receipt', party: '洛阳丰禾农业机械有限公司', on: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('仲裁庭应当及时作出裁决') } });
    // an award needs its rulings and who bears the costs; a refusal names the field and changes nothing
    expect(await step({ step: 'award', on: '2026-11-24', award: { rulings: [], costs: '' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请填写至少一项裁决事项') } });
    const ruling = { findings: '双方签订的许可合同合法有效。', reasoning: '被申请人应当支付许可使用费。', rulings: ['被申请人于本裁决作出之日起十日内向申请人支付许可使用费人民币450,000元。'], costs: '由被申请人负担' };
    const awarded = await step({ step: 'award', on: '2026-11-24', award: ruling });
    expect(awarded.data.outcome).toEqual({ kind: 'award', on: '2026-11-24', award: ruling, afterRetraction: { party: '洛阳丰禾农业机械有限公司', on: '2026-11-24' } });
    expect((await call('cases.get', { id })).data.status).toBe('performing');
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ? AND entity_id = ?', ['arbitration.outcome', id])).toEqual([{ n: 4 }]);
    // the award prints the tribunal's findings, reasons and rulings, dated the day it was made; the case can be closed
    const html = (await call('documents.preview', { caseId: id, kind: 'arbitration-award' })).data.html as string;
    for (const text of ['双方签订的许可合同合法有效。', '被申请人应当支付许可使用费。', '一、被申请人于本裁决作出之日起十日内向申请人支付许可使用费人民币450,000元。', '由被申请人负担。', '2026年11月24日']) expect(html).toContain(text);
    const closed = await call('cases.close', { caseId: id, closedOn: '2026-11-24' });
    expect(closed.ok, JSON.stringify(closed.error)).toBe(true);
  });

  it('take the claimant’s withdrawal, which ends the case', async () => {
    await becomeCommission();
    const id = await applicationReceived();
    await call('arbitration.save', { caseId: id, agreement: CLAUSE });
    expect(await call('arbitration.recordOutcome', { caseId: id, step: { step: 'withdraw', on: '2026-11-24' } })).toMatchObject({ ok: false, error: { message: '只有已受理、尚未结束的仲裁案件可以撤回仲裁申请' } });
    await call('cases.accept', { id, acceptedOn: '2026-11-23' });
    const withdrawn = await call('arbitration.recordOutcome', { caseId: id, step: { step: 'withdraw', on: '2026-11-24', note: '双方已自行和解' } });
    expect(withdrawn.data.outcome).toEqual({ kind: 'withdrawn', on: '2026-11-24', note: '双方已自行和解' });
    const c = (await call('cases.get', { id })).data;
    expect(c.status).toBe('terminated');
    expect(c.exchange.termination).toEqual({ on: '2026-11-24', reason: 'withdrawn', note: '双方已自行和解' });
  });
});
