import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { keepScreenshot, seriousA11yViolations, settledDialog, workspaceForFile } from './support/harness';
import { wordText } from '../support/documents';
import { StatisticsPage } from './pages/statistics-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * 统计 on the three samples (received 2026-03-03, 05-11 and 08-04; two agreements, one termination):
 * the figures of a period, a narrower period exported as the report workbook, and a month's bar
 * clicked through to its case.
 */
const current = workspaceForFile({ samples: true });

describe('statistics', () => {
  it('shows the year’s figures, narrows to a period, and opens the cases behind a month’s bar', async () => {
    const { page, watch } = current();
    await new WorkspacePage(page).open('统计');
    const stats = new StatisticsPage(page);
    await stats.setPeriod('2026-01-01', '2026-12-31');
    await expect.poll(() => stats.headline('案件数').textContent()).toBe('3');
    await expect(stats.headline('调解成功率').textContent()).resolves.toBe('66.7%'); // 2 agreements of 3 concluded
    await page.getByText('2件达成协议 / 3件调解结束').waitFor();
    await page.getByText('申请2件，确认1件，驳回0件').waitFor();
    const mediators = page.getByTestId('statistics-mediators');
    await mediators.locator('.ant-table-row').filter({ hasText: '陈静' }).filter({ hasText: '100.0%' }).waitFor();
    await keepScreenshot(page, 'statistics');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // from May on: the patent and the software case
    await stats.setPeriod('2026-05-01', '2026-12-31');
    await expect.poll(() => stats.headline('案件数').textContent()).toBe('2');

    // the same figures leave as the report workbook
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(file.suggestedFilename()).toBe('郑州市知识产权纠纷人民调解委员会案件统计报表（2026-05-01至2026-12-31）.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '按纠纷类别', '按案件来源', '按月份', '按调解员', '案件清单']);
    const summary = book.getWorksheet('汇总')?.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(summary.find((row) => row[1] === '登记案件数')?.[2]).toBe(2);
    expect(book.getWorksheet('案件清单')?.rowCount).toBe(3);
    const [narrative] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出工作情况报告/ }).click()]);
    expect(narrative.suggestedFilename()).toBe('郑州市知识产权纠纷人民调解委员会工作情况报告（2026-05-01至2026-12-31）.docx');
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(await narrative.path()))).file('word/document.xml')?.async('string')) ?? '';
    expect(wordText(xml).join('')).toContain('共登记纠纷案件2件，调解结束2件，其中达成调解协议1件，调解成功率50.0%');

    await stats.clickMonthBar(0, 8); // 5月
    const drawer = settledDialog(page, '2026年5月（2026-05-01 至 2026-12-31 登记）');
    await drawer.waitFor();
    await drawer.getByText('共 1 件').waitFor();
    await drawer.locator('.ant-table-row').filter({ hasText: '李卫东' }).waitFor();
    await keepScreenshot(page, 'statistics-slice');
    await drawer.getByRole('link').first().click();
    await page.getByTestId('case-number').waitFor();
    expect(watch.problems).toEqual([]);
  });
});
