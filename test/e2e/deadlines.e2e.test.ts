import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace } from './support/harness';
import { CasesPage } from './pages/cases-page';

const CASE_NUMBER = '（2026）豫郑知调字第0003号';
// the built-in calendar ends with the newest published notice, so next year is always the one to import
const NEXT_YEAR = new Date().getFullYear() + 1;

let workspace: Workspace;
let page: Page;
let watch: Workspace['watch'];

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true });
  ({ page, watch } = workspace);
});
afterAll(() => workspace?.close());

describe('deadlines', () => {
  it('shows a case’s deadlines with how each was counted', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.search('hnsy');
    await cases.row(CASE_NUMBER).click();
    const card = page.getByTestId('case-deadlines');
    const confirmation = card.locator('.ant-table-row').filter({ hasText: '申请司法确认' });
    await confirmation.waitFor();
    await expect(confirmation.textContent()).resolves.toContain('2026-04-09');
    await expect(confirmation.textContent()).resolves.toContain('调解协议生效之日（2026年3月10日）起三十日');
    await keepScreenshot(page, 'case-deadlines');
  });

  it('warns in settings that next year’s holidays are missing, until they are imported', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '期限与节假日' }).click();
    await page.getByTestId('next-year-missing').getByText(`尚无${NEXT_YEAR}年的法定节假日安排`).waitFor();

    const holidayFile = { format: 'holiday-calendar/1', years: [{ year: NEXT_YEAR, holidays: [`${NEXT_YEAR}-01-01`], workdays: [], source: '国办发明电（测试）' }] };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /导入/ }).click()]);
    await chooser.setFiles({ name: 'holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(holidayFile)) });
    await page.getByText(`已导入 ${NEXT_YEAR} 年的放假安排`).waitFor();
    await page.getByTestId('next-year-missing').waitFor({ state: 'detached' });
    await page.getByTestId('holiday-years').locator('.ant-table-row').filter({ hasText: String(NEXT_YEAR) }).getByText('本机构导入').waitFor();
    await keepScreenshot(page, 'settings-deadlines');
  });

  it('asks for a missing period, then counts the case with the saved one', async () => {
    const length = page.getByLabel('申请司法确认（自协议生效之日起） 长度');
    await length.fill('');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请填写期限').waitFor();
    await length.fill('45');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').first().waitFor();

    await new CasesPage(page).open();
    await page.locator('.ant-table-row').filter({ hasText: CASE_NUMBER }).click();
    const confirmation = page.getByTestId('case-deadlines').locator('.ant-table-row').filter({ hasText: '申请司法确认' });
    await confirmation.filter({ hasText: '起四十五日' }).waitFor();
    await expect(confirmation.textContent()).resolves.toContain('2026-04-24'); // 2026-03-10 + 45 days, a Friday
  });

  it('has no serious accessibility problems, no console errors and no foreign requests', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    expect(watch.foreignRequests()).toEqual([]);
  });
});
