import { z } from 'zod';
import { isLegalDate, isTimestamp } from '../dates';
import { formatYuan, parseYuan } from '../money';
import { isValidPhone } from '../phone';

/** Building blocks of the exchange schemas, each with a Chinese message that echoes no input. */

const missingOr = (label: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `缺少${label}` : wrong;

export const text = (label: string, max = 200) =>
  z
    .string({ error: missingOr(label, `${label}应为文本`) })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}个字`);

export const legalDate = (label: string) =>
  z.string({ error: missingOr(label, `${label}应为“YYYY-MM-DD”格式的日期`) }).refine(isLegalDate, `${label}不是有效日期（格式 YYYY-MM-DD）`);

export const timestamp = (label: string) =>
  z
    .string({ error: missingOr(label, `${label}应为带时区的时间`) })
    .refine(isTimestamp, `${label}应为带时区的时间，例如 2026-09-03T09:30:00+08:00`);

/** Yuan as a string with at most two decimals; stays a string, normalised to two decimals. */
export const money = (label: string) =>
  z
    .string({ error: missingOr(label, `${label}应为字符串形式的金额，例如 "120000.00"`) })
    .superRefine((v, ctx) => {
      const parsed = parseYuan(v);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${label}：${parsed.message}` });
    })
    .transform((v) => {
      const parsed = parseYuan(v);
      return parsed.ok ? formatYuan(parsed.fen) : v;
    });

/** A positive amount (terms of an agreement). */
export const positiveMoney = (label: string) =>
  money(label).refine((v) => {
    const parsed = parseYuan(v);
    return !parsed.ok || parsed.fen > 0;
  }, `${label}应大于零`);

export const phone = (label = '电话') =>
  z
    .string({ error: missingOr(label, `${label}应为文本`) })
    .trim()
    .refine(isValidPhone, `${label}应为11位手机号或带区号的固定电话`);

export const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}不是可选值之一`) });

export const names = (label: string) => z.array(text(label, 100), { error: `${label}应为名称列表` });

/** A file in the content-addressed store, named by the SHA-256 of its bytes (lowercase hex). */
export const fileHash = z.string().regex(/^[0-9a-f]{64}$/, '文件标识无效');
