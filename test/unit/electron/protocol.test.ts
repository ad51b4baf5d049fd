import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsp } from '../../../src-main/app/csp';
import { resolveStaticPath } from '../../../src-main/app/static-files';
import { ROOT } from '../../support/source-scan';

vi.mock('electron', () => ({}));
const { createAppProtocolHandler } = await import('../../../src-main/electron/protocol');

const top = fs.mkdtempSync(path.join(os.tmpdir(), 'md-protocol-'));
const dist = path.join(top, 'dist');
beforeAll(() => {
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(top, 'secret.db'), 'SECRET');
  fs.mkdirSync(path.join(top, 'dist-evil'));
  fs.writeFileSync(path.join(top, 'dist-evil', 'x.js'), 'SECRET');
});
afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

const traversal = fc.oneof(
  fc.constantFrom(
    '/../secret.db',
    '/%2e%2e/secret.db',
    '/%2E%2E%2Fsecret.db',
    '/assets/../../secret.db',
    '/..%2fsecret.db',
    '/..\\secret.db',
    '/%5c..%5csecret.db',
    '/' + path.join(top, 'secret.db'),
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/c:%5cWindows%5cwin.ini',
    '/index.html%00.js',
    '/../dist-evil/x.js',
    '/.env',
    '/assets/.hidden',
    '/%',
  ),
  fc
    .array(fc.constantFrom('..', '%2e%2e', '%2E%2e', '.', 'assets', 'x', '%00', '\\', '%5c', 'C:', ''), { minLength: 1, maxLength: 6 })
    .map((parts) => `/${parts.join('/')}`),
);

describe('app:// serves only the built renderer (reliability #2)', () => {
  it('resolves ordinary files inside dist', () => {
    expect(resolveStaticPath(dist, '/')).toBe(path.join(dist, 'index.html'));
    expect(resolveStaticPath(dist, '/assets/app.js')).toBe(path.join(dist, 'assets', 'app.js'));
  });

  it('never resolves a path outside dist, whatever the encoding', () => {
    fc.assert(
      fc.property(traversal, (p) => {
        const resolved = resolveStaticPath(dist, p);
        if (resolved !== null) expect(resolved.startsWith(dist + path.sep)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers traversal requests with 404 and never the secret', async () => {
    const handler = createAppProtocolHandler(dist);
    await fc.assert(
      fc.asyncProperty(traversal, async (p) => {
        const response = await handler(new Request(`app://mediation-desk${p.startsWith('/') ? '' : '/'}${p.replace(/^\/\//, '/')}`));
        const body = await response.text();
        expect(body).not.toContain('SECRET');
      }),
      { numRuns: 200 },
    );
  });

  it('serves index.html with the strict CSP header and refuses other hosts and methods', async () => {
    const handler = createAppProtocolHandler(dist);
    const ok = await handler(new Request('app://mediation-desk/index.html'));
    expect(ok.status).toBe(200);
    const csp = parseCsp(ok.headers.get('content-security-policy') ?? '');
    expect(csp).toMatchObject({ 'default-src': "'none'", 'script-src': "'self'", 'style-src': "'self'" });
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://mediation-desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('the main-process bundle never loads files or http URLs directly', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'src-main', 'electron', 'main.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron', 'sqlite3'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/\bloadFile\s*\(/);
    expect(code).not.toMatch(/loadURL\s*\(\s*["'`]https?:/);
    expect(code).toContain('app://mediation-desk'.replace('app://', ''));
  });
});
