import { z } from 'zod';
import type { Anonymizer, Exposure } from './anonymize';
import type { FieldErrors } from './errors';
import { text } from './exchange/primitives';

/**
 * A typical case (典型案例) as the office writes it up for publication: a headline and four parts.
 * Prefilled from the case through the anonymizer, then edited; what is saved is what prints, and
 * nothing saved may still name a party or carry personal data.
 */
export const WRITE_UP_PARTS = {
  title: '标题',
  facts: '基本案情',
  process: '调解过程',
  result: '调解结果',
  significance: '典型意义',
} as const;
export type WriteUpPart = keyof typeof WRITE_UP_PARTS;

export const writeUpSchema = z.strictObject({
  title: text(WRITE_UP_PARTS.title, 100),
  facts: text(WRITE_UP_PARTS.facts, 5000),
  process: text(WRITE_UP_PARTS.process, 5000),
  result: text(WRITE_UP_PARTS.result, 5000),
  significance: text(WRITE_UP_PARTS.significance, 5000),
  /** Amounts given to the nearest 1,000 yuan in 万元 when prefilled (`人民币约32.8万元`). */
  roundAmounts: z.boolean({ error: '金额取约数应为是或否' }),
});
export type WriteUp = z.output<typeof writeUpSchema>;

const EXPOSURE_WORDS: Record<Exposure, string> = {
  name: '当事人、代理人或调解员的真实姓名或名称，请改用化名（如张某、某食品有限公司）',
  personal: '身份证号码、统一社会信用代码、电话、地址或账号等个人信息，请删去或写作“（略）”',
};

/** For each part that would still expose someone, a message naming the part and what it holds (never the text itself). */
export function exposuresOf(w: WriteUp, a: Anonymizer): FieldErrors {
  const errors: FieldErrors = {};
  for (const part of Object.keys(WRITE_UP_PARTS) as WriteUpPart[]) {
    const found = a.exposed(w[part]);
    if (found.length > 0) errors[part] = `${WRITE_UP_PARTS[part]}中仍有${found.map((e) => EXPOSURE_WORDS[e]).join('；以及')}。`;
  }
  return errors;
}
