import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseAttachments, caseFilePages } from '../db/schema';
import { compileCaseFile, exchangeCaseFileFacts, RETENTION_PERIODS, type AttachmentKind, type CompiledCaseFile, type RetentionPeriod } from '../domain/case-file';
import { AppError } from '../domain/errors';
import type { CaseFileRecord } from '../documents/kind';
import { readCase, type CaseDetail } from './case-detail';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { partiesWithoutRightsNotice } from './rights-notices';

/**
 * Compiling the case file (卷宗): the 13 items of the index from the case's records, its
 * attachments and the pages the clerk counted; what the cover and index print; what archiving
 * still lacks.
 */
export async function compiledCaseFile(db: Db, detail: CaseDetail): Promise<CompiledCaseFile> {
  const base = exchangeCaseFileFacts(detail.exchange, detail.partyRecords.some((p) => p.documents.length > 0));
  const attachments = await db.select({ kind: caseAttachments.kind, pages: caseAttachments.pages }).from(caseAttachments).where(eq(caseAttachments.caseId, detail.id));
  const counted = await db.select().from(caseFilePages).where(eq(caseFilePages.caseId, detail.id));
  return compileCaseFile({
    ...base,
    // a notice recorded per party counts as much as one noted in a session record
    partiesWithoutRightsNotice: base.partiesWithoutRightsNotice.length === 0 ? [] : await partiesWithoutRightsNotice(db, detail.id),
    attachments: attachments.map((a) => ({ kind: a.kind as AttachmentKind, pages: a.pages })),
    pages: new Map(counted.map((p) => [p.item, p.pages])),
  });
}

const retentionLabel = (code: string) => RETENTION_PERIODS[code as RetentionPeriod] ?? code;

/** What the file cover and index print for the case. */
export async function caseFileRecord(db: Db, detail: CaseDetail): Promise<CaseFileRecord> {
  return {
    compiled: await compiledCaseFile(db, detail),
    retention: detail.archive ? retentionLabel(detail.archive.retention) : null,
    filedBy: detail.archive?.filedBy ?? null,
    filedOn: detail.archive?.at.slice(0, 10) ?? null,
  };
}

export async function getCaseFile(ctx: ServiceContext, caseId: string) {
  const detail = await readCase(ctx.store.db, caseId);
  return { ...(await caseFileRecord(ctx.store.db, detail)), status: detail.status };
}

/** Pages the clerk counted per item; null takes a count back (the attachments' pages apply again). */
export function setCaseFilePages(ctx: ServiceContext, caseId: string, counts: readonly { item: number; pages: number | null }[]): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    await writableCaseRow(tx, caseId);
    for (const { item, pages } of counts) {
      if (!Number.isInteger(item) || item < 1 || item > 13) throw new AppError('VALIDATION', '卷内目录只有第1至13项', { item: '卷内目录只有第1至13项' });
      const where = and(eq(caseFilePages.caseId, caseId), eq(caseFilePages.item, item));
      if (pages === null) await tx.delete(caseFilePages).where(where);
      else await tx.insert(caseFilePages).values({ caseId, item, pages }).onConflictDoUpdate({ target: [caseFilePages.caseId, caseFilePages.item], set: { pages } });
    }
    audit({ action: 'caseFile.setPages', entity: 'case', entityId: caseId, after: { counts } });
  });
}
