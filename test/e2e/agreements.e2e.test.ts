import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { CasesPage } from './pages/cases-page';

/** Agreements as recorded: the clause checks on the 协议 tab, and the court of the judicial confirmation. */
const CASE = '（2026）豫郑知调字第0600号';

function caseWithOwnershipTerm(): unknown {
  const c = sample().cases[0];
  c.caseNumber = CASE;
  c.agreement.terms.push({ kind: 'custom', text: '涉案注册商标归申请人所有。' });
  return c;
}

const UNSIGNED = '（2026）豫郑知调字第0700号';

/** The trademark sample's agreement, not yet signed, its dates moved to come after today. */
function unsignedCase(): unknown {
  const c = sample().cases[0];
  c.caseNumber = UNSIGNED;
  for (const key of ['enforcement', 'followUps']) delete c[key];
  for (const key of ['signedOn', 'effectiveOn']) delete c.agreement[key];
  const later = dayjs().add(30, 'day').format('YYYY-MM-DD');
  c.agreement.terms = c.agreement.terms.map((t: { dueOn?: string; from?: string }) => ({ ...t, ...(t.dueOn ? { dueOn: later } : {}), ...(t.from ? { from: later } : {}) }));
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [caseWithOwnershipTerm(), unsignedCase()] });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

describe('recorded agreements', () => {
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

  it('names the court for the judicial confirmation, from the directory the office keeps in settings', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('洛阳丰禾农业机械有限公司').click();
    await page.getByRole('tab', { name: '效力确认' }).click();
    const card = page.getByTestId('court-card');
    await card.getByText('郑州市中级人民法院', { exact: true }).waitFor();
    await expect(card.textContent()).resolves.toContain('技术类知识产权纠纷，由中级人民法院管辖');
    // the agreement took effect on 2026-05-27: confirmation is out of time, and a notary cannot enforce its licence
    const routes = page.getByTestId('route-card');
    await routes.getByText('协议生效已超过30日，已不能申请司法确认').waitFor();
    await expect(routes.textContent()).resolves.toContain('执行证书不能载明此类义务');
    await keepScreenshot(page, 'court-card');

    // the parties agreed on the respondent's court instead: chosen with a reason, the rules' court still shown
    await card.getByRole('button', { name: '指定其他法院' }).click();
    const dialog = settledDialog(page, '指定理由');
    await dialog.getByLabel('法院名称').fill('洛阳高新技术产业开发区人民法院');
    await dialog.getByLabel('指定理由').fill('被申请人住所地在洛阳，双方同意向该院申请');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已指定司法确认法院').waitFor();
    await card.getByText('人工指定').waitFor();
    await expect(card.textContent()).resolves.toContain('按规则应为郑州市中级人民法院');
    await card.getByRole('button', { name: '恢复按规则确定' }).click();
    await card.getByText('人工指定').waitFor({ state: 'detached' });

    await card.getByRole('button', { name: '修改法院名录' }).click();
    await page.getByText('当前为按参考资料预置的河南法院名录').waitFor();
    await page.getByRole('button', { name: /添加法院/ }).click();
    const entry = page.locator('.ant-card').filter({ hasText: '法院 6' });
    await entry.getByLabel('法院名称').fill('南阳市卧龙区人民法院');
    await entry.getByLabel('管辖地域').fill('南阳市');
    await entry.getByLabel('管辖地域').press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await page.getByText('当前为按参考资料预置的河南法院名录').waitFor({ state: 'detached' });
    await expect(page.locator('.ant-card').filter({ hasText: '法院 6' }).getByLabel('法院名称').inputValue()).resolves.toBe('南阳市卧龙区人民法院');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('marks a clean agreement signed — the agent signing for the company — and the case reaches 达成协议', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(UNSIGNED).click();
    await page.getByRole('tab', { name: '协议' }).click();
    await page.getByTestId('clause-findings').getByText('条款审查未发现问题').waitFor();
    await page.getByRole('button', { name: /标记已签署/ }).click();
    const dialog = settledDialog(page, '已加盖调解组织印章');
    await dialog.getByLabel('河南嵩岳食品有限公司').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '由委托代理人孙立代为签署' }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.getByText('调解协议须加盖调解组织印章').waitFor();
    await dialog.getByLabel('已加盖调解组织印章').check();
    await keepScreenshot(page, 'sign-agreement');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已标记签署，案件进入“达成协议”').waitFor();
    await page.locator('.ant-tag').filter({ hasText: '达成协议' }).first().waitFor();
    // the 30 days to apply for confirmation run from today, shown in the header
    await page.getByTestId('running-clock').filter({ hasText: /司法确认申请期限 剩余 \d+ 天/ }).waitFor();
    await expect(page.getByRole('button', { name: /标记已签署/ }).count()).resolves.toBe(0);
  });
});
