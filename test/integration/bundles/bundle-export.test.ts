import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../../src-main/app/open-app';
import { bundleFilesSchema, bundleManifestSchema } from '../../../src-main/domain/bundle';
import { parseExchangeFile } from '../../../src-main/services/case-import';
import { exportBundle } from '../../../src-main/services/bundle-export';
import { SAMPLE_ORGANIZATION, sampleCasesPerTest } from '../../support/samples';

/**
 * The exchange bundle of the trademark sample with a photo filed and its agreement made: the case
 * in `mediation-case/1`, the files indexed and carried once each, a manifest whose sizes and
 * hashes match every entry, and the export recorded; a file damaged on disk stops it.
 */
const { app, call } = sampleCasesPerTest();
const TRADEMARK = '（2026）豫郑知调字第0003号';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

async function fileThings(): Promise<{ photo: string; agreement: string }> {
  const caseId = (await call('cases.list', {})).data.rows.find((r: { caseNumber: string }) => r.caseNumber === TRADEMARK).id;
  const photo = (await call('files.store', { mime: 'image/png', dataBase64: PNG.toString('base64') })).data.sha256;
  expect((await call('attachments.add', { caseId, items: [{ sha256: photo, name: '侵权商品照片.png', kind: 'evidence' }] })).ok).toBe(true);
  const doc = await call('documents.generate', { caseId, kind: 'agreement' });
  expect(doc.ok, JSON.stringify(doc.error)).toBe(true);
  return { photo, agreement: (await call('documents.list', { caseId })).data[0].sha256 };
}

describe('exchange bundle export', () => {
  it('carries the case, its files once each and a manifest that matches every entry', async () => {
    const { photo, agreement } = await fileThings();
    const { bytes, manifest } = await exportBundle(app().contextFor(LOCAL_OPERATOR), [TRADEMARK]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['cases.json', 'files.json', `files/${agreement}`, `files/${photo}`, 'manifest.json'].sort());

    const written = bundleManifestSchema.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(written).toEqual(manifest);
    expect(written).toMatchObject({ format: 'mediation-bundle/1', createdBy: SAMPLE_ORGANIZATION.name, cases: [TRADEMARK] });
    for (const e of written.entries) {
      const data = await zip.file(e.path)!.async('uint8array');
      expect([e.path, data.byteLength, sha(data)]).toEqual([e.path, e.bytes, e.sha256]);
    }
    expect(written.entries.map((e) => e.path).sort()).toEqual(Object.keys(zip.files).filter((p) => p !== 'manifest.json').sort());

    const exchange = parseExchangeFile(JSON.parse(await zip.file('cases.json')!.async('string')));
    expect(exchange.cases.map((c) => c.caseNumber)).toEqual([TRADEMARK]);
    const files = bundleFilesSchema.parse(JSON.parse(await zip.file('files.json')!.async('string')));
    expect(files.attachments).toEqual([expect.objectContaining({ caseNumber: TRADEMARK, name: '侵权商品照片.png', kind: 'evidence', sha256: photo })]);
    expect(files.mimes[photo]).toBe('image/png');
    expect(files.documents).toEqual([expect.objectContaining({ caseNumber: TRADEMARK, kind: 'agreement', version: 1, sha256: agreement })]);

    const actions = await app().store.reader.all<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('cases.export', 'bundles.export') ORDER BY seq");
    expect(actions.map((a) => a.action)).toEqual(['cases.export', 'bundles.export']);
  });

  it('stops when a file to carry is damaged on disk, and refuses an unknown case number', async () => {
    const { photo } = await fileThings();
    fs.appendFileSync(path.join(app().paths.files, photo.slice(0, 2), photo), 'x');
    await expect(exportBundle(app().contextFor(LOCAL_OPERATOR), [TRADEMARK])).rejects.toMatchObject({ code: 'FILE_DAMAGED' });
    await expect(exportBundle(app().contextFor(LOCAL_OPERATOR), ['（2026）豫郑知调字第9999号'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
