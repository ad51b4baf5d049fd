import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../src-main/domain/identity';
import { SAMPLES_DIR } from '../support/samples';
import { ROOT } from '../support/source-scan';
import { tempDir } from '../support/temp';
import { keepScreenshot, launchBrowser, seriousA11yViolations, startApp, watchPage, type RunningApp } from './support/harness';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { ImportPage } from './pages/import-page';
import { RegisterPage } from './pages/register-page';

const YEAR = new Date().getFullYear();
const idBody = '41010519850315002';
const RESPONDENT_ID = idBody + residentIdCheckChar(idBody); // 1985-03-15, female

let browser: Browser;
let app: RunningApp;
let page: Page;
let watch: ReturnType<typeof watchPage>;

beforeAll(async () => {
  const dataDir = tempDir('md-e2e-cases-');
  const init = spawnSync('npm', ['run', '-s', 'cli', '--', 'init', '--data-dir', dataDir, '--org-name', '郑州市知识产权纠纷人民调解委员会', '--region', '豫郑'], { cwd: ROOT, encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  app = await startApp(dataDir);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  page.setDefaultTimeout(15_000);
  watch = watchPage(page, app.origin);
  await page.goto(app.url);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('registering and accepting a case', () => {
  it('shows the empty list with what to do next', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await page.getByText('还没有案件。登记第一件案件，或从交换文件导入。').waitFor();
  });

  it('registers a case with two parties, catching a bad credit code as it is typed', async () => {
    const register = new RegisterPage(page);
    await register.open();
    await register.next(); // 来源与类别: the defaults (当事人申请, 商标侵权纠纷, today)

    const applicant = register.party(0);
    await register.field(applicant, '名称').fill('河南新郑红枣有限公司');
    await register.field(applicant, '统一社会信用代码').fill('91410100MA3X5K2R87');
    await register.errorIn(applicant, '统一社会信用代码校验位错误').waitFor();
    await register.field(applicant, '统一社会信用代码').fill('91410100MA3X5K2R86');
    await register.errorIn(applicant, '统一社会信用代码校验位错误').waitFor({ state: 'detached' });
    await register.field(applicant, '法定代表人').fill('赵建国');
    await register.field(applicant, '职务').fill('董事长');

    const respondent = register.party(1);
    await register.chooseKind(respondent, '自然人');
    await register.field(respondent, '姓名').fill('魏巍');
    await register.field(respondent, '证件号码').fill(RESPONDENT_ID);
    // the ID number fills in the birth date and gender it encodes
    await expect.poll(() => register.field(respondent, '出生日期').inputValue()).toBe('1985-03-15');
    expect(await respondent.getByRole('radio', { name: '女' }).isChecked()).toBe(true);
    await register.field(respondent, '联系电话').fill('13812345678');
    await keepScreenshot(page, 'register-parties');
    await register.next();

    await page.getByLabel('权利编号').fill('第12345678号');
    await page.getByLabel('权利名称').fill('“新郑红枣”文字商标');
    await page.getByLabel('纠纷简要情况').fill('被申请人在其网店销售标有“新郑红枣”标识的红枣礼盒，申请人认为构成商标侵权。');
    await page.getByLabel('请求事项 1').fill('停止销售侵权商品');
    await page.getByLabel('标的额').fill('50000.555');
    await page.getByText('金额最多保留两位小数').waitFor();
    await page.getByLabel('标的额').fill('50000');
    await register.next();

    await page.getByTestId('registration-review').waitFor();
    expect(await page.getByTestId('triage-preview').innerText()).toContain('简易程序');
    await register.submit();
    const casePage = new CasePage(page);
    await casePage.number().filter({ hasText: '（未编号）' }).waitFor();
  });

  it('accepts it and shows the number it was given', async () => {
    const casePage = new CasePage(page);
    await casePage.accept();
    await casePage.number().filter({ hasText: `（${YEAR}）豫郑知调字第0001号` }).waitFor();
    await page.getByText('已受理').first().waitFor();
    await keepScreenshot(page, 'case-accepted');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('finds it by a two-character party name and by pinyin initials, marking the match', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.search('魏巍');
    await cases.waitForTotal(1);
    await cases.row(`（${YEAR}）豫郑知调字第0001号`).waitFor();
    expect(await cases.highlighted().first().innerText()).toBe('魏巍');
    await cases.search('hnxz');
    await cases.highlighted().filter({ hasText: '河南新郑' }).waitFor(); // initials mark the characters they spell
    await cases.waitForTotal(1);
    await keepScreenshot(page, 'case-search');
  });
});

describe('importing through the UI', () => {
  it('refuses a file with a bad phone number, naming the JSON path in Chinese', async () => {
    const importer = new ImportPage(page);
    await importer.open();
    await importer.choose(path.join(SAMPLES_DIR, 'invalid-phone.json'));
    await importer.problems().waitFor();
    expect(await importer.problems().innerText()).toContain('cases[1].parties[1].phone：电话应为11位手机号或带区号的固定电话');
  });

  it('previews the sample cases, then imports them all', async () => {
    const importer = new ImportPage(page);
    const file = path.join(tempDir('md-e2e-import-'), 'henan-ip-cases.json');
    fs.copyFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), file);
    await importer.choose(file);
    await expect.poll(() => importer.previewRows().count()).toBe(3);
    await keepScreenshot(page, 'import-preview');
    await importer.run();
    await page.getByText('已导入 3 件，替换 0 件，跳过 0 件').waitFor();
    const cases = new CasesPage(page);
    await cases.open();
    await cases.search('');
    await cases.waitForTotal(4);
  });

  it('made no request beyond 127.0.0.1 and logged no error', () => {
    expect(watch.foreignRequests()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
