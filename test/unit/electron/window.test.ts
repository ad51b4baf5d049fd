import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSource, relative, sourceFiles, walkAst } from '../../support/source-scan';

const created: { options: Electron.BrowserWindowConstructorOptions; loaded: string[] }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    loaded: string[] = [];
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push({ options, loaded: this.loaded });
    }
    once() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, MAIN_WINDOW_URL } = await import('../../../src-main/electron/window');

describe('window factory (reliability #1)', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates windows isolated, sandboxed, without Node and with web security', () => {
    createMainWindow('/app/out/preload.cjs', true);
    const prefs = created[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/out/preload.cjs',
    });
  });

  it('allows DevTools only in development', () => {
    createMainWindow('/p', false);
    expect(created[0]?.options.webPreferences?.devTools).toBe(true);
  });

  it('loads the app from the app:// protocol, never a file or http URL', () => {
    createMainWindow('/p', true);
    expect(created[0]?.loaded).toEqual([MAIN_WINDOW_URL]);
    expect(MAIN_WINDOW_URL).toBe('app://mediation-desk/index.html');
  });

  it('is the only place that constructs a BrowserWindow', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles('src-main'), ...sourceFiles('src-renderer')]) {
      walkAst(parseSource(file), (node) => {
        if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow' && !file.endsWith('src-main/electron/window.ts')) {
          offenders.push(relative(file));
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
