import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';

/**
 * Service of the papers on the parties (送达): each service recorded against the version served,
 * refused when it cannot have happened, and the service receipt (送达回证) listing what is still to
 * serve on a party. The trademark sample: accepted, one session, an agreement signed.
 */
const { app, call } = sampleCasesPerTest();
const TRADEMARK = '（2026）豫郑知调字第0003号';
const APPLICANT = '河南嵩岳食品有限公司';
const RESPONDENT = '管城回族区惠民便利超市';

const trademark = async (): Promise<string> => (await call('cases.list', {})).data.rows.find((r: { caseNumber: string }) => r.caseNumber === TRADEMARK).id;

async function generate(kind: string, target?: { party: number }) {
  const r = await call('documents.generate', { caseId: await trademark(), kind, ...(target ? { target } : {}) });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.data.id as string;
}

/** The papers line of the party's service receipt, as previewed. */
async function papersOnReceipt(party: number): Promise<string> {
  const html = (await call('documents.preview', { caseId: await trademark(), kind: 'service-receipt', target: { party } })).data.html as string;
  const row = /送达文书名称及件数<\/th><td>(.*?)<\/td>/s.exec(html);
  return (row?.[1] ?? '').replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '');
}

describe('service of papers', () => {
  it('lists on each party’s receipt the papers made for it or the whole case and not yet served on it', async () => {
    const notice = await generate('acceptance-notice', { party: 0 });
    await generate('agreement');
    await generate('session-record'); // a record is signed at the session, not served
    expect(await papersOnReceipt(0)).toBe('《受理通知书》一份\n《调解协议书》一份');
    expect(await papersOnReceipt(1)).toBe('《调解协议书》一份');

    const served = await call('documents.recordDelivery', { id: notice, delivery: { party: APPLICANT, method: 'direct', servedOn: '2026-11-24', receivedBy: '孙立' } });
    expect(served, JSON.stringify(served.error)).toEqual({ ok: true, data: null });
    expect(await papersOnReceipt(0)).toBe('《调解协议书》一份');
    const listed = (await call('documents.list', { caseId: await trademark() })).data.find((d: { id: string }) => d.id === notice);
    expect(listed.deliveries).toEqual([{ party: APPLICANT, method: 'direct', servedOn: '2026-11-24', receivedBy: '孙立' }]);
    expect(await app().store.reader.all('SELECT action, after FROM audit_log WHERE action = ?', ['documents.recordDelivery'])).toEqual([
      { action: 'documents.recordDelivery', after: expect.stringContaining('"method":"direct"') },
    ]);

    // a new version of the agreement is to serve again, even on a party served the old one
    const first = (await call('documents.list', { caseId: await trademark() })).data.find((d: { kind: string }) => d.kind === 'agreement').id;
    await call('documents.recordDelivery', { id: first, delivery: { party: RESPONDENT, method: 'post', servedOn: '2026-11-24', receivedBy: '王建华' } });
    expect(await papersOnReceipt(1)).toBe('');
    await generate('agreement');
    expect(await papersOnReceipt(1)).toBe('《调解协议书》一份');
  });

  it('refuses, naming the field, a service that cannot have happened, and changes nothing', async () => {
    const notice = await generate('acceptance-notice', { party: 0 });
    const record = (delivery: object) => call('documents.recordDelivery', { id: notice, delivery: { party: APPLICANT, method: 'direct', servedOn: '2026-11-24', receivedBy: '孙立', ...delivery } });
    expect(await record({ party: '张三' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'delivery.party': '张三不是本案当事人' } } });
    expect(await record({ servedOn: '2026-11-23' })).toMatchObject({ ok: false, error: { fields: { 'delivery.servedOn': '送达日期不能早于文书生成日期（2026年11月24日）' } } });
    expect(await record({ servedOn: '2026-11-25' })).toMatchObject({ ok: false, error: { fields: { 'delivery.servedOn': '送达日期不能晚于今天' } } });
    expect(await record({ receivedBy: undefined })).toMatchObject({ ok: false, error: { fields: { 'delivery.receivedBy': '直接送达请填写签收人（受送达人或代收人）' } } });
    expect(await record({ method: 'left', receivedBy: undefined })).toMatchObject({ ok: false, error: { fields: { 'delivery.note': '留置送达请在备注中写明拒收事由、日期和见证人' } } });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM deliveries')).toEqual([{ n: 0 }]);
    expect((await record({ method: 'left', receivedBy: undefined, note: '受送达人拒收，居委会工作人员李某见证，文书留置于其经营场所' })).ok).toBe(true);
    expect(await record({})).toMatchObject({ ok: false, error: { fields: { 'delivery.party': `该文书已记录送达${APPLICANT}` } } });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM deliveries')).toEqual([{ n: 1 }]);
  });
});
