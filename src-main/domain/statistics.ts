import { z } from 'zod';
import { CASE_CATEGORIES, CASE_CATEGORY_KEYS } from './categories';
import { legalDate } from './exchange/primitives';
import { CASE_SOURCE_KEYS, CASE_SOURCES, CASE_STATUSES } from './vocabulary';

/**
 * The office's figures for a period (统计): the cases received in it, by category, source, status
 * and month; how they ended — the success rate is signed agreements over the cases concluded
 * (agreement signed or mediation terminated); how long they took from acceptance to that end;
 * amounts claimed and agreed; judicial confirmations applied for, confirmed and rejected;
 * performance as the latest follow-up found it; satisfaction; and the same per mediator. Pure:
 * the service counts the cases in groups, and this turns the groups into figures.
 */

export const statisticsQuerySchema = z
  .strictObject({
    from: legalDate('统计起始日期'),
    to: legalDate('统计截止日期'),
    categories: z.array(z.enum(CASE_CATEGORY_KEYS)).optional(),
    sources: z.array(z.enum(CASE_SOURCE_KEYS)).optional(),
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: '统计截止日期不能早于起始日期' })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, { path: ['from'], message: '统计期间不能超过十年' });
export type StatisticsQuery = z.output<typeof statisticsQuerySchema>;

/** What is counted of a set of cases; sums, so that groups add up. */
export interface Tally {
  cases: number;
  /** Cases with a claim amount, and its sum (fen). */
  claimed: number;
  claimedFen: number;
  /** Signed agreements, and the money they settle (payments and installments, fen). */
  agreed: number;
  agreedFen: number;
  /** Agreement signed or mediation terminated. */
  concluded: number;
  /** Concluded cases with an acceptance day, and their days from acceptance to the end. */
  timed: number;
  days: number;
  /** Judicial confirmation: applied for, confirmed, rejected (or not accepted). */
  applied: number;
  confirmed: number;
  rejected: number;
  /** Cases followed up, and those whose latest follow-up found the agreement fully performed. */
  followedUp: number;
  performed: number;
  /** Satisfaction scores given at follow-ups (1–5): how many, and their sum. */
  rated: number;
  ratingSum: number;
}

export const EMPTY_TALLY: Tally = { cases: 0, claimed: 0, claimedFen: 0, agreed: 0, agreedFen: 0, concluded: 0, timed: 0, days: 0, applied: 0, confirmed: 0, rejected: 0, followedUp: 0, performed: 0, rated: 0, ratingSum: 0 };

export const addTallies = (a: Tally, b: Tally): Tally => Object.fromEntries(Object.keys(EMPTY_TALLY).map((k) => [k, a[k as keyof Tally] + b[k as keyof Tally]])) as unknown as Tally;

/** The tally of the cases of one category, source, status, month (`YYYY-MM` of receipt) or mediator. */
export interface Group extends Tally {
  dimension: Dimension | 'mediator';
  key: string;
  /** The mediator's name; the other dimensions are named from the vocabulary. */
  name?: string;
}

/** The figures of a tally, as shown: rates as fractions (null when nothing to divide by), days rounded to one decimal. */
export interface Figures {
  cases: number;
  agreed: number;
  concluded: number;
  successRate: number | null;
  averageDays: number | null;
  claimedFen: number;
  agreedFen: number;
  confirmation: { applied: number; confirmed: number; rejected: number; rate: number | null };
  performanceRate: number | null;
  satisfaction: number | null;
}

export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function figuresOf(t: Tally): Figures {
  return {
    cases: t.cases,
    agreed: t.agreed,
    concluded: t.concluded,
    successRate: rate(t.agreed, t.concluded),
    averageDays: oneDecimal(rate(t.days, t.timed)),
    claimedFen: t.claimedFen,
    agreedFen: t.agreedFen,
    confirmation: { applied: t.applied, confirmed: t.confirmed, rejected: t.rejected, rate: rate(t.confirmed, t.applied) },
    performanceRate: rate(t.performed, t.followedUp),
    satisfaction: oneDecimal(rate(t.ratingSum, t.rated)),
  };
}

/** One bar or slice: what it is (the key a drill-down filters on), its label, and its figures. */
export interface Slice extends Figures {
  key: string;
  label: string;
}

export const STATISTICS_DIMENSIONS = ['category', 'source', 'status', 'month'] as const;
export type Dimension = (typeof STATISTICS_DIMENSIONS)[number];

/** `2026-01` … `2026-12`: every month of the period, so an empty month shows as zero. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

const LABELS: Record<Exclude<Dimension, 'month'>, Record<string, string>> = { category: CASE_CATEGORIES, source: CASE_SOURCES, status: CASE_STATUSES };
const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** One dimension's groups as slices, in the vocabulary's order (months in time order, every month of the period). */
export function sliceBy(groups: readonly Group[], dimension: Dimension, months: readonly string[]): Slice[] {
  const tallies = new Map(groups.filter((g) => g.dimension === dimension).map((g) => [g.key, g]));
  const keys = dimension === 'month' ? months : Object.keys(LABELS[dimension]).filter((k) => tallies.has(k));
  return keys.map((key) => ({ key, label: dimension === 'month' ? monthLabel(key) : (LABELS[dimension][key] ?? key), ...figuresOf(tallies.get(key) ?? EMPTY_TALLY) }));
}

export interface Statistics {
  query: StatisticsQuery;
  overall: Figures & { medianDays: number | null };
  byCategory: Slice[];
  bySource: Slice[];
  byStatus: Slice[];
  byMonth: Slice[];
  byMediator: Slice[];
}

/**
 * The figures of the period: overall (every case has one category, so the categories add up to
 * it), by each dimension, and by mediator (a case counts for each of its mediators; most cases
 * first). `days` is how many concluded cases took each number of days, for the median.
 */
export function statisticsOf(query: StatisticsQuery, groups: readonly Group[], days: readonly (readonly [number, number])[]): Statistics {
  const months = monthsOf(query.from, query.to);
  const mediators = groups.filter((g) => g.dimension === 'mediator');
  return {
    query,
    overall: { ...figuresOf(groups.filter((g) => g.dimension === 'category').reduce<Tally>(addTallies, EMPTY_TALLY)), medianDays: medianOf(days) },
    byCategory: sliceBy(groups, 'category', months),
    bySource: sliceBy(groups, 'source', months),
    byStatus: sliceBy(groups, 'status', months),
    byMonth: sliceBy(groups, 'month', months),
    byMediator: [...mediators].sort((a, b) => b.cases - a.cases || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN')).map((m) => ({ key: m.key, label: m.name ?? m.key, ...figuresOf(m) })),
  };
}

/** The middle duration from how many cases took each number of days, or the mean of the two middle ones; null for none. */
export function medianOf(histogram: readonly (readonly [number, number])[]): number | null {
  const sorted = [...histogram].sort((a, b) => a[0] - b[0]);
  const count = sorted.reduce((n, [, c]) => n + c, 0);
  if (count === 0) return null;
  // the value at a 0-based position in the sorted durations
  const at = (position: number) => {
    let seen = 0;
    for (const [days, c] of sorted) {
      seen += c;
      if (position < seen) return days;
    }
    return sorted.at(-1)?.[0] ?? 0;
  };
  return count % 2 === 1 ? at((count - 1) / 2) : oneDecimal((at(count / 2 - 1) + at(count / 2)) / 2);
}
