import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { isAllowedExternal, isAppUrl, onWillNavigate, windowOpenHandler, EXTERNAL_ORIGINS } = await import('../../../src-main/electron/security');

const hostile = [
  'https://wenshu.court.gov.cn.evil.cn/x',
  'https://wenshu.court.gov.cn@evil.cn/',
  'https://evil.cn/?https://wenshu.court.gov.cn',
  'http://wenshu.court.gov.cn/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'smb://server/share',
  'data:text/html,<script>1</script>',
  'app://mediation-desk/index.html',
  'https://user:pw@wenshu.court.gov.cn/',
  'ftp://wenshu.court.gov.cn/',
];

const anyUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(...hostile),
  fc.tuple(fc.constantFrom(...EXTERNAL_ORIGINS), fc.domain()).map(([o, d]) => `${o}.${d}/`),
  fc.tuple(fc.constantFrom('javascript:', 'file://', 'smb://', 'vbscript:', 'app://'), fc.string()).map(([s, r]) => s + r),
);

describe('navigation and new windows (reliability #3)', () => {
  it('cancels every navigation, whatever the target', () => {
    fc.assert(
      fc.property(anyUrl, () => {
        const event = { preventDefault: vi.fn() };
        onWillNavigate(event);
        expect(event.preventDefault).toHaveBeenCalledOnce();
      }),
    );
  });

  it('denies every new window and opens only allowlisted origins externally', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const openExternal = vi.fn();
        expect(windowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
        const origin = (() => {
          try {
            return new URL(url).origin;
          } catch {
            return '';
          }
        })();
        if (openExternal.mock.calls.length > 0) {
          expect(EXTERNAL_ORIGINS).toContain(origin);
          expect(url.startsWith('https://')).toBe(true);
        }
      }),
    );
  });

  it.each(hostile)('never opens %s', (url) => {
    const openExternal = vi.fn();
    windowOpenHandler(openExternal)({ url });
    expect(openExternal).not.toHaveBeenCalled();
    expect(isAllowedExternal(url)).toBe(false);
  });

  it('opens an allowlisted court site in the system browser', () => {
    const openExternal = vi.fn();
    windowOpenHandler(openExternal)({ url: 'https://wenshu.court.gov.cn/website/wenshu/181029CR4M5A62CH/index.html' });
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('recognises only our own app:// host as the app', () => {
    expect(isAppUrl('app://mediation-desk/index.html#/settings')).toBe(true);
    for (const url of ['app://other/index.html', 'https://mediation-desk/', 'file:///index.html', 'not a url']) expect(isAppUrl(url)).toBe(false);
  });
});
