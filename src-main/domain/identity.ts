/**
 * Identity-number checks: resident ID (GB 11643-1999, MOD 11-2) and the unified social
 * credit code (GB 32100-2015, MOD 31). The inner organization-code check (GB 11714) is not
 * enforced: the exchange samples, a public promise, carry codes that pass only the outer check.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type ResidentIdCheck =
  | { ok: true; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; message: string };

/** The check character a 17-digit body should end with. */
export function residentIdCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '';
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function checkResidentId(raw: string): ResidentIdCheck {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号码应为18位，最后一位可以是数字或X' };
  if (id.startsWith('0')) return { ok: false, message: '身份证号码的地址码无效' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1880 || !isRealDate(y, m, d)) return { ok: false, message: '身份证号码中的出生日期无效' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, message: '身份证号码校验位错误' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return { ok: true, birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character a 17-character credit-code body should end with. */
export function usccCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARS.indexOf(body17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return USCC_CHARS[c === 31 ? 0 : c] ?? '';
}

export function checkUscc(raw: string): { ok: true } | { ok: false; message: string } {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, message: '统一社会信用代码应为18位' };
  if (![...code].every((ch) => USCC_CHARS.includes(ch))) {
    return { ok: false, message: '统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）' };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, message: '统一社会信用代码中的行政区划码无效' };
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, message: '统一社会信用代码校验位错误' };
  return { ok: true };
}
