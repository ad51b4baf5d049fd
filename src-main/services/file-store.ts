import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { writeFileDurable } from '../app/durable-file';
import type { Db } from '../db/store';
import { storedFiles } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { writeUnit, type RecordAudit, type ServiceContext } from './context';

/**
 * The content-addressed file store: each distinct content once, at `files/ab/abcdef…` under the
 * data folder, named by its SHA-256 and made read-only. The database keeps the hash; the hash is
 * checked again whenever the file is read.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
};

export const sha256Of = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');
export const storedPath = (ctx: ServiceContext, sha256: string) => path.join(ctx.paths.files, sha256.slice(0, 2), sha256);

export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
}

/**
 * Puts content on disk under its hash (before any database row names it, so a row never points
 * at a missing file; content nobody records is harmless and found again by its hash).
 */
export function writeBlob(ctx: ServiceContext, data: Uint8Array): string {
  const sha256 = sha256Of(data);
  const target = storedPath(ctx, sha256);
  if (!fs.existsSync(target) || sha256Of(fs.readFileSync(target)) !== sha256) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) fs.chmodSync(target, 0o644); // a damaged copy is replaced by the good content
    writeFileDurable(target, data);
    fs.chmodSync(target, 0o444);
  }
  return sha256;
}

/**
 * Records content in the store's index, inside the caller's write unit. Content that had been
 * found damaged is whole again once the same bytes are stored (`writeBlob` replaced the copy):
 * the block is lifted, and the log says so.
 */
export async function recordBlob(tx: Db, ctx: ServiceContext, file: StoredFile, audit: RecordAudit): Promise<void> {
  const known = await tx.select({ sha256: storedFiles.sha256, damagedAt: storedFiles.damagedAt }).from(storedFiles).where(eq(storedFiles.sha256, file.sha256)).get();
  if (!known) await tx.insert(storedFiles).values({ ...file, createdAt: chinaTimestamp(ctx.clock.now()), createdBy: ctx.user.id });
  else if (known.damagedAt) {
    await tx.update(storedFiles).set({ damagedAt: null }).where(eq(storedFiles.sha256, file.sha256));
    audit({ action: 'files.unblock', entity: 'file', entityId: file.sha256, before: { damagedAt: known.damagedAt } });
  }
}

export async function storeFile(ctx: ServiceContext, data: Uint8Array, mime: string): Promise<StoredFile> {
  if (!ACCEPTED_TYPES[mime]) throw new AppError('VALIDATION', '只能上传 JPG、PNG 图片或 PDF 文件', { file: '文件类型不支持' });
  if (data.byteLength === 0) throw new AppError('VALIDATION', '文件是空的', { file: '文件是空的' });
  if (data.byteLength > MAX_FILE_BYTES) throw new AppError('VALIDATION', '文件不能超过20MB', { file: '文件过大' });
  const file = { sha256: writeBlob(ctx, data), size: data.byteLength, mime };
  return writeUnit(ctx, async (tx, audit) => {
    await recordBlob(tx, ctx, file, audit);
    audit({ action: 'files.store', entity: 'file', entityId: file.sha256, after: { size: file.size, mime } });
    return file;
  });
}

/**
 * The content of a stored file, checked against its hash on every read. A mismatch (or a missing
 * copy) blocks the file — recorded with the time, and in the log — and a blocked file is refused
 * without trusting the disk again, until the same content is stored anew.
 */
export async function readStoredFile(ctx: ServiceContext, sha256: string): Promise<{ data: Buffer; mime: string }> {
  const row = await ctx.store.db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256)).get();
  if (!row) throw new AppError('NOT_FOUND', '未找到该文件。');
  if (row.damagedAt) {
    await writeUnit(ctx, async (_tx, audit) => audit({ action: 'files.blockedRead', entity: 'file', entityId: sha256, after: { damagedAt: row.damagedAt } }));
    throw new AppError('FILE_BLOCKED');
  }
  const file = storedPath(ctx, sha256);
  const data = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (!data || sha256Of(data) !== sha256) {
    await writeUnit(ctx, async (tx, audit) => {
      await tx.update(storedFiles).set({ damagedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(storedFiles.sha256, sha256));
      audit({ action: 'files.integrityFailure', entity: 'file', entityId: sha256, after: { missing: !data } });
    });
    throw new AppError('FILE_DAMAGED');
  }
  return { data, mime: row.mime };
}
