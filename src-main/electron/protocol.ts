import fs from 'node:fs/promises';
import { APP_PROTOCOL_CSP } from '../app/csp';
import { contentTypeOf, resolveStaticPath } from '../app/static-files';
import { APP_HOST } from './security';

/**
 * The `app://mediation-desk/…` handler: serves files of the built renderer and nothing else,
 * with the strict CSP as a response header.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const notFound = () => new Response('未找到', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== APP_HOST) return notFound();
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': APP_PROTOCOL_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}
