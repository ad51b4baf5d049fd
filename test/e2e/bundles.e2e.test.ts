import { describe, expect, it } from 'vitest';
import { CasesPage } from './pages/cases-page';
import { ImportPage } from './pages/import-page';
import { keepScreenshot, seriousA11yViolations, workspaceForFile } from './support/harness';

/**
 * 交换包 from the screens: the trademark sample's bundle saved from its case page, then chosen on
 * the import page — where it came from, its case already here — and imported over it.
 */
const current = workspaceForFile({ samples: true });

describe('exchange bundles', () => {
  it('exports a case’s bundle and imports it on the import page, replacing the case', async () => {
    const { page, watch } = current();
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('河南嵩岳食品有限公司').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出交换包/ }).click()]);
    expect(download.suggestedFilename()).toBe('交换包-（2026）豫郑知调字第0003号.zip');
    const bundle = await download.path();

    const importing = new ImportPage(page);
    await importing.open();
    await importing.choose(bundle);
    await page.getByTestId('bundle-origin').filter({ hasText: '来自“郑州市知识产权纠纷人民调解委员会”的交换包' }).waitFor();
    await importing.previewRows().filter({ hasText: '（2026）豫郑知调字第0003号' }).filter({ hasText: '已存在' }).waitFor();
    await keepScreenshot(page, 'bundle-import');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: '用文件中的内容替换' }).check();
    await page.getByRole('button', { name: /^导\s*入$/ }).click();
    await page.getByText('已导入 0 件，替换 1 件，跳过 0 件').waitFor();
    expect(watch.problems).toEqual([]);
  });
});
