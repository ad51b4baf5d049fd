import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { caseMediators, caseParties, cases, mediators } from '../db/schema';
import { CASE_CATEGORY_KEYS } from '../domain/categories';
import { isLegalDate } from '../domain/dates';
import { planSearch } from '../domain/search';
import { CASE_SOURCE_KEYS, CASE_STATUS_KEYS } from '../domain/vocabulary';
import type { ServiceContext } from './context';

/** The case list: filters, sorting, paging and full-text search, as the list screen and `cli list` use them. */
const date = (label: string) => z.string().refine(isLegalDate, `${label}不是有效日期`).optional();

export const caseListQuerySchema = z.strictObject({
  query: z.string().trim().max(100, '检索内容不能超过100个字').optional(),
  statuses: z.array(z.enum(CASE_STATUS_KEYS)).optional(),
  categories: z.array(z.enum(CASE_CATEGORY_KEYS)).optional(),
  sources: z.array(z.enum(CASE_SOURCE_KEYS)).optional(),
  mediatorId: z.uuid({ error: '调解员标识无效' }).optional(),
  receivedFrom: date('登记起始日期'),
  receivedTo: date('登记截止日期'),
  acceptedFrom: date('受理起始日期'),
  acceptedTo: date('受理截止日期'),
  sort: z.enum(['receivedOn', 'acceptedOn', 'caseNumber', 'claimAmount']).default('receivedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100_000).default(100),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export interface CaseListRow {
  id: string;
  caseNumber: string | null;
  status: string;
  category: string;
  source: string;
  track: string;
  receivedOn: string;
  acceptedOn: string | null;
  claimAmountFen: number | null;
  applicants: string[];
  respondents: string[];
  thirdParties: string[];
  mediators: string[];
}

/** Case ids whose search rows match the query, as a subquery. */
export function searchCondition(query: string): SQL | undefined {
  const plan = planSearch(query);
  if (!plan) return undefined;
  const table = sql.identifier(plan.index === 'trigram' ? 'case_search' : 'case_search_chars');
  return sql`${cases.id} IN (SELECT case_id FROM case_search_keys WHERE key IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ${plan.match}))`;
}

function conditions(q: CaseListQuery): SQL | undefined {
  const all: (SQL | undefined)[] = [
    q.query ? searchCondition(q.query) : undefined,
    q.statuses?.length ? inArray(cases.status, q.statuses) : undefined,
    q.categories?.length ? inArray(cases.category, q.categories) : undefined,
    q.sources?.length ? inArray(cases.source, q.sources) : undefined,
    q.mediatorId ? sql`${cases.id} IN (SELECT case_id FROM case_mediators WHERE mediator_id = ${q.mediatorId})` : undefined,
    q.receivedFrom ? gte(cases.receivedOn, q.receivedFrom) : undefined,
    q.receivedTo ? lte(cases.receivedOn, q.receivedTo) : undefined,
    q.acceptedFrom ? gte(cases.acceptedOn, q.acceptedFrom) : undefined,
    q.acceptedTo ? lte(cases.acceptedOn, q.acceptedTo) : undefined,
  ];
  return and(...all.filter((c): c is SQL => c !== undefined));
}

const SORT_COLUMNS = {
  receivedOn: cases.receivedOn,
  acceptedOn: cases.acceptedOn,
  caseNumber: cases.caseNumber,
  claimAmount: cases.claimAmountFen,
} as const;

const NAMES_BATCH = 5000;

export async function listCases(ctx: ServiceContext, q: CaseListQuery): Promise<{ total: number; rows: CaseListRow[] }> {
  const db = ctx.store.db;
  const where = conditions(q);
  const direction = q.order === 'asc' ? asc : desc;
  const [totalRow, page] = await Promise.all([
    db.select({ n: count() }).from(cases).where(where).get(),
    db
      .select({
        id: cases.id,
        caseNumber: cases.caseNumber,
        status: cases.status,
        category: cases.category,
        source: cases.source,
        track: cases.track,
        receivedOn: cases.receivedOn,
        acceptedOn: cases.acceptedOn,
        claimAmountFen: cases.claimAmountFen,
      })
      .from(cases)
      .where(where)
      .orderBy(direction(SORT_COLUMNS[q.sort]), direction(cases.id))
      .limit(q.limit)
      .offset(q.offset),
  ]);
  // party and mediator names of the page in one round trip per 5,000 cases: each case id is bound
  // twice, and SQLite binds at most 32,766 values in one statement (an export asks for 100,000)
  const people: [string, string, string][] = [];
  for (let i = 0; i < page.length; i += NAMES_BATCH) {
    const ids = page.slice(i, i + NAMES_BATCH).map((r) => r.id);
    people.push(
      ...(await db.all<[string, string, string]>(sql`
        SELECT case_id, role, name FROM (
          SELECT ${caseParties.caseId} AS case_id, ${caseParties.role} AS role, ${caseParties.name} AS name, ${caseParties.position} AS position
            FROM ${caseParties} WHERE ${inArray(caseParties.caseId, ids)}
          UNION ALL
          SELECT ${caseMediators.caseId}, 'mediator', ${mediators.name}, ${caseMediators.position}
            FROM ${caseMediators} JOIN ${mediators} ON ${eq(mediators.id, caseMediators.mediatorId)} WHERE ${inArray(caseMediators.caseId, ids)}
        ) ORDER BY position`)),
    );
  }
  const names = new Map<string, string[]>();
  for (const [caseId, role, name] of people) names.set(`${caseId}|${role}`, [...(names.get(`${caseId}|${role}`) ?? []), name]);
  const namesOf = (caseId: string, role: string) => names.get(`${caseId}|${role}`) ?? [];
  return {
    total: totalRow?.n ?? 0,
    rows: page.map((r) => ({
      ...r,
      applicants: namesOf(r.id, 'applicant'),
      respondents: namesOf(r.id, 'respondent'),
      thirdParties: namesOf(r.id, 'third_party'),
      mediators: namesOf(r.id, 'mediator'),
    })),
  };
}

/** Every case id the filter matches, oldest first (what "export the current view" exports). */
export async function caseIdsMatching(ctx: ServiceContext, q: CaseListQuery): Promise<string[]> {
  const rows = await ctx.store.db.select({ id: cases.id }).from(cases).where(conditions(q)).orderBy(asc(cases.receivedOn), asc(cases.id));
  return rows.map((r) => r.id);
}
