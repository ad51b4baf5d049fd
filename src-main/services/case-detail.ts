import { eq } from 'drizzle-orm';
import { cases } from '../db/schema';
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
}

export async function getCase(ctx: ServiceContext, id: string): Promise<CaseDetail> {
  const [loaded] = await loadCases(ctx.store.db, [id]);
  if (!loaded) throw new AppError('NOT_FOUND', '未找到该案件，可能已被删除。');
  const c = loaded.case;
  return {
    id: c.id,
    status: c.status,
    track: c.track,
    trackReason: c.trackReason,
    trackOverrideNote: c.trackOverrideNote,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    exchange: rowsToCase(loaded),
  };
}

export async function getCaseByNumber(ctx: ServiceContext, caseNumber: string): Promise<CaseDetail> {
  const row = await ctx.store.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber)).get();
  if (!row) throw new AppError('NOT_FOUND', `未找到案号为 ${caseNumber} 的案件。`);
  return getCase(ctx, row.id);
}
