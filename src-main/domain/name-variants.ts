import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

/**
 * The keys under which two written names count as the same person or organization, from the
 * strictest to the loosest: the normalised spelling, the simplified spelling, the toneless
 * pinyin. Also the normalisation of identity codes (resident ID, credit code).
 */

/** A resident ID or credit code as compared: half-width, no spaces, upper case; blank is absent. */
export function normalizeCode(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const code = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return code === '' ? null : code;
}

const OPENING = /[（(〔［[【「『〈《]/g;
const CLOSING = /[）)〕］\]】」』〉》]/g;
/** Middle dots in minority and foreign names: 买买提·艾力, 买买提•艾力, 买买提・艾力. */
const DOTS = /[·•・‧∙⋅]/g;

/**
 * A name as written, made comparable: full-width forms folded to half-width (NFKC), all
 * whitespace (the ideographic space too) removed, every kind of bracket made `(` `)`, middle
 * dots unified, Latin letters in lower case.
 */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(OPENING, '(')
    .replace(CLOSING, ')')
    .replace(DOTS, '·')
    .toLowerCase();
}

type Convert = (text: string) => string;
let toSimplified: Convert | null = null;

/**
 * Traditional (including the Taiwan and Hong Kong variant forms) to mainland simplified, by
 * OpenCC's dictionaries as opencc-js bundles them (no network, no files). Built on first use:
 * building the dictionaries takes a few milliseconds.
 */
export function simplified(text: string): string {
  if (toSimplified === null) {
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    toSimplified = (s) => fromHongKong(fromTaiwan(s));
  }
  return toSimplified(text);
}

/** The normalised name in simplified characters. */
export const variantKey = (raw: string): string => simplified(normalizeName(raw));

/**
 * Endings that mark an organization even in a name of two to four characters (华为公司, 红星厂).
 * Single characters that are also common in given names (行, 会, 社) are left out.
 */
const ORGANIZATION_ENDINGS = ['公司', '集团', '中心', '银行', '商行', '协会', '学会', '学校', '大学', '医院', '工作室', '合作社', '委员会', '厂', '店', '所', '馆', '局', '部', '院', '站'];

/**
 * Whether a name looks like a natural person's: two to four Han characters (after
 * normalisation and conversion to simplified) and no organization ending. Minority names
 * with a middle dot and foreign names are longer or not Han, and are left out too.
 */
export function looksLikePersonName(raw: string): boolean {
  const name = variantKey(raw);
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  return !ORGANIZATION_ENDINGS.some((ending) => name.endsWith(ending));
}

/**
 * The toneless pinyin of a natural person's name, the surname read as a surname (单 shan,
 * 曾 zeng), syllables joined by spaces, ü written `v`; null when the name does not look like a
 * person's or a character has no reading.
 */
export function pinyinKey(raw: string): string | null {
  if (!looksLikePersonName(raw)) return null;
  const syllables = pinyin(variantKey(raw), { toneType: 'none', type: 'array', surname: 'head', v: true });
  if (syllables.length === 0 || !syllables.every((s) => /^[a-z]+$/.test(s))) return null;
  return syllables.join(' ');
}
