import builtIn from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import { isLegalDate } from './dates';
import { legalDate, text } from './exchange/primitives';

/**
 * The statutory holiday calendar: per year, the days off of the State Council's yearly notice
 * (weekends inside a break included) and the weekend days made working days (调休上班). Plain
 * JSON, so the settings screen can import and export years the built-in data does not know.
 */
export interface HolidayYear {
  year: number;
  /** `YYYY-MM-DD`, all in `year`. */
  holidays: string[];
  /** Make-up working days (调休), all Saturdays or Sundays in `year`. */
  workdays: string[];
  /** Where the year came from: the notice number, or the built-in data. */
  source?: string | undefined;
}

/** A value: build a new one (e.g. with `mergeHolidayYears`) rather than change it, as lookups are indexed once. */
export interface HolidayCalendar {
  years: HolidayYear[];
}

const BUILT_IN_SOURCE = 'chinese-days';

/** The years shipped with the `chinese-days` package (2004 onwards, as far as it has been published). */
export function builtInHolidayCalendar(): HolidayCalendar {
  const byYear = new Map<number, HolidayYear>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { year, holidays: [], workdays: [], source: BUILT_IN_SOURCE }));
    return entry;
  };
  for (const date of Object.keys(builtIn.holidays).sort()) yearOf(date).holidays.push(date);
  for (const date of Object.keys(builtIn.workdays).sort()) yearOf(date).workdays.push(date);
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}

/** Supplied years (the organization's, from settings) replace the calendar's own for the same year. */
export function mergeHolidayYears(calendar: HolidayCalendar, years: readonly HolidayYear[]): HolidayCalendar {
  const supplied = new Set(years.map((y) => y.year));
  return { years: [...calendar.years.filter((y) => !supplied.has(y.year)), ...years].sort((a, b) => a.year - b.year) };
}

export const knowsYear = (calendar: HolidayCalendar, year: number): boolean => calendar.years.some((y) => y.year === year);

type DayKind = 'holiday' | 'workday';
// deadlines look up many days in a row; index each calendar once rather than scan its lists per day
const indexes = new WeakMap<HolidayCalendar, Map<string, DayKind>>();

function indexOf(calendar: HolidayCalendar): Map<string, DayKind> {
  let index = indexes.get(calendar);
  if (!index) {
    index = new Map();
    for (const y of calendar.years) {
      for (const d of y.holidays) index.set(d, 'holiday');
      for (const d of y.workdays) index.set(d, 'workday');
    }
    indexes.set(calendar, index);
  }
  return index;
}

const isWeekend = (date: string): boolean => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** A weekend day or statutory holiday, unless the notice makes it a working day (调休上班). */
export function isRestDay(date: string, calendar: HolidayCalendar): boolean {
  const kind = indexOf(calendar).get(date);
  return kind === undefined ? isWeekend(date) : kind === 'holiday';
}

/** The import/export file of holiday years (settings screen). */
export const HOLIDAY_FILE_FORMAT = 'holiday-calendar/1';

export const holidayYearSchema = z
  .strictObject({
    year: z.number({ error: '年份应为数字' }).int('年份应为整数').min(1900, '年份应在1900年至2200年之间').max(2200, '年份应在1900年至2200年之间'),
    holidays: z.array(legalDate('放假日期'), { error: '放假日期应为日期列表' }),
    workdays: z.array(legalDate('调休上班日期'), { error: '调休上班日期应为日期列表' }),
    source: text('依据', 200).optional(),
  })
  .superRefine((y, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    const check = (key: 'holidays' | 'workdays', i: number, date: string) => {
      if (!isLegalDate(date)) return; // already reported by the date's own check
      if (Number(date.slice(0, 4)) !== y.year) issue([key, i], `${date}不在${y.year}年内`);
      if (seen.has(date)) issue([key, i], `${date}重复出现（同一天不能既放假又上班，也不能列两次）`);
      seen.add(date);
    };
    y.holidays.forEach((d, i) => check('holidays', i, d));
    y.workdays.forEach((d, i) => {
      check('workdays', i, d);
      if (isLegalDate(d) && !isWeekend(d)) issue(['workdays', i], `${d}不是周六或周日，无需列为调休上班日`);
    });
  });

export const holidayFileSchema = z
  .strictObject({
    format: z.literal(HOLIDAY_FILE_FORMAT, { error: `不是节假日安排文件（format 应为 ${HOLIDAY_FILE_FORMAT}）` }),
    years: z.array(holidayYearSchema, { error: '缺少年份列表 years' }),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<number>();
    file.years.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `${y.year}年重复出现` });
      seen.add(y.year);
    });
  });
export type HolidayFile = z.output<typeof holidayFileSchema>;
