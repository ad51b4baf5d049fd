import nzh from 'nzh/cn';
import { formatYuan, formatYuanGrouped } from './money';

/**
 * How dates, amounts and ordinals are written in documents (`reference.md` §6): dates as
 * `2026年3月5日` (courts: `二〇二六年三月五日`), amounts as figures then words under the PBOC
 * rules — `人民币120,000.00元（大写：壹拾贰万元整）`.
 */
const YEAR_DIGITS = '〇一二三四五六七八九';

const parts = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y as number, m: m as number, d: d as number };
};

/** `2026-03-05` → `2026年3月5日` */
export function chineseDate(date: string): string {
  const { y, m, d } = parts(date);
  return `${y}年${m}月${d}日`;
}

/** `2026-03-05` → `二〇二六年三月五日`, the form courts use. */
export function courtDate(date: string): string {
  const { y, m, d } = parts(date);
  const year = [...String(y)].map((c) => YEAR_DIGITS[Number(c)]).join('');
  return `${year}年${nzh.encodeS(m)}月${nzh.encodeS(d)}日`;
}

/** 120000 yuan in fen → `壹拾贰万元整` (PBOC: 整 after 元 when no 角/分, one 零 for inner zeros). */
export function amountInWords(fen: number): string {
  if (fen === 0) return '零元整';
  // nzh writes 整 only for whole yuan given without decimals
  return nzh.toMoney(formatYuan(fen).replace(/\.00$/, ''), { outSymbol: false });
}

const BIG_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const digit = (c: string | undefined) => (c ? BIG_DIGITS.indexOf(c) : 0);

/**
 * The amount an amount in words states, in fen (`壹仟肆佰零玖元伍角` → 140950); undefined when
 * the words are not an amount. Reads what `amountInWords` writes, so that the two can be
 * checked against each other (and a typed 大写 against its figures).
 */
export function amountFromWords(words: string): number | undefined {
  const m = /^(?:(.*)元)?(?:零)?(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:零)?(?:([壹贰叁肆伍陆柒捌玖])分)?(整)?$/u.exec(words);
  if (!m || words === '' || words === '整') return undefined;
  const [, yuanWords, jiao, fenDigit, whole] = m;
  if (whole && (jiao || fenDigit)) return undefined; // 整 never follows 角 or 分
  const yuan = yuanWords === undefined || yuanWords === '零' ? 0 : Number(nzh.decodeB(yuanWords));
  // only the canonical writing of the number counts (`壹拾` not `拾`, one 零 for inner zeros)
  const written = yuanWords !== undefined && yuanWords !== '零';
  if (!Number.isSafeInteger(yuan) || (written && (yuan <= 0 || nzh.encodeB(yuan) !== yuanWords))) return undefined;
  return yuan * 100 + digit(jiao) * 10 + digit(fenDigit);
}

/** `人民币120,000.00元` */
export const renminbi = (fen: number): string => `人民币${formatYuanGrouped(fen)}元`;

/** `人民币120,000.00元（大写：壹拾贰万元整）` */
export function amountFiguresAndWords(fen: number): string {
  return `${renminbi(fen)}（大写：${amountInWords(fen)}）`;
}

/** Heading numbers of the four levels of official documents: 一、 （一） 1. （1） */
export function headingNumber(level: 1 | 2 | 3 | 4, n: number): string {
  if (level === 1) return `${nzh.encodeS(n)}、`;
  if (level === 2) return `（${nzh.encodeS(n)}）`;
  if (level === 3) return `${n}.`;
  return `（${n}）`;
}

/** 1 → 一, for “第一期”, “一式四份”. */
export const chineseNumeral = (n: number): string => nzh.encodeS(n);
