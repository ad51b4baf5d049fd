import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/source-scan';
import { tempDir } from '../support/temp';
import { keepScreenshot, launchBrowser, startApp, watchPage, type RunningApp } from './support/harness';
import { WorkspacePage } from './pages/workspace-page';

let browser: Browser | undefined;
let app: RunningApp | undefined;
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('cli init, then npm start on the same folder', () => {
  it('skips setup and shows the organization', async () => {
    const dataDir = tempDir('md-e2e-cli-');
    const init = spawnSync('npm', ['run', '-s', 'cli', '--', 'init', '--data-dir', dataDir, '--org-name', '新乡市知识产权纠纷人民调解委员会', '--region', '豫新'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(init.status, init.stderr).toBe(0);
    app = await startApp(dataDir);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    const watch = watchPage(page, app.origin);
    await page.goto(app.url);
    const workspace = new WorkspacePage(page);
    await workspace.organizationName().waitFor();
    expect(await workspace.organizationName().innerText()).toBe('新乡市知识产权纠纷人民调解委员会');
    expect(await page.getByText('初始设置').count()).toBe(0);
    await page.getByText(`（${new Date().getFullYear()}）豫新知调字第0001号`).waitFor();
    await keepScreenshot(page, 'after-cli-init');
    expect(watch.foreignRequests()).toEqual([]);
    expect(watch.problems).toEqual([]);
    expect(path.isAbsolute(dataDir)).toBe(true);
  });
});
