import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../../src-main/app/open-app';
import { backupToFile, inspectBackup, listBackups, makeBackup, restoreBackup, saveBackupPolicy } from '../../../src-main/services/backups';
import type { ServiceContext } from '../../../src-main/services/context';
import { logicalDump } from '../../support/dump';
import { openSampleCases, registerSampleCopy, type SampleCasesApp } from '../../support/samples';
import { tempDir } from '../../support/temp';

/**
 * Backups in the data folder (verified, listed in the manifest, rotated) and restores (checked
 * first, the present data backed up before, an older backup brought up to date), on the three
 * sample cases, with a clock the test moves on.
 */
let opened: SampleCasesApp | undefined;
let now = new Date('2026-11-24T02:00:00Z');
const clock = { now: () => now };
const later = (hours: number) => {
  now = new Date(now.getTime() + hours * 3_600_000);
};

async function open(): Promise<{ ctx: ServiceContext; call: SampleCasesApp['call']; app: SampleCasesApp['app'] }> {
  now = new Date('2026-11-24T02:00:00Z');
  opened = await openSampleCases(tempDir(), clock);
  return { ctx: opened.app.contextFor(LOCAL_OPERATOR), call: opened.call, app: opened.app };
}
afterEach(() => opened?.app.close());

const sql = (file: string, statements: string) =>
  new Promise<void>((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => {
      if (err) return reject(err);
      db.exec(statements, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });

/** The dump without the audit rows written after `seq` (a restore appends its own). */
async function dumpUpTo(file: string, seq: number) {
  const d = await logicalDump(file);
  return { ...d, rows: { ...d.rows, audit_log: (d.rows.audit_log as { seq: number }[]).filter((r) => r.seq <= seq) } };
}

describe('backups', () => {
  it('makes a verified backup, lists it with what it holds, and audits it', async () => {
    const { ctx, app } = await open();
    const entry = await makeBackup(ctx, 'manual');
    expect(entry).toMatchObject({ file: 'mediation-desk-20261124-100000-manual.db', reason: 'manual', schemaVersion: ctx.app.migrations.length, counts: { cases: 3, documents: 0, files: 0 } });
    const file = path.join(app.paths.backups, entry.file);
    expect((await inspectBackup(ctx, file)).ok).toBe(true);
    expect(listBackups(ctx)).toEqual([expect.objectContaining({ file: entry.file, sha256: entry.sha256, reasonLabel: '手动备份', present: true })]);
    expect(await app.store.reader.all("SELECT action, entity_id FROM audit_log WHERE action = 'backup.make'")).toEqual([{ action: 'backup.make', entity_id: entry.file }]);
  });

  it('keeps the newest backups the policy says, deleting the older files', async () => {
    const { ctx, app } = await open();
    await saveBackupPolicy(ctx, { keep: 3, automatic: true });
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      made.push((await makeBackup(ctx, 'daily')).file);
      later(24);
    }
    expect(listBackups(ctx).map((b) => b.file)).toEqual(made.slice(2).reverse());
    expect(fs.readdirSync(app.paths.backups).sort()).toEqual([...made.slice(2), 'manifest.json'].sort());
  });

  it('writes a backup to a file of one’s own, refusing to overwrite one', async () => {
    const { ctx } = await open();
    const dest = path.join(tempDir(), 'U盘备份.db');
    const made = await backupToFile(ctx, dest);
    expect(made.counts.cases).toBe(3);
    expect((await inspectBackup(ctx, dest)).ok).toBe(true);
    await expect(backupToFile(ctx, dest)).rejects.toMatchObject({ code: 'BACKUP_FAILED' });
  });
});

describe('restore', () => {
  it('brings back exactly what was backed up, after backing up the data as it stood', async () => {
    const { ctx, call, app } = await open();
    const entry = await makeBackup(ctx, 'manual');
    const backupFile = path.join(app.paths.backups, entry.file);
    const before = await dumpUpTo(backupFile, entry.counts.auditRows);

    later(1);
    await registerSampleCopy(call, 0);
    expect((await call('cases.list', {})).data.total).toBe(4);
    const { restored, preRestore } = await restoreBackup(ctx, backupFile);
    expect(restored.counts.cases).toBe(3);
    expect(preRestore?.counts.cases).toBe(4);

    expect(await dumpUpTo(app.paths.database, entry.counts.auditRows)).toEqual(before);
    expect((await call('cases.list', {})).data.total).toBe(3);
    const audit = await app.store.reader.all<{ action: string }>('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq', [entry.counts.auditRows]);
    expect(audit.map((a) => a.action)).toEqual(['backup.restore']);
    expect(await app.store.reader.pragma('quick_check')).toBe('ok');
    // what stood before the restore is itself a backup, to go back to
    expect((await inspectBackup(ctx, path.join(app.paths.backups, preRestore?.file ?? ''))).counts.cases).toBe(4);
  });

  it('refuses a damaged backup, a file that is not ours, and one from a newer version, changing nothing', async () => {
    const { ctx, app } = await open();
    const entry = await makeBackup(ctx, 'manual');
    const listed = path.join(app.paths.backups, entry.file);
    const stranger = path.join(tempDir(), 'other.db');
    await sql(stranger, 'CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    const newer = path.join(tempDir(), 'newer.db');
    await backupToFile(ctx, newer);
    await sql(newer, 'PRAGMA user_version = 999;');
    const garbage = path.join(tempDir(), 'garbage.db');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    // a listed backup changed on disk: its hash no longer matches the manifest
    await sql(listed, "UPDATE organization SET name = '改动'");

    const before = await logicalDump(app.paths.database);
    const backupsBefore = fs.readdirSync(app.paths.backups).sort();
    const refusal = (file: string) => restoreBackup(ctx, file).then(() => 'restored', (e: { code: string; message: string }) => `${e.code} ${e.message}`);
    expect(await refusal(listed)).toMatch(/^RESTORE_REFUSED 备份文件与备份清单记录的校验值不符/);
    expect(await refusal(stranger)).toMatch(/^RESTORE_REFUSED 该文件不是本程序的数据库备份/);
    expect(await refusal(newer)).toMatch(/^RESTORE_REFUSED 该备份由更新版本的程序制作/);
    expect(await refusal(garbage)).toMatch(/^RESTORE_REFUSED 该文件不是有效的数据库备份/);
    expect(await refusal(path.join(tempDir(), 'missing.db'))).toMatch(/^NOT_FOUND 找不到备份文件/);
    expect(await logicalDump(app.paths.database)).toEqual(before);
    expect(fs.readdirSync(app.paths.backups).sort()).toEqual(backupsBefore);
  });

  it('brings a backup from an earlier version up to date', async () => {
    const { ctx, call, app } = await open();
    const old = path.join(tempDir(), 'old.db');
    await backupToFile(ctx, old);
    // as the version before typical cases left it
    const last = ctx.app.migrations.length - 1;
    await sql(old, `DROP TABLE typical_cases; DELETE FROM __drizzle_migrations WHERE id = (SELECT max(id) FROM __drizzle_migrations); PRAGMA user_version = ${last};`);
    expect((await inspectBackup(ctx, old)).schemaVersion).toBe(last);

    await restoreBackup(ctx, old);
    expect(await app.store.reader.pragma('user_version')).toBe(ctx.app.migrations.length);
    const caseId = (await call('cases.list', {})).data.rows[0].id;
    expect((await call('typicalCases.get', { caseId })).ok).toBe(true);
  });
});
