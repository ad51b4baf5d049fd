import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SAMPLES_DIR } from '../../support/samples';
import { ROOT } from '../../support/source-scan';
import { tempDir } from '../../support/temp';

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface RunningApp {
  url: string;
  origin: string;
  output(): string;
  stop(): Promise<void>;
}

const groupAlive = (group: number) => {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs `npm start -- --data-dir D` (browser mode here) and waits for the printed URL. */
export function startApp(dataDir: string): Promise<RunningApp> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('npm', ['start', '--', '--data-dir', dataDir], {
      cwd: ROOT,
      detached: true, // its own process group, so npm, tsx and node all stop together
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MEDIATION_DESK_DATA: '' },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed within 60 s:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      const url = m[0];
      resolve({
        url,
        origin: new URL(url).origin,
        output: () => output,
        stop: async () => {
          const group = -(child.pid as number);
          if (child.exitCode === null) process.kill(group, 'SIGTERM');
          // npm may exit before the app has made its closing backup: wait for the whole group
          for (let waited = 0; waited < 15_000 && groupAlive(group); waited += 50) await new Promise((r) => setTimeout(r, 50));
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`app exited (${code}) before printing a URL:\n${output}`)));
  });
}

/** Collects what a page did that a user would never want: errors, CSP violations, foreign requests. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return {
    problems,
    foreignRequests: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
  };
}

/**
 * A dialog or drawer showing `hasText`, once its opening animation has finished: a click while it
 * is still zooming in can land where the control is about to be and be lost on a busy machine.
 */
export const settledDialog = (page: Page, hasText?: string) => {
  const dialogs = page.getByRole('dialog').and(page.locator(':not([class*="-appear"]):not([class*="-enter"])'));
  return hasText === undefined ? dialogs : dialogs.filter({ hasText });
};

export const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');

/** Keeps a screenshot as a test artifact (and, with UPDATE_SCREENSHOTS=1, for the README). */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
    fs.copyFileSync(file, path.join(ROOT, 'docs', 'screenshots', `${name}.png`));
  }
  return file;
}

/** axe-core on the current screen: the serious and critical violations, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Calls the app's API from the page, as the screens do: for setting up the state a test starts
 * from when the screens that make it are another test's subject. Throws with the Chinese message.
 */
export async function callApi<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([n, i]) => (await fetch(`api/${encodeURIComponent(n as string)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i), credentials: 'same-origin' })).json(),
    [name, input] as const,
  );
  const e = envelope as { ok: boolean; data?: T; error?: { message: string } };
  if (!e.ok) throw new Error(`${name}: ${e.error?.message}`);
  return e.data as T;
}

export interface Workspace {
  app: RunningApp;
  browser: Browser;
  page: Page;
  watch: ReturnType<typeof watchPage>;
  close(): Promise<void>;
}

/**
 * One workspace for a whole test file: opened before its tests and closed after them. Returns the
 * open workspace to each test (`const { page } = current()`).
 */
export function workspaceForFile(options: Parameters<typeof openWorkspace>[0] = {}): () => Workspace {
  let workspace: Workspace | undefined;
  beforeAll(async () => {
    workspace = await openWorkspace(options);
  });
  afterAll(() => workspace?.close());
  return () => {
    if (!workspace) throw new Error('the workspace is not open: call it inside a test');
    return workspace;
  };
}

export const cliRun = (...args: string[]) => {
  const r = spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli ${args[0]} failed (${r.status}):\n${r.stderr}`);
};

/**
 * A fresh data folder set up by the CLI (the sample committee, the shared sample cases when
 * asked, the test's own cases in exchange form, then anything else the test sets up), the app on
 * it in browser mode, and Chromium on its page.
 */
export async function openWorkspace(
  options: { samples?: boolean; cases?: unknown[]; viewport?: { width: number; height: number }; setUp?: (dataDir: string) => void } = {},
): Promise<Workspace> {
  const dataDir = tempDir('md-e2e-');
  cliRun('init', '--data-dir', dataDir, '--org-name', '郑州市知识产权纠纷人民调解委员会', '--region', '豫郑');
  if (options.samples) cliRun('import', '--data-dir', dataDir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'));
  if (options.cases) {
    const file = path.join(tempDir('md-e2e-cases-'), 'cases.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'mediation-case/1', cases: options.cases }));
    cliRun('import', '--data-dir', dataDir, file);
  }
  options.setUp?.(dataDir);
  const app = await startApp(dataDir);
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 900 }, acceptDownloads: true })).newPage();
  page.setDefaultTimeout(15_000);
  const watch = watchPage(page, app.origin);
  await page.goto(app.url);
  return {
    app,
    browser,
    page,
    watch,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}
