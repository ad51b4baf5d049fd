import { eq } from 'drizzle-orm';
import { typicalCases } from '../db/schema';
import type { Db } from '../db/store';
import type { WriteUp } from '../domain/typical-case';

export interface SavedWriteUp extends WriteUp {
  savedAt: string;
  savedBy: string;
}

/** The typical-case write-up saved for a case, or null before one is. */
export async function savedWriteUp(db: Db, caseId: string): Promise<SavedWriteUp | null> {
  const row = await db.select().from(typicalCases).where(eq(typicalCases.caseId, caseId)).get();
  return row ? { title: row.title, facts: row.facts, process: row.process, result: row.result, significance: row.significance, roundAmounts: row.roundAmounts, savedAt: row.savedAt, savedBy: row.savedBy } : null;
}
