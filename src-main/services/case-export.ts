import { inArray } from 'drizzle-orm';
import { cases } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { EXCHANGE_FORMAT, type ExchangeCase } from '../domain/exchange';
import { rowsToCase } from './case-mapping';
import { caseIdsMatching, type CaseListQuery } from './case-query';
import { loadCases } from './case-store';
import { writeUnit, type ServiceContext } from './context';
import { findOrganization } from './organization';

export interface ExchangeDocument {
  format: typeof EXCHANGE_FORMAT;
  exportedAt: string;
  exportedBy?: string;
  cases: ExchangeCase[];
}

/** Case ids for the given numbers; an unknown number is an error naming it. */
export async function idsForNumbers(ctx: ServiceContext, numbers: string[]): Promise<string[]> {
  if (numbers.length === 0) return [];
  const rows = await ctx.store.db.select({ id: cases.id, caseNumber: cases.caseNumber }).from(cases).where(inArray(cases.caseNumber, numbers));
  const byNumber = new Map(rows.map((r) => [r.caseNumber, r.id]));
  const missing = numbers.filter((n) => !byNumber.has(n));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `未找到案号为 ${missing.join('、')} 的案件。`);
  return numbers.map((n) => byNumber.get(n) as string);
}

/**
 * A `mediation-case/1` document of the chosen cases (or all, oldest first). An export carries
 * personal data out of the office, so it is recorded in the audit trail.
 */
export async function exportCases(ctx: ServiceContext, selection: { caseNumbers?: string[]; all?: boolean; filter?: CaseListQuery }): Promise<ExchangeDocument> {
  const ids = selection.all
    ? (await ctx.store.db.select({ id: cases.id }).from(cases).orderBy(cases.receivedOn, cases.id)).map((r) => r.id)
    : selection.filter
      ? await caseIdsMatching(ctx, selection.filter)
      : await idsForNumbers(ctx, selection.caseNumbers ?? []);
  if (ids.length === 0) throw new AppError('VALIDATION', '请指定要导出的案件（案号），或选择导出全部。');
  const loaded = await loadCases(ctx.store.db, ids);
  const org = await findOrganization(ctx.store.db);
  await writeUnit(ctx, async (_tx, audit) => {
    audit({ action: 'cases.export', entity: 'case', entityId: null, after: { count: ids.length, all: Boolean(selection.all), filtered: Boolean(selection.filter) } });
  });
  return {
    format: EXCHANGE_FORMAT,
    exportedAt: chinaTimestamp(ctx.clock.now()).replace(/\.\d{3}/, ''),
    ...(org ? { exportedBy: org.name } : {}),
    cases: loaded.map(rowsToCase),
  };
}
