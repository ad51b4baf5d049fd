import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../../support/source-scan';

vi.mock('electron', () => ({}));
const { hardenSession, hardenContents, ALLOWED_PERMISSIONS, BLOCKED_URL_PATTERNS } = await import('../../../src-main/electron/security');

/** Every permission name Electron's own type declarations list for the request handler. */
function electronPermissionNames(): string[] {
  const dts = fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'electron.d.ts'), 'utf8');
  const start = dts.indexOf('setPermissionRequestHandler(handler: ((webContents: WebContents, permission:');
  const union = dts.slice(start, dts.indexOf(',', start + 90));
  return [...union.matchAll(/'([a-zA-Z-]+)'/g)].map((m) => m[1] as string);
}

function fakeSession() {
  const captured: Record<string, (...args: never[]) => unknown> = {};
  const listeners: Record<string, (...args: never[]) => unknown> = {};
  let blocked: { filter: { urls: string[] }; listener: (d: unknown, cb: (r: { cancel: boolean }) => void) => void } | undefined;
  const session = {
    setPermissionRequestHandler: (h: never) => (captured.request = h),
    setPermissionCheckHandler: (h: never) => (captured.check = h),
    setDevicePermissionHandler: (h: never) => (captured.device = h),
    setDisplayMediaRequestHandler: (h: never) => (captured.display = h),
    webRequest: { onBeforeRequest: (filter: { urls: string[] }, listener: never) => (blocked = { filter, listener }) },
    on: (name: string, l: never) => (listeners[name] = l),
  };
  hardenSession(session as unknown as Electron.Session);
  return { captured, listeners, blocked: () => blocked };
}

describe('permissions (reliability #4)', () => {
  const names = electronPermissionNames();

  it('reads the permission list from Electron itself', () => {
    expect(names).toEqual(expect.arrayContaining(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']));
    expect(names.length).toBeGreaterThan(15);
  });

  it('denies every permission request and check outside the allowlist', () => {
    const { captured } = fakeSession();
    for (const permission of [...names, 'some-future-permission']) {
      const decision = vi.fn();
      (captured.request as unknown as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, decision);
      const allowed = ALLOWED_PERMISSIONS.has(permission);
      expect(decision, permission).toHaveBeenCalledWith(allowed);
      expect((captured.check as unknown as (wc: unknown, p: string) => boolean)({}, permission), permission).toBe(allowed);
    }
    expect((captured.device as unknown as () => boolean)()).toBe(false);
  });

  it('allows only clipboard writing', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
  });
});

describe('network (issue #2: every http/https/ws request from the page is blocked)', () => {
  it('cancels requests for every web scheme', () => {
    const { blocked } = fakeSession();
    expect(blocked()?.filter.urls).toEqual(BLOCKED_URL_PATTERNS);
    expect(BLOCKED_URL_PATTERNS).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/api', 'wss://x.cn/socket']) {
      const callback = vi.fn();
      blocked()?.listener({ url }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
    }
  });

  it('refuses downloads and webviews, and binds navigation guards to every contents', () => {
    const { listeners } = fakeSession();
    const download = { preventDefault: vi.fn() };
    (listeners['will-download'] as unknown as (e: unknown) => void)(download);
    expect(download.preventDefault).toHaveBeenCalled();

    const on: Record<string, (e: { preventDefault(): void }) => void> = {};
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    hardenContents(
      { on: (n: string, l: never) => (on[n] = l), setWindowOpenHandler: (h: never) => (openHandler = h) } as unknown as Electron.WebContents,
      vi.fn(),
    );
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      on[name]?.(e);
      expect(e.preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler?.({ url: 'https://evil.cn' })).toEqual({ action: 'deny' });
  });
});
