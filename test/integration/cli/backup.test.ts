import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION } from '../../support/samples';
import { tempDir } from '../../support/temp';

/** `backup [--out FILE]`, `restore FILE`, `check` and `audit verify` on the three samples. */
let dir: string;
const count = () => JSON.parse(cli('list', '--data-dir', dir, '--json').stdout).total as number;

beforeAll(() => {
  dir = tempDir();
  expect(cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
  expect(cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json')).status).toBe(0);
});

describe('cli backup, restore and check', () => {
  it('backs up into the backups folder or to a file, and restores from the file after backing up the present data', () => {
    const inFolder = cli('backup', '--data-dir', dir, '--json');
    expect(inFolder.status, inFolder.stderr).toBe(0);
    expect(JSON.parse(inFolder.stdout)).toMatchObject({ file: expect.stringContaining(path.join(dir, 'backups', 'mediation-desk-')), counts: { cases: 3 } });

    const stick = path.join(tempDir(), '备份.db');
    const toFile = cli('backup', '--data-dir', dir, '--out', stick);
    expect(toFile.status, toFile.stderr).toBe(0);
    expect(toFile.stdout).toContain('已备份并校验（案件3件，文书0份，文件0个）');
    expect(cli('backup', '--data-dir', dir, '--out', stick).stderr).toContain('备份目标文件已存在');

    expect(cli('seed-demo', '--data-dir', dir, '--cases', '2').status).toBe(0);
    expect(count()).toBe(5);
    const restored = cli('restore', '--data-dir', dir, stick, '--json');
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: '备份.db', counts: { cases: 3 }, preRestoreBackup: expect.stringMatching(/-pre-restore\.db$/) });
    expect(count()).toBe(3);
  });

  it('refuses to restore a file that is not a backup, with exit 1 and nothing changed', () => {
    const junk = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    const r = cli('restore', '--data-dir', dir, junk);
    expect([r.status, r.stderr.trim()]).toEqual([1, '该文件不是有效的数据库备份。当前数据未改变。']);
    expect(cli('restore', '--data-dir', dir).status).toBe(2);
    expect(count()).toBe(3);
  });

  it('verifies the audit trail', () => {
    const r = cli('audit', 'verify', '--data-dir', dir, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, rows: expect.any(Number) });
    expect(cli('audit', 'nonsense', '--data-dir', dir).status).toBe(2);
  });

  it('checks the database and every stored file, and says which file is damaged', () => {
    const ok = cli('check', '--data-dir', dir, '--json');
    expect([ok.status, JSON.parse(ok.stdout)]).toEqual([0, { ok: true, problems: [] }]);

    const rendered = path.join(tempDir(), 'a.docx');
    expect(cli('render', '--data-dir', dir, '--case', '（2026）豫郑知调字第0003号', '--doc', 'agreement', '--out', rendered).status).toBe(0);
    const store = path.join(dir, 'files');
    const [shard] = fs.readdirSync(store);
    const [blob] = fs.readdirSync(path.join(store, shard as string));
    fs.appendFileSync(path.join(store, shard as string, blob as string), 'x');
    const bad = cli('check', '--data-dir', dir, '--json');
    expect([bad.status, JSON.parse(bad.stdout)]).toEqual([1, { ok: false, problems: [`文件 ${(blob as string).slice(0, 12)}… 的内容与校验值不符`] }]);
  });
});
