import type { HandlerDetails, Session, WebContents } from 'electron';

/**
 * The window's security policy as small pure handlers, each unit-tested with `electron` mocked:
 * no navigation, no new windows, no permissions, no network, external links only to a short
 * list of official sites (opened in the system browser).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mediation-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sites a link in the app may open in the system browser, compared by exact origin. */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://wenshu.court.gov.cn', 'https://www.court.gov.cn'];

/** Permissions the page may use; everything else (camera, geolocation, notifications…) is denied. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Every request scheme that could leave the machine. */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

export function isAllowedExternal(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && EXTERNAL_ORIGINS.includes(parsed.origin);
}

export const isPermissionAllowed = (permission: string): boolean => ALLOWED_PERMISSIONS.has(permission);

/** Hash-routed single page: the document never navigates, so every attempt is cancelled. */
export function onWillNavigate(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** New windows are never created; an allowed external link goes to the system browser instead. */
export function windowOpenHandler(openExternal: (url: string) => unknown) {
  return (details: Pick<HandlerDetails, 'url'>): { action: 'deny' } => {
    if (isAllowedExternal(details.url)) void openExternal(details.url);
    return { action: 'deny' };
  };
}

/** Applies the policy to a session: permissions, network, downloads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  session.on('will-download', (event) => event.preventDefault());
}

/** Applies the policy to every web contents the app creates. */
export function hardenContents(contents: WebContents, openExternal: (url: string) => unknown): void {
  contents.on('will-navigate', onWillNavigate);
  contents.on('will-redirect', onWillNavigate);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}
