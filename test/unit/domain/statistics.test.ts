import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTallies, EMPTY_TALLY, figuresOf, medianOf, monthsOf, sliceBy, statisticsOf, statisticsQuerySchema, type Group } from '../../../src-main/domain/statistics';

const group = (dimension: Group['dimension'], key: string, g: Partial<Group> = {}): Group => ({ ...EMPTY_TALLY, dimension, key, ...g });

describe('statistics', () => {
  it('names every month of the period, across a year’s end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-05-01', '2026-05-31')).toEqual(['2026-05']);
  });

  it('turns sums into rates, averages to one decimal, and says nothing where there is nothing to divide', () => {
    const f = figuresOf({ ...EMPTY_TALLY, cases: 5, agreed: 2, concluded: 3, timed: 3, days: 28, applied: 2, confirmed: 1, followedUp: 4, performed: 3, rated: 3, ratingSum: 13 });
    expect(f).toMatchObject({ successRate: 2 / 3, averageDays: 9.3, confirmation: { rate: 0.5 }, performanceRate: 0.75, satisfaction: 4.3 });
    expect(figuresOf(EMPTY_TALLY)).toMatchObject({ successRate: null, averageDays: null, performanceRate: null, satisfaction: null, confirmation: { rate: null } });
  });

  it('lists a dimension in the vocabulary’s order, every month of the period shown, and adds the categories up to the whole', () => {
    const groups = [
      group('category', 'trademark_infringement', { cases: 5, agreed: 2, concluded: 4 }),
      group('category', 'patent_infringement', { cases: 1, concluded: 1 }),
      group('month', '2026-03', { cases: 2 }),
      group('month', '2026-05', { cases: 4 }),
      group('mediator', 'm1', { name: '杨帆', cases: 2 }),
      group('mediator', 'm2', { name: '陈静', cases: 6, agreed: 2, concluded: 5 }),
    ];
    expect(sliceBy(groups, 'category', []).map((s) => [s.label, s.cases])).toEqual([
      ['专利侵权纠纷', 1],
      ['商标侵权纠纷', 5],
    ]);
    expect(sliceBy(groups, 'month', monthsOf('2026-03-01', '2026-06-30')).map((s) => [s.label, s.cases])).toEqual([
      ['2026年3月', 2],
      ['2026年4月', 0],
      ['2026年5月', 4],
      ['2026年6月', 0],
    ]);
    const s = statisticsOf({ from: '2026-03-01', to: '2026-06-30' }, groups, [[7, 2], [3, 1]]);
    expect([s.overall.cases, s.overall.agreed, s.overall.concluded, s.overall.successRate, s.overall.medianDays]).toEqual([6, 2, 5, 0.4, 7]);
    expect(s.byMediator.map((m) => [m.key, m.label, m.cases])).toEqual([
      ['m2', '陈静', 6],
      ['m1', '杨帆', 2],
    ]);
  });

  it('loses nothing when groups are added up in any order', () => {
    const tally = fc.record(Object.fromEntries(Object.keys(EMPTY_TALLY).map((k) => [k, fc.nat(1000)])) as Record<keyof typeof EMPTY_TALLY, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(fc.array(tally, { maxLength: 20 }), (tallies) => {
        const forward = tallies.reduce(addTallies, EMPTY_TALLY);
        const backward = [...tallies].reverse().reduce(addTallies, EMPTY_TALLY);
        expect(forward).toEqual(backward);
        expect(forward.cases).toBe(tallies.reduce((n, t) => n + t.cases, 0));
      }),
    );
  });

  it('takes the middle duration from how many cases took each number of days, or the mean of the two middle ones', () => {
    expect(medianOf([[15, 1], [6, 1], [7, 1]])).toBe(7);
    expect(medianOf([[6, 1], [15, 1], [7, 1], [30, 1]])).toBe(11);
    expect(medianOf([[4, 3], [9, 1]])).toBe(4);
    expect(medianOf([])).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.nat(200), { minLength: 1, maxLength: 60 }), (durations) => {
        const sorted = [...durations].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 ? sorted[(n - 1) / 2] : Math.round((((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2) * 10) / 10;
        const histogram = [...new Set(durations)].map((d) => [d, durations.filter((x) => x === d).length] as const);
        expect(medianOf(histogram)).toBe(expected);
      }),
    );
  });

  it('refuses a period that ends before it starts, or runs over ten years', () => {
    expect(statisticsQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-31' }).error?.issues[0]?.message).toBe('统计截止日期不能早于起始日期');
    expect(statisticsQuerySchema.safeParse({ from: '2010-01-01', to: '2026-01-31' }).error?.issues[0]?.message).toBe('统计期间不能超过十年');
    expect(statisticsQuerySchema.safeParse({ from: '2026-01-01', to: '2026-12-31', categories: ['nope'] }).success).toBe(false);
  });
});
