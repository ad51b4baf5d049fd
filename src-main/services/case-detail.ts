import { asc, eq, inArray } from 'drizzle-orm';
import { cases, partyDocuments } from '../db/schema';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { rowsToCase } from './case-mapping';
import { loadCases } from './case-store';
import type { Db } from '../db/store';
import type { ServiceContext } from './context';

/** One case as the case page and `cli show` need it: the exchange form plus where it stands. */
export interface CaseDetail {
  id: string;
  status: string;
  track: string;
  trackReason: string;
  trackOverrideNote: string | null;
  createdAt: string;
  updatedAt: string;
  exchange: ExchangeCase;
  /** Per party, in the order of `exchange.parties`: its record id and identity papers. */
  partyRecords: { id: string; documents: { sha256: string; name: string; addedAt: string }[] }[];
  /** When and by whom the case was archived (归档), who compiled the file and how long it is kept; null until archived. */
  archive: { at: string; by: string; filedBy: string; retention: string } | null;
}

export const getCase = (ctx: ServiceContext, id: string) => readCase(ctx.store.db, id);

/** `getCase` on any connection, so that a write unit can read the case it is changing. */
export async function readCase(db: Db, id: string): Promise<CaseDetail> {
  const [loaded] = await loadCases(db, [id]);
  if (!loaded) throw new AppError('NOT_FOUND', '未找到该案件，可能已被删除。');
  const c = loaded.case;
  const partyIds = loaded.parties.map((p) => p.id);
  const documents = partyIds.length
    ? await db.select().from(partyDocuments).where(inArray(partyDocuments.partyId, partyIds)).orderBy(asc(partyDocuments.addedAt))
    : [];
  return {
    id: c.id,
    status: c.status,
    track: c.track,
    trackReason: c.trackReason,
    trackOverrideNote: c.trackOverrideNote,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    exchange: rowsToCase(loaded),
    partyRecords: loaded.parties.map((p) => ({
      id: p.id,
      documents: documents.filter((d) => d.partyId === p.id).map(({ sha256, name, addedAt }) => ({ sha256, name, addedAt })),
    })),
    archive: c.archivedAt ? { at: c.archivedAt, by: c.archivedBy ?? '', filedBy: c.filedBy ?? '', retention: c.retention ?? '' } : null,
  };
}

export async function getCaseByNumber(ctx: ServiceContext, caseNumber: string): Promise<CaseDetail> {
  const row = await ctx.store.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber)).get();
  if (!row) throw new AppError('NOT_FOUND', `未找到案号为 ${caseNumber} 的案件。`);
  return getCase(ctx, row.id);
}
