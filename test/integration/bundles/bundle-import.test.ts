import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../../src-main/app/open-app';
import { exportBundle } from '../../../src-main/services/bundle-export';
import { importBundle, previewBundle } from '../../../src-main/services/bundle-import';
import { logicalDump } from '../../support/dump';
import { openSampleCases, setUpSampleOrganization, type SampleCasesApp } from '../../support/samples';
import { fixedClock, openTestApp, tempDir } from '../../support/temp';

/**
 * A bundle carried from one office to another: the trademark sample with a photo and its
 * agreement, exported at the first and imported at the second — cases, files and documents, all
 * or nothing, with the conflict choice; a tampered bundle changes nothing.
 */
const TRADEMARK = '（2026）豫郑知调字第0003号';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');
const opened: SampleCasesApp['app'][] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
});

async function bundleFromCounty(): Promise<string> {
  const county = await openSampleCases(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  opened.push(county.app);
  const caseId = (await county.call('cases.list', {})).data.rows.find((r: { caseNumber: string }) => r.caseNumber === TRADEMARK).id;
  const photo = (await county.call('files.store', { mime: 'image/png', dataBase64: PNG.toString('base64') })).data.sha256;
  await county.call('attachments.add', { caseId, items: [{ sha256: photo, name: '侵权商品照片.png', kind: 'evidence' }] });
  await county.call('documents.generate', { caseId, kind: 'agreement' });
  const file = path.join(tempDir(), 'bundle.zip');
  fs.writeFileSync(file, (await exportBundle(county.app.contextFor(LOCAL_OPERATOR), [TRADEMARK])).bytes);
  return file;
}

async function court() {
  const app = await openTestApp(tempDir(), fixedClock('2026-11-25T10:00:00+08:00'));
  opened.push(app);
  await setUpSampleOrganization(app);
  return { app, ctx: app.contextFor(LOCAL_OPERATOR), call: (name: string, input: unknown) => app.registry.invoke(app.contextFor(LOCAL_OPERATOR), name, input) as Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('exchange bundle import', () => {
  it('previews, then brings in the case with its attachment and its document, files checked on open', async () => {
    const file = await bundleFromCounty();
    const { app, ctx, call } = await court();
    const preview = await previewBundle(ctx, file);
    expect(preview).toMatchObject({ files: 2, cases: [{ caseNumber: TRADEMARK, conflict: null }] });

    const result = await importBundle(ctx, file, 'fail');
    expect(result).toMatchObject({ created: [TRADEMARK], replaced: [], skipped: [], files: 2 });
    const caseId = (await call('cases.list', {})).data.rows[0].id;
    const attachments = (await call('attachments.list', { caseId })).data;
    expect(attachments).toEqual([expect.objectContaining({ name: '侵权商品照片.png', kind: 'evidence' })]);
    const photo = await call('attachments.open', { id: attachments[0].id, purpose: 'view' });
    expect(Buffer.from(photo.data.dataBase64, 'base64')).toEqual(PNG);
    const documents = (await call('documents.list', { caseId })).data;
    expect(documents).toEqual([expect.objectContaining({ kind: 'agreement', version: 1 })]);
    expect((await call('documents.download', { id: documents[0].id })).ok).toBe(true);
    expect(await app.store.reader.all("SELECT action FROM audit_log WHERE action = 'bundles.import' AND entity_id IS NULL")).toHaveLength(1);
    // nothing is left in staging
    expect(fs.readdirSync(path.join(app.paths.dataDir, 'staging'))).toEqual([]);
  });

  it('refuses a case already here unless told to skip or replace, and then changes nothing', async () => {
    const file = await bundleFromCounty();
    const { app, ctx, call } = await court();
    await importBundle(ctx, file, 'fail');
    const before = await logicalDump(app.paths.database);
    await expect(importBundle(ctx, file, 'fail')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await logicalDump(app.paths.database)).toEqual(before);
    expect(await importBundle(ctx, file, 'skip')).toMatchObject({ skipped: [TRADEMARK], files: 0 });
    expect(await importBundle(ctx, file, 'replace')).toMatchObject({ replaced: [TRADEMARK], files: 2 });
    const caseId = (await call('cases.list', {})).data.rows[0].id;
    expect((await call('attachments.list', { caseId })).data).toHaveLength(1);
  });

  it('refuses a tampered bundle with nothing changed', async () => {
    const file = await bundleFromCounty();
    const { app, ctx } = await court();
    const bytes = fs.readFileSync(file);
    // one byte of the stored photo flipped (stored, not compressed, in the zip)
    const at = bytes.indexOf(PNG.subarray(0, 8));
    if (at >= 0) bytes[at + 20] = (bytes[at + 20] ?? 0) ^ 0xff;
    else bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    const before = await logicalDump(app.paths.database);
    await expect(importBundle(ctx, file, 'fail')).rejects.toMatchObject({ code: 'BUNDLE_REFUSED' });
    expect(await logicalDump(app.paths.database)).toEqual(before);
    expect(fs.readdirSync(path.join(app.paths.dataDir, 'staging'))).toEqual([]);
  });
});
