import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './security';

export const MAIN_WINDOW_URL = `${APP_ORIGIN}/index.html`;

/** The only place a BrowserWindow is made; every window gets these locked-down preferences. */
export function windowOptions(preload: string, packaged: boolean, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '调解工作台',
    show: false,
    backgroundColor: '#f5f6f8',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !packaged,
    },
  };
}

export function createMainWindow(preload: string, packaged: boolean, icon?: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preload, packaged, icon));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(MAIN_WINDOW_URL);
  return win;
}
