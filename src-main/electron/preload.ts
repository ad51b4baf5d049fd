import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, API_METHOD_NAMES } from '../api/channels';

/**
 * Exposes one function per registry method and nothing else: no ipcRenderer, no generic
 * invoke, no channel the page can choose.
 */
const api = Object.freeze(
  Object.fromEntries(API_METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)])),
);

contextBridge.exposeInMainWorld('mediationDesk', Object.freeze({ api }));
