import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp } from '../../../src-main/app/open-app';
import { openForWindow } from '../../../src-main/app/recovery';
import { makeBackup } from '../../../src-main/services/backups';
import { cli } from '../../support/cli';
import { openSampleCases } from '../../support/samples';
import { fixedClock, resources, tempDir } from '../../support/temp';

/**
 * Start-up integrity (reliability #14): a database that fails `quick_check` is never opened for
 * writing — its bytes stay as they were — and the window's hosts serve only the recovery: what is
 * wrong, the backups, and a restore, after which the app proper.
 */
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The samples, a backup of them, then pages in the middle of the database overwritten. */
async function damagedDataDir(): Promise<{ dir: string; backup: string }> {
  const dir = tempDir();
  const { app } = await openSampleCases(dir, fixedClock('2026-11-24T10:00:00+08:00'));
  const backup = (await makeBackup(app.contextFor(LOCAL_OPERATOR), 'manual')).file;
  await app.close();
  const db = path.join(dir, 'mediation-desk.db');
  const fd = fs.openSync(db, 'r+');
  const size = fs.statSync(db).size;
  fs.writeSync(fd, crypto.randomBytes(4096 * 6), 0, 4096 * 6, Math.floor(size / 4096 / 2) * 4096);
  fs.closeSync(fd);
  return { dir, backup };
}

const options = (dataDir: string) => ({ dataDir, migrationsFolder: resources.migrationsFolder, version: 't', logger: silentLogger });

describe('a damaged database at start-up', () => {
  it('is refused by the CLI and the app without a byte of it changed', async () => {
    const { dir } = await damagedDataDir();
    const db = path.join(dir, 'mediation-desk.db');
    const before = sha(db);
    await expect(openApp(options(dir))).rejects.toMatchObject({ code: 'DB_DAMAGED', problems: [expect.any(String)] });
    const r = cli('list', '--data-dir', dir);
    expect([r.status, r.stderr.trim()]).toEqual([1, '数据库文件已损坏，为保护数据程序未对其做任何修改。请从备份恢复（界面的恢复页面或命令行 restore）。']);
    expect(sha(db)).toBe(before);
  });

  it('opens in the window as recovery only, restores a backup beside the damaged file, and then opens the app', async () => {
    const { dir, backup } = await damagedDataDir();
    const db = path.join(dir, 'mediation-desk.db');
    const before = sha(db);
    const served = await openForWindow(options(dir));
    const call = (name: string, input: unknown) => served.registry.invoke(served.contextFor(LOCAL_OPERATOR), name, input);

    const recovery = await call('system.recovery', {});
    expect(recovery).toMatchObject({ ok: true, data: { damaged: { problems: [expect.any(String)] } } });
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
    expect(await call('backups.make', {})).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
    expect(await call('backups.list', {})).toMatchObject({ ok: true, data: { backups: [expect.objectContaining({ file: backup })] } });
    expect(await call('backups.inspect', { file: backup })).toMatchObject({ ok: true, data: { ok: true, counts: { cases: 3 } } });
    expect(sha(db)).toBe(before);

    const restored = await call('backups.restore', { file: backup });
    expect(restored).toMatchObject({ ok: true, data: { preRestore: null, damagedKeptAs: expect.stringMatching(/^mediation-desk\.db\.damaged-\d{8}-\d{6}$/) } });
    const kept = path.join(dir, (restored as { data: { damagedKeptAs: string } }).data.damagedKeptAs);
    expect(sha(kept)).toBe(before);

    expect(await call('system.recovery', {})).toEqual({ ok: true, data: { damaged: null } });
    expect(await call('cases.list', {})).toMatchObject({ ok: true, data: { total: 3 } });
    expect(await call('system.checkIntegrity', {})).toEqual({ ok: true, data: { ok: true, problems: [] } });
    await served.close();
  });

  it('is restored over by cli restore, which keeps the damaged file aside', async () => {
    const { dir, backup } = await damagedDataDir();
    const before = sha(path.join(dir, 'mediation-desk.db'));
    const r = cli('restore', '--data-dir', dir, path.join(dir, 'backups', backup), '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { damagedKeptAs: string; counts: { cases: number } };
    expect(out.counts.cases).toBe(3);
    expect(sha(out.damagedKeptAs)).toBe(before);
    expect(JSON.parse(cli('list', '--data-dir', dir, '--json').stdout).total).toBe(3);
  });
});
