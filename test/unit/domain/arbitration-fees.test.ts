import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrationFee, DEFAULT_FEE_SCHEDULE, feeLineText, feeScheduleSchema, NATIONAL_RANGES, type FeeSchedule } from '../../../src-main/domain/arbitration-fees';

/** The acceptance fee at every edge of the 1995 table, counted by hand, at the top and the bottom of its ranges. */
const LOWEST: FeeSchedule = { baseFee: 4_000, baseUpTo: 100_000, brackets: NATIONAL_RANGES.brackets.map((b) => ({ upTo: b.upTo, rateBp: b.min })) };
const fen = (yuan: number) => Math.round(yuan * 100);

describe('the arbitration acceptance fee', () => {
  it.each([
    // amount (yuan), fee at the highest rates, fee at the lowest rates
    [0.01, 100, 40],
    [1_000, 100, 40],
    [1_000.01, 100, 40], // 0.01 × 5% rounds to nothing
    [1_001, 100.05, 40.04],
    [50_000, 2_550, 2_000], // 100 + 49,000 × 5%;  40 + 49,000 × 4%
    [50_000.01, 2_550, 2_000],
    [50_100, 2_554, 2_003], // + 100 × 4%;  + 100 × 3%
    [100_000, 4_550, 3_500], // + 50,000 × 4%;  + 50,000 × 3%
    [100_100, 4_553, 3_502],
    [200_000, 7_550, 5_500], // + 100,000 × 3%;  + 100,000 × 2%
    [200_100, 7_552, 5_501],
    [500_000, 13_550, 8_500], // + 300,000 × 2%;  + 300,000 × 1%
    [500_100, 13_551, 8_500.5],
    [1_000_000, 18_550, 11_000], // + 500,000 × 1%;  + 500,000 × 0.5%
    [1_000_100, 18_550.5, 11_000.25],
    [2_000_000, 23_550, 13_500], // + 1,000,000 × 0.5%;  + 1,000,000 × 0.25%
  ])('%d yuan: %d yuan at the highest rates, %d at the lowest', (amount, highest, lowest) => {
    expect(arbitrationFee(fen(amount), DEFAULT_FEE_SCHEDULE).acceptanceFee).toBe(fen(highest));
    expect(arbitrationFee(fen(amount), LOWEST).acceptanceFee).toBe(fen(lowest));
  });

  it('shows how it was counted, part by part, and adds the handling costs', () => {
    const c = arbitrationFee(fen(120_000), DEFAULT_FEE_SCHEDULE, [{ fee: fen(800) }, { fee: fen(200) }]);
    expect(c.lines.map(feeLineText)).toEqual([
      '1,000.00元以下固定收费：100.00元',
      '超过1,000.00元至50,000.00元部分 × 5%：2,450.00元',
      '超过50,000.00元至100,000.00元部分 × 4%：2,000.00元',
      '超过100,000.00元至120,000.00元部分 × 3%：600.00元',
    ]);
    expect(c).toMatchObject({ acceptanceFee: fen(5_150), handlingTotal: fen(1_000), total: fen(6_150) });
  });

  it('never falls as the amount grows, and stays between the lowest and the highest schedule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 1, max: 1e9 }), (amount, more) => {
        const high = arbitrationFee(amount, DEFAULT_FEE_SCHEDULE).acceptanceFee;
        expect(arbitrationFee(amount + more, DEFAULT_FEE_SCHEDULE).acceptanceFee).toBeGreaterThanOrEqual(high);
        expect(arbitrationFee(amount, LOWEST).acceptanceFee).toBeLessThanOrEqual(high);
      }),
    );
  });

  it('takes a commission\'s schedule only inside the national ranges, naming the part', () => {
    expect(feeScheduleSchema.safeParse(DEFAULT_FEE_SCHEDULE).success).toBe(true);
    expect(feeScheduleSchema.safeParse(LOWEST).success).toBe(true);
    const tooHigh = feeScheduleSchema.safeParse({ ...DEFAULT_FEE_SCHEDULE, brackets: DEFAULT_FEE_SCHEDULE.brackets.map((b, i) => (i === 2 ? { ...b, rateBp: 350 } : b)) });
    expect(tooHigh.error?.issues.map((i) => i.message)).toEqual(['第3段的费率应在2%至3%之间']);
    expect(feeScheduleSchema.safeParse({ ...DEFAULT_FEE_SCHEDULE, baseFee: 3_000 }).error?.issues[0]?.message).toBe('1,000元以下的收费应在40.00元至100.00元之间');
    expect(feeScheduleSchema.safeParse({ ...DEFAULT_FEE_SCHEDULE, brackets: DEFAULT_FEE_SCHEDULE.brackets.slice(1) }).error?.issues[0]?.message).toBe('收费表应有6个分段，与1995年收费办法一致');
    expect(() => arbitrationFee(-1, DEFAULT_FEE_SCHEDULE)).toThrow(RangeError);
  });
});
