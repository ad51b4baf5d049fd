/**
 * Content-Security-Policy of the page. The Electron window gets the strict base policy (it talks
 * to main over IPC, so it needs no fetch at all); browser mode adds `connect-src 'self'` for its
 * loopback API. Neither allows any `unsafe-*` source.
 */
export const BASE_CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  // the PDF preview renders in a worker of our own (pdf.js); nothing else runs in workers
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const APP_PROTOCOL_CSP = serialize(BASE_CSP_DIRECTIVES);
export const BROWSER_MODE_CSP = serialize({ ...BASE_CSP_DIRECTIVES, 'connect-src': "'self'", 'frame-ancestors': "'none'" });
/** The `<meta>` policy in index.html; frame-ancestors is ignored in meta, so it is left out. */
export const META_CSP = serialize({ ...BASE_CSP_DIRECTIVES, 'connect-src': "'self'" });

export function parseCsp(policy: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name] = values.join(' ');
  }
  return out;
}
