import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, API_METHOD_NAMES, SAVE_FILE_CHANNEL } from '../api/channels';

/**
 * Exposes one function per registry method, and `saveFile` for the save dialog — nothing else:
 * no ipcRenderer, no generic invoke, no channel the page can choose.
 */
const api = Object.freeze(
  Object.fromEntries(API_METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)])),
);

const saveFile = (fileName: string, content: string | Uint8Array) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, fileName, content);

contextBridge.exposeInMainWorld('mediationDesk', Object.freeze({ api, saveFile }));
