import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/store';
import { settings } from '../db/schema';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { caseDeadlines, DEFAULT_DEADLINE_RULES, deadlineRulesSchema, type CaseDeadlines, type DeadlineRules } from '../domain/deadlines';
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
  const row = await db.select().from(settings).where(eq(settings.key, KEY)).get();
  const parsed = deadlineSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULTS;
}

const calendarOf = (s: DeadlineSettings): HolidayCalendar => mergeHolidayYears(BUILT_IN, s.holidayYears);

export async function deadlinesOf(ctx: ServiceContext, c: ExchangeCase): Promise<CaseDeadlines> {
  const s = await readDeadlineSettings(ctx.store.db);
  return caseDeadlines(c, s.rules, calendarOf(s));
}

function saveSettings(ctx: ServiceContext, action: string, change: (s: DeadlineSettings) => DeadlineSettings, describe: (s: DeadlineSettings) => unknown) {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readDeadlineSettings(tx);
    const next = change(before);
    const updatedAt = chinaTimestamp(ctx.clock.now());
    await tx.insert(settings).values({ key: KEY, value: next, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt } });
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
