import fs from 'node:fs';
import path from 'node:path';
import { redactPii } from '../domain/pii';

/** JSON-lines log in the data folder. Personal-data patterns are masked before writing. */
export interface Logger {
  info(event: string, detail?: Record<string, unknown>): void;
  warn(event: string, detail?: Record<string, unknown>): void;
  error(event: string, detail?: Record<string, unknown>): void;
}

export function errorDetail(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    return { name: err.name, message: err.message, stack: err.stack, ...(cause ? { cause: errorDetail(cause) } : {}) };
  }
  return { value: String(err) };
}

export function createFileLogger(logDir: string, now: () => Date): Logger {
  fs.mkdirSync(logDir, { recursive: true });
  const file = path.join(logDir, 'app.log');
  const write = (level: string, event: string, detail?: Record<string, unknown>) => {
    const line = JSON.stringify({ at: now().toISOString(), level, event, ...detail });
    fs.appendFileSync(file, `${redactPii(line)}\n`);
  };
  return {
    info: (e, d) => write('info', e, d),
    warn: (e, d) => write('warn', e, d),
    error: (e, d) => write('error', e, d),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
