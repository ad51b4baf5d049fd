import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';

/** The screens' bundle methods: export a case, preview and import the bytes; junk refused, nothing left in staging. */
const { app, call } = sampleCasesPerTest();
const TRADEMARK = '（2026）豫郑知调字第0003号';

describe('bundle methods', () => {
  it('exports a case, previews the bundle with its conflict, and imports it with the choice made', async () => {
    const exported = await call('bundles.export', { caseNumbers: [TRADEMARK] });
    expect(exported.ok, JSON.stringify(exported.error)).toBe(true);
    expect(exported.data.fileName).toBe(`交换包-${TRADEMARK}.zip`);
    const preview = await call('bundles.preview', { dataBase64: exported.data.dataBase64 });
    expect(preview).toMatchObject({ ok: true, data: { from: expect.any(String), files: 0, cases: [{ caseNumber: TRADEMARK, conflict: TRADEMARK }] } });
    expect(await call('bundles.import', { dataBase64: exported.data.dataBase64 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('bundles.import', { dataBase64: exported.data.dataBase64, onConflict: 'replace' })).toMatchObject({ ok: true, data: { replaced: [TRADEMARK] } });
    expect(fs.readdirSync(path.join(app().paths.dataDir, 'staging'))).toEqual([]);
  });

  it('refuses bytes that are not a bundle, leaving nothing behind', async () => {
    const r = await call('bundles.preview', { dataBase64: Buffer.from('not a zip').toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'BUNDLE_REFUSED', message: '交换包不是有效的 zip 文件，未导入任何内容。' } });
    expect(fs.readdirSync(path.join(app().paths.dataDir, 'staging'))).toEqual([]);
  });
});
