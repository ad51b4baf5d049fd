import { and, between, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/store';
import { arbitrations, caseAgreements, cases, followUpPlans, materialRequests, mediationExtensions } from '../db/schema';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { addDays } from '../domain/dates';
import { caseDeadlines, DEFAULT_DEADLINE_RULES, deadlineRulesSchema, materialDeadline, plannedFollowUpBasis, type CaseDeadlines, type DeadlineRules, type Period, type RecordedDeadlineFacts } from '../domain/deadlines';
import type { ExchangeCase } from '../domain/exchange';
import {
  builtInHolidayCalendar,
  HOLIDAY_FILE_FORMAT,
  holidayYearSchema,
  knowsYear,
  mergeHolidayYears,
  type HolidayCalendar,
  type HolidayFile,
  type HolidayYear,
} from '../domain/holidays';
import { AppError } from '../domain/errors';
import { writeUnit, type ServiceContext } from './context';
import { extensionsOf, openMaterialRequestsOf, openPlansOf } from './deadline-records';
import { readSetting, writeSetting } from './settings-store';

/**
 * The organization's periods and the holiday years it supplied (for years the built-in
 * calendar does not know yet, or to correct one), and the deadlines of a case computed with them.
 */
const KEY = 'deadlines';

export const deadlineSettingsSchema = z.strictObject({
  rules: deadlineRulesSchema,
  holidayYears: z.array(holidayYearSchema),
});
export type DeadlineSettings = z.output<typeof deadlineSettingsSchema>;

const DEFAULTS: DeadlineSettings = { rules: DEFAULT_DEADLINE_RULES, holidayYears: [] };
const BUILT_IN = builtInHolidayCalendar();

async function readDeadlineSettings(db: Db): Promise<DeadlineSettings> {
  return (await readSetting(db, KEY, deadlineSettingsSchema, DEFAULTS)).value;
}

const calendarOf = (s: DeadlineSettings): HolidayCalendar => mergeHolidayYears(BUILT_IN, s.holidayYears);

/** The deadlines of a case, with its recorded extensions and planned follow-ups, read on `db` (a write unit's own, when inside one). */
export async function deadlinesWith(db: Db, caseId: string, c: ExchangeCase): Promise<CaseDeadlines> {
  const s = await readDeadlineSettings(db);
  const extensions = (await extensionsOf(db, [caseId])).get(caseId) ?? [];
  const followUpPlans = (await openPlansOf(db, [caseId])).get(caseId) ?? [];
  const materialRequests = (await openMaterialRequestsOf(db, [caseId])).get(caseId) ?? [];
  const arbitration = await db.select({ tribunal: arbitrations.tribunal, outcome: arbitrations.outcome }).from(arbitrations).where(eq(arbitrations.caseId, caseId)).get();
  return caseDeadlines(c, s.rules, calendarOf(s), { extensions, followUpPlans, materialRequests, ...arbitrationFacts(arbitration) });
}

/** What the deadline engine knows of a commission's case from its arbitration row; nothing for a mediation. */
function arbitrationFacts(row: Pick<typeof arbitrations.$inferSelect, 'tribunal' | 'outcome'> | undefined): RecordedDeadlineFacts {
  return row ? { arbitration: { composedOn: row.tribunal?.composedOn, ended: row.outcome !== null } } : {};
}

export const deadlinesOf = (ctx: ServiceContext, caseId: string, c: ExchangeCase) => deadlinesWith(ctx.store.db, caseId, c);

function saveSettings(ctx: ServiceContext, action: string, change: (s: DeadlineSettings) => DeadlineSettings, describe: (s: DeadlineSettings) => unknown) {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readDeadlineSettings(tx);
    const next = change(before);
    await writeSetting(tx, KEY, next, chinaTimestamp(ctx.clock.now()));
    audit({ action, entity: 'settings', entityId: KEY, after: describe(next) });
  });
}

