import type { z } from 'zod';
import { AppError, ERROR_CATALOG, type FieldErrors } from '../domain/errors';
import type { ApiErrorBody } from './contract';

/** Field errors keyed by dot path; issues about the object itself (unknown keys) go under `$`. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '$';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError): AppError {
  const fields = zodFieldErrors(error);
  const messages = Object.values(fields);
  const more = messages.length > 1 ? `（共${messages.length}处）` : '';
  return new AppError('VALIDATION', `输入有误：${messages[0] ?? ''}${more}`, fields);
}

/** The SQLite error code of a failure, looking through drizzle's "Failed query" wrapper. */
export function sqliteCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/** SQLite failures a user can act on get their own codes; anything else is internal. */
export function fromStoreError(err: unknown): AppError | undefined {
  const code = sqliteCode(err);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('DB_BUSY');
  if (code === 'SQLITE_FULL') return new AppError('DISK_FULL');
  return undefined;
}

export function errorBody(err: AppError): ApiErrorBody {
  return { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
}

export function internalErrorBody(ref: string): ApiErrorBody {
  return { code: 'INTERNAL', message: `${ERROR_CATALOG.INTERNAL}（日志编号 ${ref}）`, ref };
}
