import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { parseSource, relative, sourceFiles, walkAst } from '../../support/source-scan';

vi.mock('electron', () => ({}));
const { registerApiHandler, registerHandler, isTrustedSender } = await import('../../../src-main/electron/ipc');
const { API_CHANNEL } = await import('../../../src-main/api/channels');
const { z } = await import('zod');

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { ipcMain: { handle: (channel: string, l: Listener) => handlers.set(channel, l) } as unknown as Electron.IpcMain, handlers };
}

function event(url: string, { subframe = false } = {}) {
  const mainFrame = { url: 'app://mediation-desk/index.html' };
  const senderFrame = subframe ? { url } : Object.assign(mainFrame, { url });
  return { senderFrame, sender: { mainFrame } };
}

describe('IPC handlers (reliability #5)', () => {
  it('ipcMain.handle / ipcMain.on appear only in src-main/electron/ipc.ts', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src-main')) {
      walkAst(parseSource(file), (node) => {
        if (
          ts.isPropertyAccessExpression(node) &&
          /ipcMain$/.test(node.expression.getText()) &&
          ['handle', 'on', 'once', 'handleOnce', 'addListener'].includes(node.name.text) &&
          !file.endsWith(path.join('src-main', 'electron', 'ipc.ts'))
        ) {
          offenders.push(`${relative(file)}: ${node.getText()}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });

  it('accepts only the top frame of our own app:// page', () => {
    expect(isTrustedSender(event('app://mediation-desk/index.html#/settings') as never)).toBe(true);
    for (const url of ['https://evil.cn/', 'file:///tmp/x.html', 'app://other/index.html', 'http://127.0.0.1:1234/', 'about:blank', '']) {
      expect(isTrustedSender(event(url) as never), url).toBe(false);
    }
    expect(isTrustedSender(event('app://mediation-desk/index.html', { subframe: true }) as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: {} } } as never)).toBe(false);
  });

  it('refuses forged senders and invalid arguments without calling the handler', async () => {
    const { ipcMain, handlers } = fakeIpc();
    const fn = vi.fn(async () => 'done');
    registerHandler(ipcMain, 'test', z.tuple([z.string()]), fn);
    const listener = handlers.get('test') as Listener;
    expect(await listener(event('https://evil.cn/'), 'x')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await listener(event('app://mediation-desk/'), 42)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await listener(event('app://mediation-desk/'), 'x', 'extra')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(fn).not.toHaveBeenCalled();
    expect(await listener(event('app://mediation-desk/'), 'x')).toBe('done');
    expect(fn).toHaveBeenCalledWith(['x']);
  });

  it('binds the registry to one channel and only its method names', async () => {
    const { ipcMain, handlers } = fakeIpc();
    const invoke = vi.fn(async () => ({ ok: true, data: 1 }));
    registerApiHandler(ipcMain, { invoke } as never, () => ({ user: 'ctx' }) as never);
    expect([...handlers.keys()]).toEqual([API_CHANNEL]);
    const listener = handlers.get(API_CHANNEL) as Listener;
    expect(await listener(event('app://mediation-desk/'), 'setup.status', {})).toEqual({ ok: true, data: 1 });
    expect(invoke).toHaveBeenCalledWith({ user: 'ctx' }, 'setup.status', {});
    expect(await listener(event('app://mediation-desk/'), 'constructor', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await listener(event('app://mediation-desk/'), '__proto__', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
