import { describe, expect, it } from 'vitest';
import { exchangeProblems } from '../../../src-main/domain/exchange';
import {
  HOLIDAY_FILE_FORMAT,
  builtInHolidayCalendar,
  holidayFileSchema,
  isRestDay,
  knowsYear,
  mergeHolidayYears,
  type HolidayYear,
} from '../../../src-main/domain/holidays';

const calendar = builtInHolidayCalendar();
const year = (n: number) => calendar.years.find((y) => y.year === n) as HolidayYear;

describe('the built-in calendar (chinese-days)', () => {
  it('knows 2004 to 2026 at least, and no year far ahead', () => {
    for (let y = 2004; y <= 2026; y += 1) expect(knowsYear(calendar, y), String(y)).toBe(true);
    expect(knowsYear(calendar, 2003)).toBe(false);
    expect(knowsYear(calendar, 2099)).toBe(false);
  });

  // the State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026 as the package carries them
  it('holds the 2025 and 2026 notices', () => {
    expect(year(2025).workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(year(2026).workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(year(2025).holidays).toHaveLength(28);
    expect(year(2026).holidays).toHaveLength(33);
    expect(year(2026).holidays).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-05-01', '2026-05-05', '2026-10-01', '2026-10-07']));
    expect(year(2025).holidays).toEqual(expect.arrayContaining(['2025-01-28', '2025-02-04', '2025-05-01', '2025-05-05', '2025-10-01', '2025-10-08']));
  });

  it('is valid under its own import schema and survives JSON', () => {
    expect(holidayFileSchema.safeParse({ format: HOLIDAY_FILE_FORMAT, years: calendar.years }).success).toBe(true);
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(calendar);
  });
});

describe('isRestDay', () => {
  it.each([
    ['2026-02-16', true, 'Monday in the Spring Festival break'],
    ['2026-02-14', false, 'Saturday made a working day'],
    ['2026-02-24', false, 'first working day after the Spring Festival'],
    ['2026-03-14', true, 'ordinary Saturday'],
    ['2026-03-16', false, 'ordinary Monday'],
    ['2025-09-28', false, 'Sunday made a working day'],
    ['2025-10-08', true, 'Wednesday in the National Day break'],
    ['2026-10-10', false, 'Saturday made a working day'],
    ['2099-01-01', false, 'unknown year: a Thursday counts as working'],
    ['2099-01-03', true, 'unknown year: weekends still rest'],
  ])('%s → %s (%s)', (date, rest) => {
    expect(isRestDay(date, calendar)).toBe(rest);
  });
});

describe('organization-supplied years', () => {
  const y2099: HolidayYear = { year: 2099, holidays: ['2099-01-01', '2099-01-02'], workdays: ['2099-01-04'], source: '国办发明电〔2098〕1号' };

  it('adds a year the package does not know, without touching the original', () => {
    const merged = mergeHolidayYears(calendar, [y2099]);
    expect(knowsYear(merged, 2099)).toBe(true);
    expect(isRestDay('2099-01-01', merged)).toBe(true);
    expect(isRestDay('2099-01-04', merged)).toBe(false);
    expect(knowsYear(calendar, 2099)).toBe(false);
    expect(merged.years.map((y) => y.year)).toEqual([...calendar.years.map((y) => y.year), 2099]);
  });

  it('replaces a built-in year with the supplied one', () => {
    const merged = mergeHolidayYears(calendar, [{ year: 2026, holidays: ['2026-03-16'], workdays: [] }]);
    expect(isRestDay('2026-03-16', merged)).toBe(true);
    expect(isRestDay('2026-02-16', merged)).toBe(false);
    expect(merged.years.filter((y) => y.year === 2026)).toHaveLength(1);
  });

  const problems = (file: unknown) => {
    const r = holidayFileSchema.safeParse(file);
    return r.success ? [] : exchangeProblems(r.error).map((p) => `${p.path}：${p.message}`);
  };

  it('imports a valid file', () => {
    expect(problems({ format: HOLIDAY_FILE_FORMAT, years: [y2099] })).toEqual([]);
  });

  it.each([
    [{ format: 'other', years: [] }, 'format：不是节假日安排文件（format 应为 holiday-calendar/1）'],
    [{ format: HOLIDAY_FILE_FORMAT }, 'years：缺少年份列表 years'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, year: 2099.5 }] }, 'years[0].year：年份应为整数'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, holidays: ['2099-02-30'] }] }, 'years[0].holidays[0]：放假日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, holidays: ['2098-12-31'] }] }, 'years[0].holidays[0]：2098-12-31不在2099年内'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, workdays: ['2099-01-01'] }] }, 'years[0].workdays[0]：2099-01-01重复出现（同一天不能既放假又上班，也不能列两次）'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, workdays: ['2099-01-05'] }] }, 'years[0].workdays[0]：2099-01-05不是周六或周日，无需列为调休上班日'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [y2099, y2099] }, 'years[1].year：2099年重复出现'],
    [{ format: HOLIDAY_FILE_FORMAT, years: [{ ...y2099, note: 'x' }] }, 'years[0].note：不支持的字段（请检查拼写）'],
  ])('refuses %j in Chinese', (file, message) => {
    expect(problems(file)).toContain(message);
  });
});
