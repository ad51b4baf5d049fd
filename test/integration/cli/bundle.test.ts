import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION } from '../../support/samples';
import { tempDir } from '../../support/temp';

/** `bundle export --case NUMBER... --out FILE.zip` on the three samples. */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  expect(cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
  expect(cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json')).status).toBe(0);
});

describe('cli bundle export', () => {
  it('writes the bundle of the chosen cases', async () => {
    const out = path.join(tempDir(), '交换包.zip');
    const r = cli('bundle', 'export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0001号', '--case', '（2026）豫郑知调字第0003号', '--out', out, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: out, cases: ['（2026）豫郑知调字第0001号', '（2026）豫郑知调字第0003号'], files: 0 });
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['cases.json', 'files.json', 'manifest.json']);
  });

  it('imports the bundle at another office, all or nothing', () => {
    const bundle = path.join(tempDir(), 'b.zip');
    expect(cli('bundle', 'export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0003号', '--out', bundle).status).toBe(0);
    const other = tempDir();
    expect(cli('init', '--data-dir', other, '--org-name', '郑州市中级人民法院诉调对接中心', '--region', '豫').status).toBe(0);
    const r = cli('bundle', 'import', bundle, '--data-dir', other, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ created: ['（2026）豫郑知调字第0003号'], skipped: [], replaced: [], files: 0 });
    const again = cli('bundle', 'import', bundle, '--data-dir', other);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect(cli('bundle', 'import', bundle, '--data-dir', other, '--on-conflict', 'merge').status).toBe(2);
  });

  it('refuses a missing --case or --out (exit 2) and an unknown case (exit 1), writing nothing', () => {
    const folder = tempDir();
    const out = path.join(folder, 'x.zip');
    expect(cli('bundle', 'export', '--data-dir', dir, '--out', out).status).toBe(2);
    expect(cli('bundle', 'export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0001号').status).toBe(2);
    expect(cli('bundle', 'pack', '--data-dir', dir).status).toBe(2);
    const unknown = cli('bundle', 'export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0099号', '--out', out);
    expect([unknown.status, unknown.stderr.trim()]).toEqual([1, '未找到案号为 （2026）豫郑知调字第0099号 的案件。']);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
