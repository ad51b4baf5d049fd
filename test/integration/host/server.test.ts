import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../../src-main/app/csp';
import type { AppInstance } from '../../../src-main/app/open-app';
import { startHost, type Host } from '../../../src-main/host/server';
import { openTestApp, operatorContext, tempDir } from '../../support/temp';

let app: AppInstance;
let host: Host;
let dist: string;

/** A raw request, so the Host and Origin headers can be forged. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}` });

beforeAll(async () => {
  app = await openTestApp();
  const top = tempDir();
  dist = path.join(top, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>调解工作台</title>');
  fs.writeFileSync(path.join(top, 'secret.txt'), 'SECRET');
  host = await startHost({ registry: app.registry, context: () => operatorContext(app), rendererDir: dist });
});
afterAll(async () => {
  await host.close();
  await app.close();
});

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only, on a random port, and prints a URL with the token', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers 401 to anything without the token', async () => {
    const host_ = `127.0.0.1:${host.port}`;
    expect((await request({ path: '/', headers: { Host: host_ } })).status).toBe(401);
    const api = await request({ path: '/api/setup.status', method: 'POST', headers: { Host: host_ }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await request({ path: '/?token=wrong', headers: { Host: host_ } })).status).toBe(401);
    expect((await request({ path: '/', headers: { Host: host_, Authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('turns the token in the URL into an HttpOnly cookie, which then opens the page', async () => {
    const first = await request({ path: `/?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request({ path: '/', headers: { Host: `127.0.0.1:${host.port}`, Cookie: cookie.split(';')[0] as string } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('调解工作台');
    expect(parseCsp(String(page.headers['content-security-policy']))).toMatchObject({ 'default-src': "'none'", 'connect-src': "'self'" });
  });

  it('refuses requests naming another host (DNS rebinding) or coming from another origin', async () => {
    expect((await request({ path: '/', headers: { ...auth(), Host: `evil.example:${host.port}` } })).status).toBe(421);
    const cross = await request({
      path: '/api/setup.status',
      method: 'POST',
      headers: { ...auth(), Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('serves only files of the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%5c..%5csecret.txt']) {
      const res = await request({ path: p, headers: { ...auth(), Host: `127.0.0.1:${host.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('SECRET');
    }
  });

  it('rejects malformed and oversized API bodies with the error envelope', async () => {
    const h = { ...auth(), Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' };
    const bad = await request({ path: '/api/setup.status', method: 'POST', headers: h, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const big = await request({ path: '/api/setup.status', method: 'POST', headers: h, body: `"${'x'.repeat(33 * 1024 * 1024)}"` }).catch(() => ({ status: 413 }));
    expect(big.status).toBe(413);
    expect((await request({ path: '/api/setup.status', method: 'GET', headers: h })).status).toBe(405);
  });
});