/** What the settings screen shows: the periods, every year the calendar knows and where it came from. */
export async function getDeadlineSettings(ctx: ServiceContext) {
  const s = await readDeadlineSettings(ctx.store.db);
  const calendar = calendarOf(s);
  const supplied = new Set(s.holidayYears.map((y) => y.year));
  const nextYear = Number(chinaDate(ctx.clock.now()).slice(0, 4)) + 1;
  return {
    rules: s.rules,
    defaults: DEFAULT_DEADLINE_RULES,
    years: calendar.years
      .map((y) => ({ year: y.year, holidays: y.holidays.length, workdays: y.workdays.length, source: y.source ?? null, supplied: supplied.has(y.year) }))
      .reverse(),
    nextYear,
    nextYearKnown: knowsYear(calendar, nextYear),
  };
}

export const updateDeadlineRules = (ctx: ServiceContext, rules: DeadlineRules) =>
  saveSettings(ctx, 'settings.updateDeadlineRules', (s) => ({ ...s, rules }), (s) => s.rules);

/** Adds or replaces the years of a holiday file, all or nothing (the file was checked whole). */
export const importHolidayYears = (ctx: ServiceContext, file: HolidayFile) =>
  saveSettings(
    ctx,
    'settings.importHolidays',
    (s) => ({ ...s, holidayYears: mergeHolidayYears({ years: s.holidayYears }, file.years).years }),
    () => ({ years: file.years.map((y) => y.year) }),
  );

export async function removeHolidayYear(ctx: ServiceContext, year: number): Promise<void> {
  const s = await readDeadlineSettings(ctx.store.db);
  if (!s.holidayYears.some((y) => y.year === year)) throw new AppError('NOT_FOUND', `${year}年的放假安排不是本机构导入的，无法删除。`);
  await saveSettings(ctx, 'settings.removeHolidayYear', (x) => ({ ...x, holidayYears: x.holidayYears.filter((y) => y.year !== year) }), () => ({ removed: year }));
}

/** Every year in effect (built-in and supplied), as a file another office can import. */
export async function exportHolidayYears(ctx: ServiceContext): Promise<{ format: typeof HOLIDAY_FILE_FORMAT; years: HolidayYear[] }> {
  return { format: HOLIDAY_FILE_FORMAT, years: calendarOf(await readDeadlineSettings(ctx.store.db)).years };
}

export interface DueDeadline {
  caseId: string;
  caseNumber: string | null;
  kind: string;
  due: string;
  basis: string;
  overdue: boolean;
}

/** How many calendar days a period can span at most (months of 31 days, working days with a long holiday). */
const spanDays = (p: Period) => (p.unit === 'days' ? p.n : p.unit === 'months' ? p.n * 31 : p.n * 2 + 20);
// the longest a last day can move off rest days (the Spring Festival break)
const MAX_SHIFT = 15;
/** How far back the reminder looks for deadlines passed while the case still waits. */
export const OVERDUE_WINDOW_DAYS = 30;
const MAX_REMINDERS = 100;

/** Follow-ups the office planned in the window, on cases still being performed. */
async function plannedFollowUpsDue(db: Db, from: string, horizon: string, today: string): Promise<DueDeadline[]> {
  const rows = await db
    .select({ caseId: followUpPlans.caseId, caseNumber: cases.caseNumber, dueOn: followUpPlans.dueOn, method: followUpPlans.method, visitor: followUpPlans.visitor })
    .from(followUpPlans)
    .innerJoin(cases, eq(cases.id, followUpPlans.caseId))
    .where(and(eq(followUpPlans.status, 'planned'), between(followUpPlans.dueOn, from, horizon), inArray(cases.status, ['agreed', 'enforcement', 'performing'])));
  return rows.map((p) => ({ caseId: p.caseId, caseNumber: p.caseNumber, kind: 'follow_up', due: p.dueOn, basis: plannedFollowUpBasis(p), overdue: p.dueOn < today }));
}

/** Material a court asked for, not yet supplied, while the application is under review. */
async function materialRequestsDue(db: Db, from: string, horizon: string, today: string): Promise<DueDeadline[]> {
  const rows = await db
    .select({ caseId: materialRequests.caseId, caseNumber: cases.caseNumber, dueOn: materialRequests.dueOn, what: materialRequests.what })
    .from(materialRequests)
    .innerJoin(cases, eq(cases.id, materialRequests.caseId))
    .where(and(isNull(materialRequests.suppliedOn), between(materialRequests.dueOn, from, horizon), eq(cases.status, 'enforcement')));
  return rows.map((m) => ({ caseId: m.caseId, caseNumber: m.caseNumber, ...materialDeadline(m), overdue: m.dueOn < today }));
}

