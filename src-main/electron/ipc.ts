import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { API_CHANNEL, API_METHOD_NAMES } from '../api/channels';
import type { Envelope } from '../api/contract';
import { errorBody } from '../api/errors';
import type { Registry } from '../api/registry';
import { AppError } from '../domain/errors';
import type { ServiceContext } from '../services/context';
import { isAppUrl } from './security';

/** A message is ours only if it comes from the top frame of a page loaded from app://. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || !isAppUrl(frame.url)) return false;
  return frame === event.sender.mainFrame;
}

const refuse = (code: 'FORBIDDEN' | 'BAD_REQUEST'): Envelope<never> => ({ ok: false, error: errorBody(new AppError(code)) });

/**
 * The one way to listen on IPC: the sender is checked and the arguments validated before `fn`
 * runs. Anything else gets the error envelope, never an exception across the bridge.
 */
export function registerHandler<S extends z.ZodType>(
  ipcMain: IpcMain,
  channel: string,
  schema: S,
  fn: (args: z.output<S>) => Promise<unknown>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) return refuse('FORBIDDEN');
    const parsed = schema.safeParse(args);
    if (!parsed.success) return refuse('BAD_REQUEST');
    return fn(parsed.data);
  });
}

/** Binds the registry to the single API channel the preload uses. */
export function registerApiHandler(ipcMain: IpcMain, registry: Pick<Registry, 'invoke'>, context: () => ServiceContext): void {
  registerHandler(ipcMain, API_CHANNEL, z.tuple([z.enum(API_METHOD_NAMES), z.unknown()]), ([method, input]) =>
    registry.invoke(context(), method, input),
  );
}
