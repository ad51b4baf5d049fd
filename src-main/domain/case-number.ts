/**
 * Case-number patterns (`../shared/spec/cli.md`): literal text with `{year}` and `{seq:N}`,
 * e.g. `（{year}）豫郑知调字第{seq:4}号` → `（2026）豫郑知调字第0001号`.
 * The sequence restarts each year, so a pattern must carry the year to keep numbers unique.
 */
export type PatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'year' }
  | { kind: 'seq'; width: number };

export type PatternResult = { ok: true; parts: PatternPart[] } | { ok: false; message: string };

const PLACEHOLDER = /\{([^{}]*)\}/g;
export const MAX_PATTERN_LENGTH = 60;
export const MAX_SEQ_WIDTH = 8;

export function parseCaseNumberPattern(pattern: string): PatternResult {
  if (pattern.trim() === '') return { ok: false, message: '请填写案号规则' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, message: `案号规则不能超过${MAX_PATTERN_LENGTH}个字符` };
  const parts: PatternPart[] = [];
  let last = 0;
  let years = 0;
  let seqs = 0;
  for (const m of pattern.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ kind: 'text', text: pattern.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = m[1] ?? '';
    if (name === 'year') {
      years += 1;
      parts.push({ kind: 'year' });
      continue;
    }
    const seq = /^seq:(\d+)$/.exec(name);
    if (!seq) return { ok: false, message: `案号规则中的“{${name}}”无法识别，只能使用 {year} 和 {seq:位数}` };
    const width = Number(seq[1]);
    if (width < 1 || width > MAX_SEQ_WIDTH) return { ok: false, message: `序号位数应在1到${MAX_SEQ_WIDTH}之间` };
    seqs += 1;
    parts.push({ kind: 'seq', width });
  }
  if (last < pattern.length) parts.push({ kind: 'text', text: pattern.slice(last) });
  if (parts.some((p) => p.kind === 'text' && /[{}]/.test(p.text))) {
    return { ok: false, message: '案号规则中的花括号不成对' };
  }
  if (years !== 1) return { ok: false, message: '案号规则必须包含一次 {year}（年度），否则各年案号会重复' };
  if (seqs !== 1) return { ok: false, message: '案号规则必须包含一次 {seq:位数}（序号），例如 {seq:4}' };
  return { ok: true, parts };
}

/** Formats one number; a sequence longer than the width is written in full, never truncated. */
export function formatCaseNumber(parts: readonly PatternPart[], year: number, seq: number): string {
  return parts
    .map((p) => {
      if (p.kind === 'text') return p.text;
      if (p.kind === 'year') return String(year);
      return String(seq).padStart(p.width, '0');
    })
    .join('');
}

/** The preview shown beside the pattern field: the first number of the given year, or the problem. */
export function previewCaseNumber(pattern: string, year: number): { ok: true; example: string } | { ok: false; message: string } {
  const parsed = parseCaseNumberPattern(pattern);
  if (!parsed.ok) return parsed;
  return { ok: true, example: formatCaseNumber(parsed.parts, year, 1) };
}

/** A sensible default for a new organization: `（{year}）豫知调字第{seq:4}号` and the like. */
export function defaultCaseNumberPattern(region: string, kind: string): string {
  const word = kind === 'arbitration' ? '仲' : '知调';
  return `（{year}）${region}${word}字第{seq:4}号`;
}
