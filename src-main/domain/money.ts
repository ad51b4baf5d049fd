/**
 * Money is integer fen (分) everywhere inside the app; yuan strings with at most two decimals
 * (`"123456.78"`) at the edges — the exchange format and the forms.
 */
export const MAX_FEN = 999_999_999_999_999; // just under ten trillion yuan: beyond any dispute, inside Number's exact range

const YUAN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

export type MoneyParse = { ok: true; fen: number } | { ok: false; message: string };

/** `"1200.5"` → 120050 fen. Refuses signs, thousands separators, exponents and a third decimal. */
export function parseYuan(text: string): MoneyParse {
  const s = text.trim();
  if (/^\d+\.\d{3,}$/.test(s)) return { ok: false, message: '金额最多保留两位小数' };
  const m = YUAN.exec(s);
  if (!m) return { ok: false, message: '金额应为不带符号的数字，例如 120000.00' };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, message: '金额超出可登记范围' };
  return { ok: true, fen };
}

/** 120050 fen → `"1200.50"`, the exchange format's form. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** 12000000 fen → `"120,000.00"`, for screens and documents. */
export function formatYuanGrouped(fen: number): string {
  const [whole, cents] = formatYuan(fen).split('.');
  return `${(whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