/**
 * The deadlines with legal consequences that fall due within `days` or passed in the last 30
 * days while the case still waits: the acceptance of an arbitration application and the period of
 * an arbitration, the mediation period of accepted and mediating cases, and the application for
 * judicial confirmation of agreed ones. Only cases whose trigger date can
 * put the deadline in that window are read, from their columns alone.
 */
export async function dueDeadlines(ctx: ServiceContext, days: number): Promise<DueDeadline[]> {
  const db = ctx.store.db;
  const s = await readDeadlineSettings(db);
  const cal = calendarOf(s);
  const today = chinaDate(ctx.clock.now());
  const from = addDays(today, -OVERDUE_WINDOW_DAYS);
  const horizon = addDays(today, days);
  const r = s.rules;
  const mediationSpan = Math.max(...[r.courtDelegated, r.courtEntrustedOrdinary, r.courtEntrustedSimple, r.peopleMediation].map(spanDays));
  const triggeredSince = (span: number) => addDays(from, -(span + MAX_SHIFT));
  const agreedOn = sql<string | null>`coalesce(${caseAgreements.effectiveOn}, ${caseAgreements.signedOn})`;
  const candidates = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      status: cases.status,
      source: cases.source,
      track: cases.track,
      receivedOn: cases.receivedOn,
      acceptedOn: cases.acceptedOn,
      signedOn: caseAgreements.signedOn,
      effectiveOn: caseAgreements.effectiveOn,
      arbitration: arbitrations.caseId,
      tribunal: arbitrations.tribunal,
      outcome: arbitrations.outcome,
    })
    .from(cases)
    .leftJoin(caseAgreements, eq(caseAgreements.caseId, cases.id))
    .leftJoin(arbitrations, eq(arbitrations.caseId, cases.id))
    .where(
      or(
        and(inArray(cases.status, ['accepted', 'mediating']), between(cases.acceptedOn, triggeredSince(mediationSpan), horizon)),
        // an extended period can run past the span: those cases are few, and always looked at
        and(inArray(cases.status, ['accepted', 'mediating']), inArray(cases.id, db.select({ id: mediationExtensions.caseId }).from(mediationExtensions))),
        and(eq(cases.status, 'agreed'), between(agreedOn, triggeredSince(spanDays(r.confirmationApplication)), horizon)),
        and(eq(cases.status, 'registered'), isNotNull(arbitrations.caseId), between(cases.receivedOn, triggeredSince(spanDays(r.arbitrationAcceptance)), horizon)),
        and(inArray(cases.status, ['accepted', 'mediating']), between(sql`json_extract(${arbitrations.tribunal}, '$.composedOn')`, triggeredSince(spanDays(r.arbitrationPeriod)), horizon)),
      ),
    );
  const out: DueDeadline[] = [...(await plannedFollowUpsDue(db, from, horizon, today)), ...(await materialRequestsDue(db, from, horizon, today))];
  const extended = await extensionsOf(db, candidates.map((c) => c.id));
  for (const c of candidates) {
    const agreed = c.status === 'agreed';
    const minimal = {
      receivedOn: c.receivedOn,
      acceptedOn: c.acceptedOn ?? undefined,
      source: c.source,
      track: c.track,
      followUps: [],
      ...(agreed ? { agreement: { signedOn: c.signedOn ?? undefined, effectiveOn: c.effectiveOn ?? undefined, terms: [] } } : {}),
    } as unknown as ExchangeCase;
    const wanted = c.status === 'registered' ? ['arbitration_acceptance'] : agreed ? ['confirmation_application'] : ['mediation_period', 'arbitration_period'];
    const arbitration = arbitrationFacts(c.arbitration === null ? undefined : c);
    for (const d of caseDeadlines(minimal, r, cal, { extensions: extended.get(c.id) ?? [], ...arbitration }).deadlines) {
      if (wanted.includes(d.kind) && d.due >= from && d.due <= horizon) out.push({ caseId: c.id, caseNumber: c.caseNumber, kind: d.kind, due: d.due, basis: d.basis, overdue: d.due < today });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).slice(0, MAX_REMINDERS);
}
