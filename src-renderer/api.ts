import type { ApiErrorBody, Envelope } from '../src-main/api/contract';
import type { ApiInput, ApiMethodName, ApiOutput } from '../src-main/api/registry';

/**
 * The typed client. In Electron the preload exposes one function per method; in browser mode
 * the same call goes to the loopback host. Either way the result is the registry's envelope.
 */
type BridgeFunction = (input: unknown) => Promise<Envelope<unknown>>;
interface DesktopBridge {
  api: Record<string, BridgeFunction>;
}
declare global {
  interface Window {
    mediationDesk?: DesktopBridge;
  }
}

export class ApiError extends Error {
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.fields = body.fields ?? {};
  }
}

const transportFailure = (message: string): Envelope<never> => ({ ok: false, error: { code: 'TRANSPORT', message } });

async function send(name: string, input: unknown): Promise<Envelope<unknown>> {
  const bridge = window.mediationDesk;
  if (bridge) {
    const fn = bridge.api[name];
    return fn ? fn(input) : transportFailure('请求的功能不存在，请确认程序版本。');
  }
  try {
    const response = await fetch(`api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return transportFailure('无法连接到程序后台，请确认调解工作台仍在运行。');
  }
}

export async function call<N extends ApiMethodName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const envelope = await send(name, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as ApiOutput<N>;
}
