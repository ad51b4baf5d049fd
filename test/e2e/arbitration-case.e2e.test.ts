import fs from 'node:fs';
import dayjs from 'dayjs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordText } from '../support/documents';
import { sample } from '../support/samples';
import { cliRun, keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace } from './support/harness';
import { CasesPage } from './pages/cases-page';

/**
 * A commission's arbitration case (issue 7): the patent dispute's application received yesterday
 * by 郑州仲裁委员会 — the agreement relied on recorded, one naming no commission flagged, the fee
 * counted with a handling cost, the fee notice made, the five days to decide on acceptance shown.
 */
const NUMBER = '（2026）郑仲案字第0158号';

function applicationReceived(): unknown {
  const c = sample().cases[1];
  c.caseNumber = NUMBER;
  c.receivedOn = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
  for (const key of ['acceptedOn', 'mediators', 'sessions', 'agreement', 'enforcement', 'followUps', 'termination']) delete c[key];
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({
    cases: [applicationReceived()],
    setUp: (dir) => cliRun('init', '--data-dir', dir, '--org-name', '郑州仲裁委员会', '--org-kind', 'arbitration', '--region', '豫郑', '--number-pattern', '（{year}）郑仲案字第{seq:4}号'),
  });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

describe('an arbitration case', () => {
  it('records the agreement relied on, flags one naming no commission, and counts the fee with a handling cost', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(NUMBER).click();
    await page.getByRole('tab', { name: '仲裁' }).click();
    const card = page.getByTestId('arbitration-agreement');
    await card.getByText('请根据仲裁申请书所附材料').waitFor();
    await card.getByLabel('合同中的仲裁条款').check();
    await card.getByLabel('出处').fill('《专利实施许可合同》第十二条');
    await card.getByLabel('约定的仲裁委员会').fill('');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存，仲裁费用已按现行收费标准计算').waitFor();
    await page.getByTestId('arbitration-findings').getByText(/仲裁协议未约定仲裁委员会.*仲裁法第十八条/).waitFor();
    const fee = page.getByTestId('arbitration-fee');
    await fee.getByText('超过200,000.00元至500,000.00元部分 × 2%').waitFor();
    await expect(fee.textContent()).resolves.toContain('13,550.00元');

    // the clause does name the commission; a handling cost is added
    await card.getByLabel('约定的仲裁委员会').fill('郑州仲裁委员会');
    await card.getByLabel('仲裁秘书').fill('赵小川');
    await card.getByRole('button', { name: '添加处理费项目' }).click();
    await card.getByLabel('收费项目').fill('鉴定人出庭费');
    await card.getByLabel('金额').fill('2000');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('arbitration-findings').waitFor({ state: 'detached' });
    await fee.getByText('15,550.00元').waitFor();
    await keepScreenshot(page, 'arbitration-case');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('makes the fee notice addressed to the claimant, with each part of the fee', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('arbitration-fee').getByRole('button', { name: /生成缴费通知书/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${NUMBER}-缴纳仲裁费用通知书.docx`);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(await download.path()))).file('word/document.xml')?.async('string')) ?? '';
    const text = wordText(xml).join('\n');
    expect(text).toContain('郑州仲裁委员会');
    expect(text).toContain('李卫东：');
    expect(text).toContain('应预交仲裁费用人民币15,550.00元');
    expect(text).toContain('鉴定人出庭费');
    expect(text).toContain('仲裁秘书：赵小川');
  });

  it('shows the days left to decide on accepting the application', async () => {
    await page.getByRole('tab', { name: '概况' }).click();
    await page.getByText('受理审查').first().waitFor();
    await expect(page.getByText(/收到仲裁申请书之日（.*）起五日/).first().isVisible()).resolves.toBe(true);
  });
});
