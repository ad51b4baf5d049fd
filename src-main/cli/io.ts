import fs from 'node:fs';
import path from 'node:path';
import { isAppError } from '../domain/errors';

/** Exit statuses promised by the CLI spec: 2 for bad input, 1 for anything else. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

export class CliUsageError extends Error {}

/** Refuses an output file whose folder does not exist, before anything is made or registered (a version without its file would be half a write). */
export function requireOutputFolder(file: string): void {
  const folder = path.dirname(path.resolve(file));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new CliUsageError(`输出文件夹不存在：${folder}`);
}

export interface Output {
  json: boolean;
  /** Human-readable lines (suppressed with --json). */
  say(line: string): void;
  /** The one JSON document of a --json run. */
  result(value: unknown): void;
}

export function createOutput(json: boolean, write: (s: string) => void = (s) => process.stdout.write(s)): Output {
  return {
    json,
    say: (line) => {
      if (!json) write(`${line}\n`);
    },
    result: (value) => {
      if (json) write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/** Chinese message and exit status for any failure; stack traces stay out of the terminal. */
export function describeFailure(err: unknown): { message: string; status: number } {
  if (err instanceof CliUsageError) return { message: err.message, status: EXIT_BAD_INPUT };
  if (isAppError(err)) {
    const fields = Object.entries(err.fields ?? {});
    // a message that already lists its problems line by line is printed as it is
    const message =
      fields.length > 1 && !err.message.includes('\n')
        ? `输入有误（共${fields.length}处）：\n${fields.map(([k, m]) => `  - ${k}：${m}`).join('\n')}`
        : err.message;
    return { message, status: err.code === 'VALIDATION' ? EXIT_BAD_INPUT : EXIT_FAILURE };
  }
  return { message: `操作失败：${err instanceof Error ? err.message : String(err)}`, status: EXIT_FAILURE };
}
