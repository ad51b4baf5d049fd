import { PDFDocument } from 'pdf-lib';
import { asc, eq } from 'drizzle-orm';
import { caseAttachments, storedFiles } from '../db/schema';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../domain/case-file';
import { chinaTimestamp } from '../domain/china-time';
import { AppError, fieldError, isAppError } from '../domain/errors';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { readStoredFile } from './file-store';
import { newId } from './ids';

/**
 * The case's attachments (附件): evidence, receipts, scans of signed papers… each filed under an
 * item of the file index, its content in the content-addressed store. Opening or exporting one
 * re-checks the hash (the store blocks a file that fails), and is logged: the chain of custody.
 * Removing one takes it off the case, with a reason; the stored content stays.
 */
export interface NewAttachment {
  sha256: string;
  name: string;
  kind: AttachmentKind;
  note?: string | undefined;
}

export interface AttachmentChange {
  name?: string | undefined;
  kind?: AttachmentKind | undefined;
  note?: string | null | undefined;
  pages?: number | undefined;
}

export async function listAttachments(ctx: ServiceContext, caseId: string) {
  const rows = await ctx.store.db
    .select({
      id: caseAttachments.id,
      name: caseAttachments.name,
      kind: caseAttachments.kind,
      pages: caseAttachments.pages,
      note: caseAttachments.note,
      sha256: caseAttachments.sha256,
      size: storedFiles.size,
      mime: storedFiles.mime,
      damagedAt: storedFiles.damagedAt,
      addedAt: caseAttachments.addedAt,
      addedBy: caseAttachments.addedBy,
    })
    .from(caseAttachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, caseAttachments.sha256))
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.addedAt), asc(caseAttachments.name));
  return rows.map(({ damagedAt, ...r }) => ({ ...r, blocked: damagedAt !== null }));
}

/** A PDF's page count, or a Chinese error naming the file when it cannot be read as one. */
async function pdfPages(data: Uint8Array, name: string, field: string): Promise<number> {
  try {
    return (await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    throw fieldError(field, `“${name}”不是可以读取的PDF文件，请检查后重新上传`);
  }
}

/** Files the stored content with the case; pages are counted from the content (an image is one). */
export async function addAttachments(ctx: ServiceContext, caseId: string, items: readonly NewAttachment[]): Promise<string[]> {
  const counted: (NewAttachment & { pages: number })[] = [];
  for (const [i, item] of items.entries()) {
    const field = `items.${i}.sha256`;
    const known = await ctx.store.db.select({ mime: storedFiles.mime }).from(storedFiles).where(eq(storedFiles.sha256, item.sha256)).get();
    if (!known) throw fieldError(field, `“${item.name}”尚未上传成功，请重新上传`);
    const { data, mime } = await readStoredFile(ctx, item.sha256);
    counted.push({ ...item, pages: mime === 'application/pdf' ? await pdfPages(data, item.name, field) : 1 });
  }
  return writeUnit(ctx, async (tx, audit) => {
    await writableCaseRow(tx, caseId);
    const at = chinaTimestamp(ctx.clock.now());
    const rows = counted.map((a) => ({ id: newId(), caseId, sha256: a.sha256, name: a.name.trim(), kind: a.kind, pages: a.pages, note: a.note?.trim() || null, addedAt: at, addedBy: ctx.user.name }));
    if (rows.length > 0) await tx.insert(caseAttachments).values(rows);
    audit({ action: 'attachments.add', entity: 'case', entityId: caseId, after: rows.map((r) => ({ name: r.name, kind: ATTACHMENT_KINDS[r.kind], pages: r.pages, sha256: r.sha256 })) });
    return rows.map((r) => r.id);
  });
}

async function attachmentOrThrow(ctx: ServiceContext, id: string) {
  const row = await ctx.store.db.select().from(caseAttachments).where(eq(caseAttachments.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '未找到该附件，可能已被移除。');
  return row;
}

export function updateAttachment(ctx: ServiceContext, id: string, change: AttachmentChange): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await tx.select().from(caseAttachments).where(eq(caseAttachments.id, id)).get();
    if (!before) throw new AppError('NOT_FOUND', '未找到该附件，可能已被移除。');
    await writableCaseRow(tx, before.caseId);
    const next = {
      ...(change.name !== undefined ? { name: change.name.trim() } : {}),
      ...(change.kind !== undefined ? { kind: change.kind } : {}),
      ...(change.note !== undefined ? { note: change.note?.trim() || null } : {}),
      ...(change.pages !== undefined ? { pages: change.pages } : {}),
    };
    if (Object.keys(next).length === 0) return;
    await tx.update(caseAttachments).set(next).where(eq(caseAttachments.id, id));
    audit({ action: 'attachments.update', entity: 'case', entityId: before.caseId, before: { name: before.name, kind: before.kind, note: before.note, pages: before.pages }, after: { sha256: before.sha256, ...next } });
  });
}

export function removeAttachment(ctx: ServiceContext, id: string, reason: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await tx.select().from(caseAttachments).where(eq(caseAttachments.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', '未找到该附件，可能已被移除。');
    await writableCaseRow(tx, row.caseId);
    await tx.delete(caseAttachments).where(eq(caseAttachments.id, id));
    audit({ action: 'attachments.remove', entity: 'case', entityId: row.caseId, before: { name: row.name, kind: row.kind, sha256: row.sha256, addedAt: row.addedAt, addedBy: row.addedBy }, after: { reason } });
  });
}

/** The attachment's content after the hash re-check, with its reading logged (viewing or exporting). */
export async function openAttachment(ctx: ServiceContext, id: string, purpose: 'view' | 'export') {
  const row = await attachmentOrThrow(ctx, id);
  const file = await readStoredFile(ctx, row.sha256).catch(async (err: unknown) => {
    // the store logs the file; the case's own history says which of its papers failed, and when
    if (isAppError(err) && (err.code === 'FILE_DAMAGED' || err.code === 'FILE_BLOCKED')) {
      await writeUnit(ctx, async (_tx, audit) => audit({ action: 'attachments.refused', entity: 'case', entityId: row.caseId, after: { name: row.name, sha256: row.sha256, purpose, code: err.code } }));
    }
    throw err;
  });
  await writeUnit(ctx, async (_tx, audit) => audit({ action: purpose === 'view' ? 'attachments.open' : 'attachments.export', entity: 'case', entityId: row.caseId, after: { name: row.name, sha256: row.sha256 } }));
  return { name: row.name, mime: file.mime, data: file.data };
}
