import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { keepScreenshot, launchBrowser, seriousA11yViolations, startApp, watchPage, type RunningApp } from './support/harness';
import { SetupPage } from './pages/setup-page';
import { WorkspacePage } from './pages/workspace-page';

let browser: Browser;
let app: RunningApp;
let page: Page;
let watch: ReturnType<typeof watchPage>;

beforeAll(async () => {
  app = await startApp(tempDir('md-e2e-'));
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  page.setDefaultTimeout(15_000);
  watch = watchPage(page, app.origin);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('first run in browser mode', () => {
  it('npm start said why it is in browser mode and printed a loopback URL', () => {
    expect(app.output()).toMatch(/浏览器模式/);
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('opens on the setup screen, in Chinese', async () => {
    await page.goto(app.url);
    const setup = new SetupPage(page);
    await setup.heading().waitFor();
    expect(await page.title()).toBe('调解工作台');
    expect(await page.locator('.ant-steps').innerText()).toMatch(/组织信息[\s\S]*案号规则[\s\S]*调解员名册[\s\S]*核对并完成/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows a Chinese message beside a bad field as the user types, and accepts the fix', async () => {
    const setup = new SetupPage(page);
    await setup.field('组织名称').fill('郑');
    await setup.errorOf('组织名称').waitFor();
    expect(await setup.errorOf('组织名称').innerText()).toBe('组织名称至少2个字');
    await setup.fillOrganization({ name: '郑州市知识产权纠纷人民调解委员会', region: '豫郑', phone: '0371-65551234', court: '郑州市中级人民法院' });
    await setup.errorOf('组织名称').waitFor({ state: 'detached' });
    await setup.next();
  });

  it('suggests a case-number pattern and previews this year’s first number', async () => {
    const setup = new SetupPage(page);
    await setup.casePreview().waitFor();
    expect(await setup.field('案号规则').inputValue()).toBe('（{year}）豫郑知调字第{seq:4}号');
    expect(await setup.casePreview().innerText()).toContain(`（${new Date().getFullYear()}）豫郑知调字第0001号`);
    await setup.field('案号规则').fill('（{year}）豫郑知调字第号');
    await page.getByText('必须包含一次 {seq:位数}').first().waitFor();
    await setup.field('案号规则').fill('（{year}）豫郑知调字第{seq:4}号');
    await setup.next();
  });

  it('adds a mediator with a declared relation, correcting a bad phone number', async () => {
    const setup = new SetupPage(page);
    const drawer = await setup.openMediatorDrawer();
    await drawer.getByLabel('姓名', { exact: true }).fill('陈静');
    await drawer.getByLabel('编号', { exact: true }).fill('ZZ-IP-007');
    await drawer.getByLabel('电话', { exact: true }).fill('1391234567');
    await setup.saveMediator();
    await drawer.getByText('电话应为11位手机号或带区号的固定电话').waitFor();
    await drawer.getByLabel('电话', { exact: true }).fill('13912345678');
    await drawer.getByRole('button', { name: '添加关系' }).click();
    await drawer.getByLabel('关系人姓名或名称').fill('河南中原律师事务所');
    await drawer.getByLabel('关系类型').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '任职或曾任职' }).click();
    await setup.saveMediator();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'ZZ-IP-007' }).waitFor();
    await setup.next();
  });

  it('reviews and finishes, landing in the workspace with the organization’s name', async () => {
    const setup = new SetupPage(page);
    await setup.review().waitFor();
    expect(await setup.review().innerText()).toContain('陈静（ZZ-IP-007）');
    await setup.finish();
    const workspace = new WorkspacePage(page);
    await workspace.organizationName().waitFor();
    expect(await workspace.organizationName().innerText()).toBe('郑州市知识产权纠纷人民调解委员会');
    for (const area of ['工作台', '案件', '日程', '文书', '统计', '设置']) expect(await workspace.navItem(area).isVisible(), area).toBe(true);
    await page.getByText('（2026）豫郑知调字第0001号'.replace('2026', String(new Date().getFullYear()))).waitFor();
    await keepScreenshot(page, 'workspace');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('opens an empty 统计 that says what to do, and the roster in settings', async () => {
    const workspace = new WorkspacePage(page);
    await workspace.open('统计');
    await page.getByText('该期间没有登记的案件').waitFor();
    await workspace.open('设置');
    await page.getByRole('tab', { name: '调解员名册' }).click();
    await page.getByRole('cell', { name: '陈静' }).waitFor();
    await keepScreenshot(page, 'settings-roster');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('edits the organization in settings and saves with Ctrl+S', async () => {
    await page.getByRole('tab', { name: '组织信息' }).click();
    await page.getByLabel('地址', { exact: true }).fill('河南省郑州市金水区花园路1号');
    await page.keyboard.press('Control+S');
    await page.getByText('已保存').waitFor();
    await page.reload();
    await page.getByLabel('地址', { exact: true }).waitFor();
    await page.waitForFunction(() => (document.querySelector('#address') as HTMLInputElement | null)?.value === '河南省郑州市金水区花园路1号');
  });

  it('switches to English and remembers it after a reload', async () => {
    const workspace = new WorkspacePage(page);
    await workspace.switchLanguage('English');
    await workspace.navItem('Settings').waitFor();
    await page.reload();
    await workspace.navItem('Settings').waitFor();
    expect(await workspace.navItem('Home').isVisible()).toBe(true);
    await workspace.switchLanguage('中文');
    await workspace.navItem('设置').waitFor();
  });

  it('sent no request beyond 127.0.0.1 and logged no error or CSP violation', () => {
    expect(watch.foreignRequests()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
