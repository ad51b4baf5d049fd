import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace } from './support/harness';
import { CasesPage } from './pages/cases-page';

/** The clause checks on the 协议 tab: an agreement imported with a term that settles ownership. */
const CASE = '（2026）豫郑知调字第0600号';

function caseWithOwnershipTerm(): unknown {
  const c = sample().cases[0];
  c.caseNumber = CASE;
  c.agreement.terms.push({ kind: 'custom', text: '涉案注册商标归申请人所有。' });
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [caseWithOwnershipTerm()] });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

describe('clause checks', () => {
  it('show an ownership term as an error on the agreement, and a clean agreement as clean', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(CASE).click();
    await page.getByRole('tab', { name: '协议' }).click();
    const findings = page.getByTestId('clause-findings');
    await findings.getByText('确权表述').waitFor();
    await expect(findings.textContent()).resolves.toContain('第6项“归申请人所有”是对权利归属或效力的确认');
    await keepScreenshot(page, 'clause-findings');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await cases.open();
    await cases.row('（2026）豫郑知调字第0003号').click();
    await page.getByRole('tab', { name: '协议' }).click();
    await page.getByTestId('clause-findings').getByText('条款审查未发现问题').waitFor();
  });
});
