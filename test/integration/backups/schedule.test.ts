import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp, type AppInstance } from '../../../src-main/app/open-app';
import { listBackups, saveBackupPolicy } from '../../../src-main/services/backups';
import { resources, tempDir } from '../../support/temp';

/** The automatic backups of the window's hosts: one a day while open, one on closing, none when the office turns them off. */
let app: AppInstance | undefined;
afterEach(() => app?.close());

let now = new Date('2026-11-24T02:00:00Z');
const clock = { now: () => now };
const open = (dataDir: string) => openApp({ dataDir, migrationsFolder: resources.migrationsFolder, version: 't', logger: silentLogger, clock, automaticBackups: true });
const reasons = (a: AppInstance) => listBackups(a.contextFor(LOCAL_OPERATOR)).map((b) => b.reason);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('automatic backups', () => {
  it('backs up on the first start of the day and on closing, and not again the same day', async () => {
    const dir = tempDir();
    now = new Date('2026-11-24T02:00:00Z');
    app = await open(dir);
    await settle();
    expect(reasons(app)).toEqual(['daily']);
    await app.close();
    now = new Date('2026-11-24T05:00:00Z');
    app = await open(dir);
    await settle();
    expect(reasons(app)).toEqual(['exit', 'daily']);
    await app.close();
    now = new Date('2026-11-25T06:00:00Z');
    app = await open(dir);
    await settle();
    expect(reasons(app)).toEqual(['daily', 'exit', 'exit', 'daily']);
    const audit = await app.store.reader.all<{ actor_name: string }>("SELECT DISTINCT actor_name FROM audit_log WHERE action = 'backup.make'");
    expect(audit).toEqual([{ actor_name: '自动备份' }]);
  });

  it('makes none when the office turns them off', async () => {
    const dir = tempDir();
    app = await open(dir);
    await settle();
    await saveBackupPolicy(app.contextFor(LOCAL_OPERATOR), { keep: 5, automatic: false });
    const before = fs.readdirSync(app.paths.backups).length;
    await app.close();
    now = new Date(now.getTime() + 48 * 3_600_000);
    app = await open(dir);
    await settle();
    expect(fs.readdirSync(app.paths.backups).length).toBe(before);
  });
});
