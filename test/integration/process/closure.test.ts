import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';
import { docxParts } from '../../support/documents';

/** Closing, compiling the case file, archiving and unarchiving, through the API on the sample cases. */
const { app, call, ids } = sampleCasesPerTest();

const auditActions = async (action: string) => app().store.reader.all('SELECT actor_name, before, after FROM audit_log WHERE action = ? ORDER BY seq', [action]);

/** Closes the terminated sample case and counts the identity papers kept on paper, so that its file is complete. */
async function closedWithCompleteFile(): Promise<string> {
  const id = ids.terminated as string;
  expect(await call('cases.close', { caseId: id, closedOn: '2026-11-20' })).toEqual({ ok: true, data: null });
  expect(await call('caseFile.setPages', { caseId: id, counts: [{ item: 3, pages: 2 }] })).toEqual({ ok: true, data: null });
  return id;
}

describe('closing a case', () => {
  it('moves a terminated case to 结案 with its date, audited', async () => {
    await closedWithCompleteFile();
    const detail = (await call('cases.get', { id: ids.terminated })).data;
    expect(detail.status).toBe('closed');
    expect(detail.exchange.closedOn).toBe('2026-11-20');
    expect(await auditActions('cases.close')).toHaveLength(1);
  });

  it('refuses a date before the last record or after today, and a case still under review', async () => {
    expect(await call('cases.close', { caseId: ids.terminated, closedOn: '2026-08-01' })).toMatchObject({ ok: false, error: { fields: { closedOn: expect.stringContaining('不能早于') } } });
    expect(await call('cases.close', { caseId: ids.terminated, closedOn: '2026-11-25' })).toMatchObject({ ok: false, error: { fields: { closedOn: '结案日期不能晚于今天' } } });
    expect(await call('cases.close', { caseId: ids.enforcement, closedOn: '2026-11-20' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect((await call('cases.get', { id: ids.terminated })).data.status).toBe('terminated');
  });
});

describe('the case file', () => {
  it('lists the 13 items, what provides each, and what is missing', async () => {
    const file = (await call('caseFile.get', { caseId: ids.terminated })).data;
    expect(file.compiled.items).toHaveLength(13);
    expect(file.compiled.missing).toEqual(['当事人身份证明材料']);
    expect(file.compiled.items.find((i: { no: number }) => i.no === 7)).toMatchObject({ name: '调解笔录', required: true, present: true, sources: ['1次调解笔录'] });
    expect(file.compiled.items.find((i: { no: number }) => i.no === 8)).toMatchObject({ required: false, present: false });
  });

  it('keeps the counted pages, numbers them through the volume, and takes a count back', async () => {
    const id = ids.terminated;
    const counts = [1, 2, 3, 7, 12, 13].map((item) => ({ item, pages: item === 7 ? 4 : 1 }));
    await call('caseFile.setPages', { caseId: id, counts });
    const file = (await call('caseFile.get', { caseId: id })).data;
    expect(file.compiled.items.filter((i: { present: boolean }) => i.present).map((i: { pageRange: string }) => i.pageRange)).toEqual(['1', '2', '3', '4-7', '8', '9']);
    expect(file.compiled.totalPages).toBe(9);
    await call('caseFile.setPages', { caseId: id, counts: [{ item: 12, pages: null }] });
    expect((await call('caseFile.get', { caseId: id })).data.compiled.items[11]).toMatchObject({ present: true, pages: null, pageRange: null });
    expect(await call('caseFile.setPages', { caseId: id, counts: [{ item: 14, pages: 1 }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('caseFile.setPages', { caseId: id, counts: [{ item: 3, pages: 0 }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('archiving', () => {
  it('is refused while the file lacks a required item, naming it', async () => {
    const id = ids.terminated;
    await call('cases.close', { caseId: id, closedOn: '2026-11-20' });
    const refused = await call('cases.archive', { caseId: id, retention: 'long', filedBy: '王书记' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('缺少：当事人身份证明材料') } });
    expect((await call('cases.get', { id })).data.status).toBe('closed');
  });

  it('locks a complete case: its record is read-only, its papers can still be printed, and the cover carries the archive', async () => {
    const id = await closedWithCompleteFile();
    expect(await call('cases.archive', { caseId: id, retention: 'permanent', filedBy: '王书记' })).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id })).data;
    expect(detail.status).toBe('archived');
    expect(detail.archive).toMatchObject({ by: expect.any(String), filedBy: '王书记', retention: 'permanent', at: expect.stringMatching(/^2026-11-24T10:00/) });
    const refusals = await Promise.all([
      call('caseFile.setPages', { caseId: id, counts: [{ item: 5, pages: 1 }] }),
      call('cases.overrideTrack', { id, track: 'complex', note: '归档后修改' }),
      call('cases.terminate', { caseId: id, on: '2026-11-24', reason: 'withdrawn' }),
      call('cases.close', { caseId: id, closedOn: '2026-11-24' }),
    ]);
    for (const r of refusals) expect(r).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(CASE_ARCHIVED|INVALID_TRANSITION)$/), message: expect.stringContaining('归档') } });
    expect((await call('cases.get', { id })).data.track).toBe(detail.track);
    const cover = await call('documents.generate', { caseId: id, kind: 'file-cover' });
    expect(cover.ok).toBe(true);
    const text = ((await docxParts(Buffer.from(cover.data.dataBase64, 'base64')))['word/document.xml'] ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('永久');
    expect(text).toContain('王书记');
    expect(text).toContain('2026年11月24日');
    expect(await auditActions('cases.archive')).toHaveLength(1);
  });

  it('is undone only by an administrator, with a reason kept in the log', async () => {
    const id = await closedWithCompleteFile();
    await call('cases.archive', { caseId: id, retention: 'long', filedBy: '王书记' });
    const clerk = app().contextFor({ id: 'clerk-1', name: '李文书', roles: ['clerk'] });
    expect(await app().registry.invoke(clerk, 'cases.unarchive', { caseId: id, reason: '补充材料' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('cases.unarchive', { caseId: id, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('cases.unarchive', { caseId: id, reason: '补充履行凭证' })).toEqual({ ok: true, data: null });
    const detail = (await call('cases.get', { id })).data;
    expect(detail.status).toBe('closed');
    expect(detail.archive).toBeNull();
    const [row] = (await auditActions('cases.unarchive')) as { after: string }[];
    expect(JSON.parse(row?.after ?? '{}')).toMatchObject({ status: 'closed', reason: '补充履行凭证' });
    expect(await call('caseFile.setPages', { caseId: id, counts: [{ item: 9, pages: 2 }] })).toEqual({ ok: true, data: null });
  });

  it('keeps an archived case from being replaced by an import', async () => {
    const id = await closedWithCompleteFile();
    await call('cases.archive', { caseId: id, retention: 'long', filedBy: '王书记' });
    const exported = (await call('cases.export', { all: true })).data.content;
    const result = await call('cases.import', { content: exported, onConflict: 'replace' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已归档') } });
    expect((await call('cases.get', { id })).data.status).toBe('archived');
  });
});
