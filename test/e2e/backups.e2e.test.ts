import { describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { WorkspacePage } from './pages/workspace-page';
import { callApi, keepScreenshot, seriousA11yViolations, settledDialog, workspaceForFile } from './support/harness';

/**
 * 设置 → 备份与恢复 on the three samples: the day's automatic backup listed, a backup made from the screen, a fourth case registered
 * afterwards, the backup copied away and then restored — after seeing what it holds — which
 * takes the fourth case away again and keeps the data before the restore as a backup of its own.
 */
const current = workspaceForFile({ samples: true });

const total = async (page: Parameters<typeof callApi>[0]) => (await callApi<{ total: number }>(page, 'cases.list', {})).total;

describe('backup and restore', () => {
  it('makes a backup, copies it, and restores it from the settings screen', async () => {
    const { page, watch } = current();
    await new WorkspacePage(page).open('设置');
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    // the first start of the day made one by itself
    const rows = page.getByTestId('backup-list').locator('.ant-table-row');
    await rows.filter({ hasText: '每日自动备份' }).filter({ hasText: '案件3件' }).waitFor();

    await page.getByRole('button', { name: /立即备份/ }).click();
    await page.getByText(/^已备份并校验：mediation-desk-.*-manual\.db$/).waitFor();
    await rows.filter({ hasText: '手动备份' }).filter({ hasText: '案件3件，文书0份，文件0个' }).waitFor();

    // a fourth case, registered after the backup
    const c = sample().cases[0];
    await callApi(page, 'cases.register', { case: { category: c.category, ipRights: c.ipRights, source: 'party_application', receivedOn: '2026-11-20', subject: c.subject, requests: c.requests, parties: c.parties }, documents: [] });
    expect(await total(page)).toBe(4);

    // a copy to take away
    const [copy] = await Promise.all([page.waitForEvent('download'), rows.filter({ hasText: '手动备份' }).getByRole('button', { name: /复制到/ }).click()]);
    expect(copy.suggestedFilename()).toMatch(/^mediation-desk-\d{8}-\d{6}-manual\.db$/);

    await rows.filter({ hasText: '手动备份' }).getByRole('button', { name: /恢复/ }).click();
    const dialog = settledDialog(page, '从备份恢复');
    const preview = dialog.getByTestId('restore-preview');
    await preview.getByText('完整性和校验值无误').waitFor();
    await expect(preview.locator('tr').filter({ hasText: '案件' }).first().textContent()).resolves.toBe('案件3');
    await dialog.getByText('恢复将用这份备份替换当前的全部数据').waitFor();
    await keepScreenshot(page, 'backup-restore');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.getByText(/^已从 mediation-desk-.*-manual\.db 恢复；恢复前的数据已备份为 mediation-desk-.*-pre-restore\.db$/).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    expect(await total(page)).toBe(3);
    await rows.filter({ hasText: '恢复前备份' }).filter({ hasText: '案件4件' }).waitFor();
    await keepScreenshot(page, 'backups');
    expect(watch.problems).toEqual([]);
  });

  it('shows the restore in the audit log, verifies the chain and exports the rows', async () => {
    const { page, watch } = current();
    await page.getByRole('tab', { name: '审计日志' }).click();
    const rows = page.getByTestId('audit-rows').locator('.ant-table-row');
    await rows.first().filter({ hasText: '从备份恢复' }).waitFor();

    await page.getByLabel('操作', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '从备份恢复' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().locator('.ant-table-row-expand-icon').click();
    await page.locator('.audit-json').filter({ hasText: '"preRestore":"mediation-desk-' }).waitFor();

    await page.getByRole('button', { name: /校验日志/ }).click();
    await page.getByTestId('audit-verify').filter({ hasText: /审计日志完整：\d+条记录逐条核对哈希链无误/ }).waitFor();
    await keepScreenshot(page, 'audit-log');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(watch.problems).toEqual([]);
  });
});
