import { asc, eq, inArray } from 'drizzle-orm';
import { cases, partyDocuments } from '../db/schema';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { rowsToCase } from './case-mapping';
import { loadCases } from './case-store';
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
}

export async function getCase(ctx: ServiceContext, id: string): Promise<CaseDetail> {
  const [loaded] = await loadCases(ctx.store.db, [id]);
  if (!loaded) throw new AppError('NOT_FOUND', '未找到该案件，可能已被删除。');
  const c = loaded.case;
  const partyIds = loaded.parties.map((p) => p.id);
  const documents = partyIds.length
    ? await ctx.store.db.select().from(partyDocuments).where(inArray(partyDocuments.partyId, partyIds)).orderBy(asc(partyDocuments.addedAt))
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
  };
}

export async function getCaseByNumber(ctx: ServiceContext, caseNumber: string): Promise<CaseDetail> {
  const row = await ctx.store.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber)).get();
  if (!row) throw new AppError('NOT_FOUND', `未找到案号为 ${caseNumber} 的案件。`);
  return getCase(ctx, row.id);
}
