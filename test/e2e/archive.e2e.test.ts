import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { CasesPage } from './pages/cases-page';

/**
 * The end of a case: the terminated sample case (郑州云帆 v. 郭芳) is closed, its file compiled —
 * the identity papers are on paper, so the clerk counts their pages — archived, and then locked.
 */
let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

const fileCheck = () => page.getByTestId('case-file-check');

describe('closing and archiving a case', () => {
  it('closes the terminated case and shows what its file still lacks', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('郑州云帆信息技术有限公司').click();
    await page.getByRole('button', { name: /结\s*案$/ }).click();
    const dialog = settledDialog(page, '结案日期');
    await dialog.getByRole('button', { name: /结\s*案$/ }).click();
    await page.getByText('已结案，请整理卷宗并归档').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag').filter({ hasText: '结案' }).first().waitFor();

    await page.getByRole('button', { name: /整理卷宗并归档/ }).click();
    await expect(fileCheck().textContent()).resolves.toContain('卷宗尚不完整，缺少：当事人身份证明材料');
    await expect(page.getByRole('button', { name: /(^|\s)归\s*档$/ }).isDisabled()).resolves.toBe(true);
    const rows = page.getByTestId('case-file-items').locator('.ant-table-row');
    await expect(rows.count()).resolves.toBe(13);
    await expect(rows.nth(6).textContent()).resolves.toContain('1次调解笔录');
  });

  it('counts the pages, numbers them through the volume, and archives the complete file', async () => {
    const count = async (item: string, n: number) => {
      const input = page.getByLabel(`${item}的页数`);
      await input.fill(String(n));
      await input.press('Enter');
    };
    const rows = page.getByTestId('case-file-items').locator('.ant-table-row');
    // the identity papers are bound in on paper: counting them puts them in the file
    await count('当事人身份证明材料', 2);
    await fileCheck().filter({ hasText: '卷宗齐备' }).waitFor();
    await count('调解申请书、受理登记表', 3);
    await rows.nth(0).filter({ hasText: '1-3' }).waitFor();
    await count('当事人权利义务告知书', 1);
    await count('调解笔录', 4);
    await count('案件情况说明', 1);
    await count('卷宗封底', 1);
    await fileCheck().filter({ hasText: '卷宗齐备，本卷共 12 页' }).waitFor();
    await expect(rows.nth(6).textContent()).resolves.toContain('7-10');

    await page.getByLabel('保管期限').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '永久' }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await page.getByLabel('立卷人').fill('王书记');
    await keepScreenshot(page, 'case-file-complete');
    await page.getByRole('button', { name: /(^|\s)归\s*档$/ }).click();
    await page.getByText('已归档，案卷只读').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the case locked: a read-only banner, no actions but unarchiving, and page counts no longer editable', async () => {
    await page.getByTestId('archived-banner').waitFor();
    await expect(page.getByTestId('archived-banner').textContent()).resolves.toMatch(/本案已于 \d{4}-\d{2}-\d{2} 由 .+ 归档，案卷只读。/);
    await page.locator('.ant-tag').filter({ hasText: '归档' }).first().waitFor();
    await expect(page.getByRole('button', { name: /结\s*案$/ }).count()).resolves.toBe(0);
    await expect(page.getByLabel('调解笔录的页数').count()).resolves.toBe(0);
    const record = page.locator('.ant-card').filter({ hasText: '归档信息' });
    await expect(record.textContent()).resolves.toContain('永久');
    await expect(record.textContent()).resolves.toContain('王书记');
    await keepScreenshot(page, 'case-archived');

    // the cover printed after archiving carries the archive's particulars
    await record.getByRole('button', { name: /生成卷宗封面和卷内目录/ }).click();
    await page.getByRole('menuitem', { name: '卷宗封面', exact: true }).click();
    const preview = page.getByTestId('document-preview');
    await preview.getByText('王书记').waitFor();
    await expect(preview.textContent()).resolves.toContain('共12页');
    await expect(preview.textContent()).resolves.toContain('王书记');
  });

  it('lets the administrator unarchive with a reason, which the log keeps', async () => {
    await page.getByRole('button', { name: /解除归档/ }).click();
    const dialog = settledDialog(page, '解除归档的理由');
    await dialog.getByLabel('解除归档的理由').fill('补充履行凭证');
    await dialog.getByRole('button', { name: /解除归档/ }).click();
    await page.getByText('已解除归档，理由已记入日志').waitFor();
    await page.getByTestId('archived-banner').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '日志' }).click();
    await page.getByText('解除归档').first().waitFor();
  });
});
