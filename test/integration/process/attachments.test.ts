import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { cases } from '../../../src-main/db/schema';
import { openSampleCases, type SampleCasesApp } from '../../support/samples';
import { fixedClock, tempDir } from '../../support/temp';

/** Attachments through the API: filed from the store, counted, opened with a hash check, blocked when tampered with. */
let app: AppInstance;
let call: SampleCasesApp['call'];
let caseId: string;
let dataDir: string;

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return Buffer.from(await doc.save());
}

async function store(data: Buffer, mime: string): Promise<string> {
  const r = await call('files.store', { mime, dataBase64: data.toString('base64') });
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return r.data.sha256;
}

beforeEach(async () => {
  dataDir = tempDir();
  let ids: Record<string, string>;
  ({ app, call, ids } = await openSampleCases(dataDir, fixedClock('2026-11-24T10:00:00+08:00')));
  caseId = ids.performing as string;
  return () => app.close();
});

const audits = async (action: string) => app.store.reader.all('SELECT entity_id, after FROM audit_log WHERE action = ? ORDER BY seq', [action]);
const onDisk = (sha256: string) => path.join(dataDir, 'files', sha256.slice(0, 2), sha256);

describe('attachments', () => {
  it('files a PDF and an image with their pages, size, type, hash, who and when', async () => {
    const pdf = await pdfOf(3);
    const [pdfHash, pngHash] = [await store(pdf, 'application/pdf'), await store(PNG, 'image/png')];
    const added = await call('attachments.add', {
      caseId,
      items: [
        { sha256: pdfHash, name: '转账凭证.pdf', kind: 'performance_receipt', note: '第一期' },
        { sha256: pngHash, name: '侵权商品照片.png', kind: 'evidence' },
      ],
    });
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const list = (await call('attachments.list', { caseId })).data;
    expect(list).toEqual([
      expect.objectContaining({ name: '侵权商品照片.png', kind: 'evidence', pages: 1, size: PNG.byteLength, mime: 'image/png', sha256: pngHash, blocked: false, addedAt: '2026-11-24T10:00:00.000+08:00' }),
      expect.objectContaining({ name: '转账凭证.pdf', kind: 'performance_receipt', pages: 3, size: pdf.byteLength, mime: 'application/pdf', note: '第一期', addedBy: expect.any(String) }),
    ]);
    expect(JSON.parse(((await audits('attachments.add'))[0] as { after: string }).after)).toEqual([
      { name: '转账凭证.pdf', kind: '履行凭证', pages: 3, sha256: pdfHash },
      { name: '侵权商品照片.png', kind: '证据材料', pages: 1, sha256: pngHash },
    ]);
    // the case file counts them under their items
    const file = (await call('caseFile.get', { caseId })).data.compiled.items;
    expect(file[5]).toMatchObject({ name: '证据材料', present: true, pages: 1, sources: ['附件1份'] });
    expect(file[8]).toMatchObject({ name: '履行凭证', present: true, pages: 3 });
  });

  it('opens and exports the very bytes, logging each reading', async () => {
    const sha = await store(PNG, 'image/png');
    const [id] = (await call('attachments.add', { caseId, items: [{ sha256: sha, name: '照片.png', kind: 'evidence' }] })).data;
    const opened = await call('attachments.open', { id, purpose: 'view' });
    expect(Buffer.from(opened.data.dataBase64, 'base64').equals(PNG)).toBe(true);
    expect(opened.data).toMatchObject({ name: '照片.png', mime: 'image/png' });
    await call('attachments.open', { id, purpose: 'export' });
    expect(await audits('attachments.open')).toHaveLength(1);
    expect(await audits('attachments.export')).toHaveLength(1);
  });

  it('blocks a file whose content changed on disk, logs it, and lifts the block when the original is stored again', async () => {
    const pdf = await pdfOf(2);
    const sha = await store(pdf, 'application/pdf');
    const [id] = (await call('attachments.add', { caseId, items: [{ sha256: sha, name: '合同.pdf', kind: 'evidence' }] })).data;
    fs.chmodSync(onDisk(sha), 0o644);
    fs.writeFileSync(onDisk(sha), Buffer.concat([pdf, Buffer.from('%tampered')]));

    expect(await call('attachments.open', { id, purpose: 'view' })).toMatchObject({ ok: false, error: { code: 'FILE_DAMAGED' } });
    expect(await audits('files.integrityFailure')).toEqual([expect.objectContaining({ entity_id: sha })]);
    expect((await call('attachments.list', { caseId })).data[0]).toMatchObject({ blocked: true });
    // blocked: refused without reading the disk again, even for export, and each refusal is logged
    fs.writeFileSync(onDisk(sha), pdf);
    expect(await call('attachments.open', { id, purpose: 'export' })).toMatchObject({ ok: false, error: { code: 'FILE_BLOCKED' } });
    expect(await audits('files.blockedRead')).toHaveLength(1);
    expect(await audits('attachments.export')).toHaveLength(0);
    // the case's own history names the attachment each time it was refused
    expect((await audits('attachments.refused')).map((r) => JSON.parse((r as { after: string }).after))).toEqual([
      { name: '合同.pdf', sha256: sha, purpose: 'view', code: 'FILE_DAMAGED' },
      { name: '合同.pdf', sha256: sha, purpose: 'export', code: 'FILE_BLOCKED' },
    ]);

    await store(pdf, 'application/pdf');
    expect(await audits('files.unblock')).toHaveLength(1);
    expect((await call('attachments.list', { caseId })).data[0]).toMatchObject({ blocked: false });
    expect(Buffer.from((await call('attachments.open', { id, purpose: 'view' })).data.dataBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('edits, and removes only with a reason, keeping the stored content', async () => {
    const sha = await store(PNG, 'image/png');
    const [id] = (await call('attachments.add', { caseId, items: [{ sha256: sha, name: '照片.png', kind: 'evidence' }] })).data;
    expect(await call('attachments.update', { id, kind: 'investigation', name: '现场勘查照片.png', pages: 2 })).toEqual({ ok: true, data: null });
    expect((await call('attachments.list', { caseId })).data[0]).toMatchObject({ name: '现场勘查照片.png', kind: 'investigation', pages: 2 });
    expect(await call('attachments.remove', { id, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('attachments.remove', { id, reason: '重复上传' })).toEqual({ ok: true, data: null });
    expect((await call('attachments.list', { caseId })).data).toEqual([]);
    expect(JSON.parse(((await audits('attachments.remove'))[0] as { after: string }).after)).toEqual({ reason: '重复上传' });
    expect(fs.existsSync(onDisk(sha))).toBe(true);
    expect((await call('files.read', { sha256: sha })).ok).toBe(true);
  });

  it('refuses bad input naming the field, and leaves nothing half-filed', async () => {
    const sha = await store(PNG, 'image/png');
    const fakePdf = await store(Buffer.from('%PDF-1.4 not really'), 'application/pdf');
    const refused = await call('attachments.add', {
      caseId,
      items: [
        { sha256: sha, name: '照片.png', kind: 'evidence' },
        { sha256: fakePdf, name: '坏文件.pdf', kind: 'evidence' },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'items.1.sha256': expect.stringContaining('坏文件.pdf') } } });
    expect(await call('attachments.add', { caseId, items: [{ sha256: 'a'.repeat(64), name: '未上传.png', kind: 'evidence' }] })).toMatchObject({
      ok: false,
      error: { fields: { 'items.0.sha256': expect.stringContaining('尚未上传成功') } },
    });
    expect(await call('attachments.add', { caseId, items: [{ sha256: sha, name: '照片.png', kind: 'photo' }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await call('attachments.list', { caseId })).data).toEqual([]);
  });

  it('keeps an archived case’s attachments as they are, while still opening them', async () => {
    const sha = await store(PNG, 'image/png');
    const [id] = (await call('attachments.add', { caseId, items: [{ sha256: sha, name: '照片.png', kind: 'evidence' }] })).data;
    await app.store.write((tx) => tx.update(cases).set({ status: 'archived' }).where(eq(cases.id, caseId)));
    for (const r of [
      await call('attachments.add', { caseId, items: [{ sha256: sha, name: '再次.png', kind: 'evidence' }] }),
      await call('attachments.update', { id, name: '改名.png' }),
      await call('attachments.remove', { id, reason: '归档后移除' }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'CASE_ARCHIVED' } });
    }
    expect((await call('attachments.open', { id, purpose: 'view' })).ok).toBe(true);
  });
});
