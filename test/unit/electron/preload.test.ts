import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { parseSource, ROOT, walkAst } from '../../support/source-scan';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, data: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../../src-main/electron/preload');
const { API_CHANNEL, API_METHOD_NAMES, IPC_CHANNELS, SAVE_FILE_CHANNEL } = await import('../../../src-main/api/channels');

describe('preload (reliability #6)', () => {
  it('exposes one function per registry method, the save dialog, and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['mediationDesk']);
    const bridge = exposed.mediationDesk as { api: Record<string, unknown>; saveFile: unknown };
    expect(Object.keys(bridge)).toEqual(['api', 'saveFile']);
    expect(typeof bridge.saveFile).toBe('function');
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHOD_NAMES].sort());
    for (const fn of Object.values(bridge.api)) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(bridge) && Object.isFrozen(bridge.api)).toBe(true);
  });

  it('each function invokes the API channel with its own fixed name', async () => {
    const bridge = exposed.mediationDesk as { api: Record<string, (input: unknown) => Promise<unknown>> };
    for (const name of API_METHOD_NAMES) {
      invoke.mockClear();
      await bridge.api[name]?.({ a: 1 });
      expect(invoke).toHaveBeenCalledWith(API_CHANNEL, name, { a: 1 });
    }
  });

  it('saveFile invokes only its own channel', async () => {
    const bridge = exposed.mediationDesk as { saveFile: (n: string, c: string) => Promise<unknown> };
    invoke.mockClear();
    await bridge.saveFile('案件导出.json', '{}');
    expect(invoke).toHaveBeenCalledWith(SAVE_FILE_CHANNEL, '案件导出.json', '{}');
  });

  it('uses ipcRenderer only through invoke on channels of the shared allowlist (AST)', () => {
    const uses: string[] = [];
    const source = parseSource(`${ROOT}/src-main/electron/preload.ts`);
    walkAst(source, (node) => {
      if (ts.isIdentifier(node) && node.text === 'ipcRenderer' && !ts.isImportSpecifier(node.parent)) {
        const parent = node.parent;
        const call = ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent) ? parent.parent : undefined;
        uses.push(call ? `${parent.getText()}(${call.arguments[0]?.getText()})` : parent.getText());
      }
    });
    expect(uses).toEqual(['ipcRenderer.invoke(API_CHANNEL)', 'ipcRenderer.invoke(SAVE_FILE_CHANNEL)']);
    expect([...IPC_CHANNELS]).toEqual([API_CHANNEL, SAVE_FILE_CHANNEL]);
  });
});
