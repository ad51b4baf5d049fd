import path from 'node:path';
import { app, dialog, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron';
import { resolveDataDir } from '../app/data-dir';
import { LOCAL_OPERATOR } from '../app/open-app';
import { openForWindow, type ServedApp } from '../app/recovery';
import { appResources } from '../app/resources';
import { isAppError } from '../domain/errors';
import { registerApiHandler } from './ipc';
import { registerSaveFile } from './save-file';
import { createAppProtocolHandler } from './protocol';
import { APP_SCHEME, hardenContents, hardenSession } from './security';
import { createMainWindow } from './window';

/** Electron lifecycle only; everything it wires lives in plain modules tested without Electron. */
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

const dataDirFlag = (() => {
  const i = process.argv.indexOf('--data-dir');
  return i >= 0 ? process.argv[i + 1] : undefined;
})();

let instance: ServedApp | undefined;
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const resources = appResources(app.getAppPath());
  instance = await openForWindow({
    dataDir: resolveDataDir({ flag: dataDirFlag }),
    migrationsFolder: resources.migrationsFolder,
    version: resources.version,
    automaticBackups: true,
  });
  const opened = instance;
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(resources.rendererDir));
  registerApiHandler(ipcMain, opened.registry, () => opened.contextFor(LOCAL_OPERATOR));
  registerSaveFile(ipcMain, dialog, () => mainWindow);
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs') /* bundled to CommonJS beside main.cjs */, app.isPackaged);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!instance) return;
    const closing = instance;
    instance = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('调解工作台无法启动', isAppError(err) ? err.message : `启动失败：${String(err)}`);
      app.exit(1);
    });
}
