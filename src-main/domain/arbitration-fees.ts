import { z } from 'zod';
import { formatYuanGrouped } from './money';

/**
 * The arbitration case acceptance fee (仲裁案件受理费) from a commission's bracket schedule
 * (issue 7 point 2). The national table of 1995 (仲裁委员会仲裁收费办法, 国办发〔1995〕44号) sets
 * a fixed fee for disputes up to 1,000 yuan and a range of rates for each part of the amount
 * above; each commission fixes its own fee and rates inside those ranges. Amounts are in fen,
 * rates in basis points (1% = 100).
 */
export interface FeeBracket {
  /** The upper end of this part of the amount (fen, inclusive); null for the last, open part. */
  upTo: number | null;
  rateBp: number;
}

export interface FeeSchedule {
  /** The fee for a dispute up to `baseUpTo`, which is also charged on the first part of a larger one. */
  baseFee: number;
  baseUpTo: number;
  brackets: FeeBracket[];
}

const YUAN = 100;

/** The 1995 table: the fixed fee's range and each part's range of rates. */
export const NATIONAL_RANGES = {
  baseUpTo: 1_000 * YUAN,
  baseFee: { min: 40 * YUAN, max: 100 * YUAN },
  brackets: [
    { upTo: 50_000 * YUAN, min: 400, max: 500 },
    { upTo: 100_000 * YUAN, min: 300, max: 400 },
    { upTo: 200_000 * YUAN, min: 200, max: 300 },
    { upTo: 500_000 * YUAN, min: 100, max: 200 },
    { upTo: 1_000_000 * YUAN, min: 50, max: 100 },
    { upTo: null, min: 25, max: 50 },
  ],
} as const;

/** The upper end of every range: where a commission that has set nothing else starts. */
export const DEFAULT_FEE_SCHEDULE: FeeSchedule = {
  baseFee: NATIONAL_RANGES.baseFee.max,
  baseUpTo: NATIONAL_RANGES.baseUpTo,
  brackets: NATIONAL_RANGES.brackets.map((b) => ({ upTo: b.upTo, rateBp: b.max })),
};

const percent = (bp: number) => `${bp / 100}%`;
const yuan = (fen: number) => `${formatYuanGrouped(fen)}元`;

/** A commission's schedule: the national table's parts, each fee and rate inside its range. */
export const feeScheduleSchema = z
  .strictObject({
    baseFee: z.number({ error: '基础收费应为金额' }).int('基础收费应为整数分'),
    baseUpTo: z.literal(NATIONAL_RANGES.baseUpTo, { error: '基础收费的争议金额上限为1,000元（1995年收费办法）' }),
    brackets: z.array(z.strictObject({ upTo: z.number().int().nullable(), rateBp: z.number({ error: '费率应为数字' }).int('费率精确到0.01%') })),
  })
  .superRefine((s, ctx) => {
    const { min, max } = NATIONAL_RANGES.baseFee;
    if (s.baseFee < min || s.baseFee > max) ctx.addIssue({ code: 'custom', path: ['baseFee'], message: `1,000元以下的收费应在${yuan(min)}至${yuan(max)}之间` });
    if (s.brackets.length !== NATIONAL_RANGES.brackets.length) {
      ctx.addIssue({ code: 'custom', path: ['brackets'], message: `收费表应有${NATIONAL_RANGES.brackets.length}个分段，与1995年收费办法一致` });
      return;
    }
    s.brackets.forEach((b, i) => {
      const range = NATIONAL_RANGES.brackets[i];
      if (!range) return;
      if (b.upTo !== range.upTo) ctx.addIssue({ code: 'custom', path: ['brackets', i, 'upTo'], message: `第${i + 1}段的上限应为${range.upTo === null ? '不设上限' : yuan(range.upTo)}` });
      if (b.rateBp < range.min || b.rateBp > range.max) {
        ctx.addIssue({ code: 'custom', path: ['brackets', i, 'rateBp'], message: `第${i + 1}段的费率应在${percent(range.min)}至${percent(range.max)}之间` });
      }
    });
  });

export interface FeeLine {
  /** The part of the amount: from (exclusive) and to (inclusive), fen. */
  from: number;
  to: number;
  rateBp: number | null;
  fee: number;
}

export interface FeeCalculation {
  acceptanceFee: number;
  /** How it was counted: the fixed fee, then each part at its rate. */
  lines: FeeLine[];
  handlingTotal: number;
  total: number;
}

/**
 * The fee for a dispute of `amount` fen: the fixed fee, plus each part above at its rate, each
 * part's fee rounded to the fen; with the handling costs the clerk entered (案件处理费).
 */
export function arbitrationFee(amount: number, schedule: FeeSchedule, handling: readonly { fee: number }[] = []): FeeCalculation {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('争议金额应为非负整数分');
  const lines: FeeLine[] = [{ from: 0, to: Math.min(amount, schedule.baseUpTo), rateBp: null, fee: schedule.baseFee }];
  let from = schedule.baseUpTo;
  for (const b of schedule.brackets) {
    if (amount <= from) break;
    const to = b.upTo === null ? amount : Math.min(amount, b.upTo);
    lines.push({ from, to, rateBp: b.rateBp, fee: Math.round(((to - from) * b.rateBp) / 10_000) });
    from = to;
  }
  const acceptanceFee = lines.reduce((sum, l) => sum + l.fee, 0);
  const handlingTotal = handling.reduce((sum, h) => sum + h.fee, 0);
  return { acceptanceFee, lines, handlingTotal, total: acceptanceFee + handlingTotal };
}

/** `1,000.00元以下固定收费` / `超过1,000.00元至50,000.00元部分 × 5%` — a part of the fee, where its amount stands beside it. */
export function feePartText(l: FeeLine): string {
  return l.rateBp === null ? `${yuan(NATIONAL_RANGES.baseUpTo)}以下固定收费` : `超过${yuan(l.from)}至${yuan(l.to)}部分 × ${percent(l.rateBp)}`;
}

/** `1,000.00元以下固定收费：100.00元` / `超过1,000.00元至50,000.00元部分 × 5%：2,450.00元` — a line of the calculator. */
export function feeLineText(l: FeeLine): string {
  return `${feePartText(l)}：${yuan(l.fee)}`;
}
