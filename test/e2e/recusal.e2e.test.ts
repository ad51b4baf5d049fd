import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { CasesPage } from './pages/cases-page';

/** A party asks that the mediator of an imported case in mediation step aside; the office refuses, then the record shows it. */
const CASE = '（2026）豫郑知调字第0300号';

function mediatingCase(): unknown {
  const c = sample().cases[2];
  delete c.termination;
  c.caseNumber = CASE;
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [mediatingCase()] });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

describe('recusal after assignment', () => {
  it('records a party’s request and the decision refusing it', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(CASE).click();
    await page.getByRole('tab', { name: '调解' }).click();
    const mediator = page.getByTestId('mediator-杨帆');
    await mediator.getByRole('button', { name: /申请回避/ }).click();
    const request = settledDialog(page, '记录对杨帆的回避申请');
    await request.getByLabel('申请人').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '郭芳' }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await request.getByLabel('回避理由').fill('调解员曾在另一纠纷中为申请人提供咨询');
    await request.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已记录回避申请，请由调解组织作出决定').waitFor();
    await mediator.getByText('回避申请待决定').waitFor();
    await expect(mediator.textContent()).resolves.toContain('郭芳于');

    await mediator.getByRole('button', { name: /作出决定/ }).click();
    const decide = settledDialog(page, '对杨帆的回避申请作出决定');
    await decide.getByLabel('驳回申请（继续调解）').check();
    await decide.getByLabel('决定理由').fill('经核实，咨询与本案无关，不影响公正调解');
    await keepScreenshot(page, 'recusal-decision');
    await decide.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已记录回避决定').waitFor();
    await mediator.getByText('回避申请已驳回').waitFor();
    await expect(mediator.textContent()).resolves.toContain('经核实，咨询与本案无关');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
