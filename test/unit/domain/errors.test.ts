import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CATALOG } from '../../../src-main/domain/errors';
import { containsPii } from '../../../src-main/domain/pii';

describe('error catalog (reliability #35)', () => {
  it('keeps its stable codes', () => {
    // codes are a public promise to the UI and to scripts: add new ones, never rename
    expect(Object.keys(ERROR_CATALOG).sort()).toMatchInlineSnapshot(`
      [
        "BACKUP_FAILED",
        "BACKUP_VERIFY_FAILED",
        "BAD_REQUEST",
        "BUNDLE_REFUSED",
        "CASE_ARCHIVED",
        "CASE_NUMBER_PATTERN",
        "CONFLICT",
        "DATA_DIR_UNAVAILABLE",
        "DB_BUSY",
        "DB_DAMAGED",
        "DB_NEWER_SCHEMA",
        "DB_NOT_DATABASE",
        "DB_PRAGMA",
        "DB_SCHEMA_MISMATCH",
        "DISK_FULL",
        "DUPLICATE_MEDIATOR_NO",
        "FILE_BLOCKED",
        "FILE_DAMAGED",
        "FORBIDDEN",
        "INTERNAL",
        "INVALID_TRANSITION",
        "MIGRATION_FAILED",
        "NOT_FOUND",
        "PAYLOAD_TOO_LARGE",
        "RESTORE_REFUSED",
        "SETUP_ALREADY_DONE",
        "SETUP_REQUIRED",
        "UNAUTHORIZED",
        "UNKNOWN_METHOD",
        "VALIDATION",
      ]
    `);
  });

  it.each(Object.entries(ERROR_CATALOG))('%s has a Chinese message without traces or personal data', (code, message) => {
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/\bat\s+\S+\s*\(|Error:|\.ts:\d+|node_modules/);
    expect(containsPii(message)).toBe(false);
    expect(new AppError(code as keyof typeof ERROR_CATALOG).message).toBe(message);
  });
});
