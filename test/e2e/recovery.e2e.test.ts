import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi, cliRun, keepScreenshot, seriousA11yViolations, settledDialog, workspaceForFile } from './support/harness';

/**
 * A database damaged while the app was closed: the window opens on the recovery page only, the
 * damaged file untouched; a backup restored from there, and the workspace opens.
 */
let dataDir = '';
let damagedSha = '';
const current = workspaceForFile({
  samples: true,
  setUp: (dir) => {
    dataDir = dir;
    cliRun('backup', '--data-dir', dir);
    const db = path.join(dir, 'mediation-desk.db');
    const fd = fs.openSync(db, 'r+');
    fs.writeSync(fd, crypto.randomBytes(4096 * 6), 0, 4096 * 6, Math.floor(fs.statSync(db).size / 4096 / 2) * 4096);
    fs.closeSync(fd);
    damagedSha = crypto.createHash('sha256').update(fs.readFileSync(db)).digest('hex');
  },
});

describe('recovery at start-up', () => {
  it('opens only the recovery page, restores a backup from it, and then the workspace', async () => {
    const { page, watch } = current();
    await page.getByText('数据库文件已损坏').first().waitFor();
    await page.getByTestId('recovery-problems').waitFor();
    // nothing else answers
    await expect(callApi(page, 'cases.list', {})).rejects.toThrow(/数据库文件已损坏/);
    const rows = page.getByTestId('backup-list').locator('.ant-table-row');
    await rows.filter({ hasText: '手动备份' }).filter({ hasText: '案件3件' }).waitFor();
    await keepScreenshot(page, 'recovery');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await rows.filter({ hasText: '手动备份' }).getByRole('button', { name: /恢复/ }).click();
    const dialog = settledDialog(page, '从备份恢复');
    await dialog.getByText('完整性和校验值无误').waitFor();
    await dialog.getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.getByText(/^已从 mediation-desk-.*-manual\.db 恢复；损坏的数据库已改名保留为 mediation-desk\.db\.damaged-/).waitFor();

    // the workspace, with the cases of the backup
    await page.getByRole('menuitem', { name: '案件' }).waitFor();
    expect((await callApi<{ total: number }>(page, 'cases.list', {})).total).toBe(3);
    const kept = fs.readdirSync(dataDir).find((f) => /^mediation-desk\.db\.damaged-\d{8}-\d{6}$/.test(f));
    expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(dataDir, kept ?? ''))).digest('hex')).toBe(damagedSha);
    expect(watch.problems).toEqual([]);
  });
});
