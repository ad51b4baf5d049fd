import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, formatYuanGrouped, MAX_FEN, parseYuan } from '../../../src-main/domain/money';

describe('money', () => {
  it.each([
    ['120000.00', 12_000_000],
    ['120000', 12_000_000],
    ['0.5', 50],
    ['1409.50', 140_950],
    ['0', 0],
  ])('parses %s to %d fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['100.123', '最多保留两位小数'],
    ['-5', '不带符号'],
    ['1,000', '不带符号'],
    ['1e5', '不带符号'],
    ['', '不带符号'],
    ['01', '不带符号'],
    ['99999999999999', '不带符号'],
  ])('refuses %j', (text, reason) => {
    const r = parseYuan(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(reason);
  });

  it('groups thousands for screens and documents', () => {
    expect(formatYuanGrouped(12_000_000)).toBe('120,000.00');
    expect(formatYuanGrouped(5)).toBe('0.05');
  });

  it('round-trips: fen → text → fen, and canonical text → fen → text', () => {
    // fc.integer stops at 2^31, so larger amounts are built from two parts
    const fenArb = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99_999_999 })).map(([hi, lo]) => Math.min(MAX_FEN, hi * 100_000_000 + lo));
    fc.assert(
      fc.property(fenArb, (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
      }),
    );
    const canonical = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([hi, lo, f]) => `${hi * 100_000_000 + lo}.${String(f).padStart(2, '0')}`);
    fc.assert(
      fc.property(canonical, (text) => {
        const r = parseYuan(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(formatYuan(r.fen)).toBe(text);
      }),
    );
  });
});
