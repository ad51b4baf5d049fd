import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../api/contract';
import { errorBody } from '../api/errors';
import type { Registry } from '../api/registry';
import { BROWSER_MODE_CSP } from '../app/csp';
import { contentTypeOf, resolveStaticPath } from '../app/static-files';
import { AppError } from '../domain/errors';
import type { ServiceContext } from '../services/context';

/**
 * Browser mode: the built renderer and the API over HTTP, on 127.0.0.1 only. Every request must
 * carry the per-launch token — in the printed URL once (it becomes an HttpOnly cookie), then in
 * that cookie or an `Authorization: Bearer` header; anything else gets 401. The Host header must
 * name the loopback address, which stops DNS-rebinding pages from reaching the API.
 */
export interface HostOptions {
  registry: Pick<Registry, 'invoke'>;
  context: () => ServiceContext;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Host {
  port: number;
  token: string;
  /** The address to open, with the token. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024; // a 20 MB scan in base64, with room to spare
const SECURITY_HEADERS = {
  'Content-Security-Policy': BROWSER_MODE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

/** Cookies ignore ports, so the name carries the port: two launches never clobber each other. */
const cookieName = (port: number) => `mdesk_token_${port}`;

function cookieToken(req: http.IncomingMessage, port: number): string | undefined {
  const COOKIE = cookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return undefined;
}

function bearerToken(req: http.IncomingMessage): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

const failure = (code: ConstructorParameters<typeof AppError>[0]): Envelope<never> => ({ ok: false, error: errorBody(new AppError(code)) });

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, method: string) => {
    if (req.method !== 'POST') return sendEnvelope(res, 405, failure('BAD_REQUEST'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return sendEnvelope(res, 403, failure('UNAUTHORIZED'));
    }
    const raw = await readBody(req);
    if (raw === null) return sendEnvelope(res, 413, failure('PAYLOAD_TOO_LARGE'));
    let input: unknown;
    try {
      input = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      return sendEnvelope(res, 400, failure('BAD_REQUEST'));
    }
    sendEnvelope(res, 200, await options.registry.invoke(options.context(), method, input));
  };

  const handleStatic = (res: http.ServerResponse, pathname: string) => {
    const file = resolveStaticPath(options.rendererDir, pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain; charset=utf-8', '未找到');
    send(res, 200, contentTypeOf(file), fs.readFileSync(file));
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', '主机名无效');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const presented = url.searchParams.get('token');
      if (presented !== null && sameSecret(presented, token) && req.method === 'GET') {
        url.searchParams.delete('token');
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname + url.search,
        });
        return res.end();
      }
      const held = cookieToken(req, port) ?? bearerToken(req);
      if (held === undefined || !sameSecret(held, token)) {
        return url.pathname.startsWith('/api/')
          ? sendEnvelope(res, 401, failure('UNAUTHORIZED'))
          : send(res, 401, 'text/plain; charset=utf-8', `${new AppError('UNAUTHORIZED').message}\n`);
      }
      if (url.pathname.startsWith('/api/')) return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求方法');
      handleStatic(res, url.pathname);
    })().catch(() => {
      if (!res.headersSent) sendEnvelope(res, 500, failure('INTERNAL'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
