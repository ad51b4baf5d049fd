import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { arbitrations, cases } from '../db/schema';
import { AppError } from '../domain/errors';

/** The case's own row, inside the caller's transaction; a case that is gone is NOT_FOUND. */
export async function caseRow(tx: Db, id: string) {
  const row = await tx.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '未找到该案件，可能已被删除。');
  return row;
}

/** `caseRow` for a write to the case: an archived case is read-only until an administrator unarchives it. */
export async function writableCaseRow(tx: Db, id: string) {
  const row = await caseRow(tx, id);
  if (row.status === 'archived') throw new AppError('CASE_ARCHIVED');
  return row;
}

/** A commission's arbitration case (it has its arbitration particulars): mediation steps do not apply to it. */
export async function isArbitration(db: Db, caseId: string): Promise<boolean> {
  return Boolean(await db.select({ caseId: arbitrations.caseId }).from(arbitrations).where(eq(arbitrations.caseId, caseId)).get());
}
