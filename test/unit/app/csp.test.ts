import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_PROTOCOL_CSP, BROWSER_MODE_CSP, META_CSP, parseCsp } from '../../../src-main/app/csp';
import { ROOT } from '../../support/source-scan';

vi.mock('electron', () => ({}));
const { createAppProtocolHandler } = await import('../../../src-main/electron/protocol');

const REQUIRED = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

function metaCsp(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m?.[1]) throw new Error('no CSP meta tag');
  return m[1];
}

describe('Content-Security-Policy (reliability #7)', () => {
  it.each([
    ['app:// header', APP_PROTOCOL_CSP],
    ['browser-mode header', BROWSER_MODE_CSP],
    ['index.html meta', META_CSP],
  ])('%s has every required directive and no unsafe-* source', (_name, policy) => {
    expect(parseCsp(policy)).toMatchObject(REQUIRED);
    expect(policy).not.toMatch(/unsafe-/);
  });

  it('the app:// policy is exactly the required one: no fetch at all', () => {
    expect(parseCsp(APP_PROTOCOL_CSP)).toEqual(REQUIRED);
  });

  it('the built dist/index.html carries the policy, and the app:// response carries it as a header', async () => {
    const dist = path.join(ROOT, 'dist');
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const meta = metaCsp(html);
    expect(parseCsp(meta)).toMatchObject(REQUIRED);
    expect(meta).not.toMatch(/unsafe-/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
    expect(html).not.toMatch(/<style[\s>]/); // no inline styles
    const response = await createAppProtocolHandler(dist)(new Request('app://mediation-desk/index.html'));
    expect(parseCsp(response.headers.get('content-security-policy') ?? '')).toEqual(REQUIRED);
  });
});
