import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { CasesPage } from './pages/cases-page';

/**
 * The clocks a mediator moves: the mediation period of a newly accepted case extended with the
 * parties' consent, and a follow-up planned on the agreed sample patent case.
 */
const CASE = '（2026）豫郑知调字第0400号';
const accepted = dayjs().subtract(3, 'day').format('YYYY-MM-DD');

function acceptedCase(): unknown {
  const c = sample().cases[2];
  for (const key of ['termination', 'sessions']) delete c[key];
  Object.assign(c, { caseNumber: CASE, receivedOn: accepted, acceptedOn: accepted, referral: { ...c.referral, referredOn: accepted } });
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [acceptedCase()] });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

const periodRow = () => page.getByTestId('case-deadlines').locator('.ant-table-row').filter({ hasText: '调解期限' });

describe('moving the clocks', () => {
  it('extends the mediation period with the parties’ consent and shows the new last day', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(CASE).click();
    const before = ((await periodRow().locator('td').nth(1).textContent()) ?? '').slice(0, 10);
    await page.getByRole('button', { name: /延长调解期限/ }).click();
    const dialog = settledDialog(page, '当事人同意情况');
    await dialog.getByLabel('当事人同意情况').fill('双方当事人在调解室书面同意延长十五日');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已延长调解期限').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await periodRow().filter({ hasText: '经当事人同意延长十五日' }).waitFor();
    const after = ((await periodRow().locator('td').nth(1).textContent()) ?? '').slice(0, 10);
    expect(after > before).toBe(true);
    await keepScreenshot(page, 'mediation-period-extended');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('plans a follow-up on an agreed case, which the workbench then shows', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('洛阳丰禾农业机械有限公司').click();
    await page.getByRole('tab', { name: '效力确认' }).click();
    const plans = page.getByTestId('follow-up-plans');
    await plans.getByRole('button', { name: /安排回访/ }).click();
    const dialog = settledDialog(page, '回访人');
    await dialog.getByLabel('回访人').fill('陈静');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已安排回访').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await plans.getByText('回访人：陈静').waitFor();
    await plans.getByText('待回访').waitFor();
    await keepScreenshot(page, 'follow-up-planned');

    await page.getByRole('menuitem', { name: '工作台' }).click();
    const due = page.getByTestId('due-deadlines');
    await due.getByText(/回访\s+（2026）豫郑知调字第0001号/).waitFor();
  });
});
