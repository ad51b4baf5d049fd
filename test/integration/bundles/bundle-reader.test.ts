import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../../src-main/app/open-app';
import { exportBundle } from '../../../src-main/services/bundle-export';
import { BUNDLE_LIMITS, readBundle, type RefusalReason } from '../../../src-main/services/bundle-reader';
import { openSampleCases } from '../../support/samples';
import { fixedClock, tempDir } from '../../support/temp';

/**
 * Hostile bundles (reliability #31–32), built in the test from a real one: each is refused with a
 * typed reason, and nothing is written outside the staging folder.
 */
let valid: Uint8Array;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  const { app, call } = await openSampleCases(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  const caseId = (await call('cases.list', {})).data.rows[0].id;
  const photo = (await call('files.store', { mime: 'image/png', dataBase64: PNG.toString('base64') })).data.sha256;
  await call('attachments.add', { caseId, items: [{ sha256: photo, name: '照片.png', kind: 'evidence' }] });
  const numbers = (await call('cases.list', {})).data.rows.map((r: { caseNumber: string }) => r.caseNumber);
  valid = (await exportBundle(app.contextFor(LOCAL_OPERATOR), numbers)).bytes;
  await app.close();
});

const limits = { ...BUNDLE_LIMITS };
afterEach(() => Object.assign(BUNDLE_LIMITS, limits));

/** The valid bundle changed by `edit`, written to a file in a folder of its own. */
async function hostile(edit: (zip: JSZip) => unknown, options: JSZip.JSZipGeneratorOptions = {}): Promise<{ file: string; folder: string }> {
  const zip = await JSZip.loadAsync(valid);
  await edit(zip);
  const folder = tempDir();
  const file = path.join(folder, 'bundle.zip');
  fs.writeFileSync(file, await zip.generateAsync({ ...options, type: 'uint8array', compression: options.compression ?? 'DEFLATE' }));
  return { file, folder };
}

/** Reads into `<folder>/staging`; what it refused, and every path left in the folder besides the zip and staging. */
async function refusal(bundle: { file: string; folder: string }): Promise<{ reason: RefusalReason | 'read'; elsewhere: string[] }> {
  const staging = path.join(bundle.folder, 'staging');
  const reason = await readBundle(bundle.file, staging).then(
    () => 'read' as const,
    (e: { code?: string; reason: RefusalReason }) => {
      expect(e.code).toBe('BUNDLE_REFUSED');
      return e.reason;
    },
  );
  const elsewhere = fs.readdirSync(bundle.folder, { recursive: true }).map(String).filter((p) => p !== 'bundle.zip' && p !== 'staging' && !p.startsWith(`staging${path.sep}`));
  return { reason, elsewhere };
}

describe('reading a bundle', () => {
  it('reads a valid bundle: its cases, its file index and each file staged by hash', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'ok.zip');
    fs.writeFileSync(file, valid);
    const read = await readBundle(file, path.join(folder, 'staging'));
    expect(read.cases).toHaveLength(3);
    expect(read.files.attachments).toHaveLength(1);
    const [sha, staged] = [...read.blobs][0] as [string, string];
    expect(crypto.createHash('sha256').update(fs.readFileSync(staged)).digest('hex')).toBe(sha);
  });

  it.each<[string, (zip: JSZip) => unknown, RefusalReason]>([
    ['a parent path', (z) => z.file('../evil.txt', 'x', { createFolders: false }), 'unsafe-path'],
    ['a nested parent path', (z) => z.file('files/../../evil.txt', 'x', { createFolders: false }), 'unsafe-path'],
    ['an absolute path', (z) => z.file('/tmp/evil.txt', 'x', { createFolders: false }), 'unsafe-path'],
    ['a drive path', (z) => z.file('C:/evil.txt', 'x', { createFolders: false }), 'unsafe-path'],
    ['a backslash path', (z) => z.file('files\\..\\evil.txt', 'x', { createFolders: false }), 'unsafe-path'],
    ['a reserved name', (z) => z.file('files/NUL', 'x', { createFolders: false }), 'unsafe-path'],
    ['a foreign entry', (z) => z.file('readme.txt', 'x', { createFolders: false }), 'unexpected-entry'],
    ['a folder entry', (z) => z.folder('files'), 'unexpected-entry'],
  ])('refuses %s', async (_what, edit, reason) => {
    expect(await refusal(await hostile(edit))).toEqual({ reason, elsewhere: [] });
  });

  it('refuses two entries of one name', async () => {
    // JSZip keeps one entry per name: a second one is given a name of the same length, renamed in the bytes
    const bundle = await hostile((z) => z.file('cases.jsom', '{}', { createFolders: false }), { compression: 'STORE' });
    const bytes = fs.readFileSync(bundle.file);
    fs.writeFileSync(bundle.file, Buffer.from(bytes.toString('latin1').replaceAll('cases.jsom', 'cases.json'), 'latin1'));
    expect(await refusal(bundle)).toEqual({ reason: 'duplicate', elsewhere: [] });
  });

  it('refuses a symlink', async () => {
    const bundle = await hostile((z) => z.file('files/' + 'a'.repeat(64), '/etc/passwd', { unixPermissions: 0o120777, createFolders: false }), { platform: 'UNIX' });
    expect(await refusal(bundle)).toEqual({ reason: 'symlink', elsewhere: [] });
  });

  it('refuses a zip bomb, an oversized entry and too many entries', async () => {
    expect(await refusal(await hostile((z) => z.file('files/' + 'b'.repeat(64), Buffer.alloc(8 * 1024 * 1024), { createFolders: false })))).toEqual({ reason: 'ratio', elsewhere: [] });
    BUNDLE_LIMITS.entryBytes = 40;
    expect(await refusal(await hostile(() => undefined))).toEqual({ reason: 'too-large', elsewhere: [] });
    Object.assign(BUNDLE_LIMITS, limits);
    BUNDLE_LIMITS.entries = 2;
    expect(await refusal(await hostile(() => undefined))).toEqual({ reason: 'too-many', elsewhere: [] });
  });

  it('refuses content that does not match the manifest, a missing manifest, and what is not a zip', async () => {
    const edited = await hostile(async (z) => {
      const cases = await z.file('cases.json')!.async('string');
      z.file('cases.json', cases.replace('河南嵩岳食品有限公司', '河南嵩山食品有限公司'), { createFolders: false });
    });
    expect(await refusal(edited)).toEqual({ reason: 'manifest-mismatch', elsewhere: [] });
    const unlisted = await hostile((z) => z.file('files/' + 'c'.repeat(64), 'not listed', { createFolders: false }));
    expect(await refusal(unlisted)).toEqual({ reason: 'manifest-mismatch', elsewhere: [] });
    expect(await refusal(await hostile((z) => z.remove('manifest.json')))).toEqual({ reason: 'manifest-mismatch', elsewhere: [] });
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'bundle.zip'), crypto.randomBytes(2048));
    expect(await refusal({ file: path.join(folder, 'bundle.zip'), folder })).toEqual({ reason: 'not-a-zip', elsewhere: [] });
  });
});
