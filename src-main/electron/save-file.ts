import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { z } from 'zod';
import { SAVE_FILE_CHANNEL } from '../api/channels';
import { writeFileDurable } from '../app/durable-file';
import { registerHandler } from './ipc';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.json': { name: '案件交换文件', extensions: ['json'] },
  '.docx': { name: 'Word 文档', extensions: ['docx'] },
  '.xlsx': { name: 'Excel 工作簿', extensions: ['xlsx'] },
  '.zip': { name: '交换包', extensions: ['zip'] },
};

/** The save dialog: the user picks where a produced file goes; it is written durably there. */
export function registerSaveFile(ipcMain: IpcMain, dialog: Pick<Dialog, 'showSaveDialog'>, window: () => BrowserWindow | undefined): void {
  registerHandler(
    ipcMain,
    SAVE_FILE_CHANNEL,
    z.tuple([z.string().min(1).max(200), z.union([z.string().max(200 * 1024 * 1024), z.instanceof(Uint8Array)])]),
    async ([fileName, content]) => {
      const filter = FILTERS[path.extname(fileName).toLowerCase()];
      const owner = window();
      const options = { defaultPath: path.basename(fileName), ...(filter ? { filters: [filter] } : {}) };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      writeFileDurable(choice.filePath, content);
      return { saved: true, path: choice.filePath };
    },
  );
}
