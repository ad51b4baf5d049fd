import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountFiguresAndWords, amountFromWords, amountInWords, chineseDate, chineseNumeral, courtDate, headingNumber } from '../../../src-main/domain/chinese-format';
import { MAX_FEN } from '../../../src-main/domain/money';

describe('dates in documents', () => {
  it.each([
    ['2026-03-05', '2026年3月5日', '二〇二六年三月五日'],
    ['2026-12-31', '2026年12月31日', '二〇二六年十二月三十一日'],
    ['2030-10-10', '2030年10月10日', '二〇三〇年十月十日'],
    ['2026-11-20', '2026年11月20日', '二〇二六年十一月二十日'],
  ])('%s → %s / %s', (date, plain, court) => {
    expect(chineseDate(date)).toBe(plain);
    expect(courtDate(date)).toBe(court);
  });
});

describe('amounts in words (PBOC rules)', () => {
  it.each([
    [140_950, '壹仟肆佰零玖元伍角'],
    [600_714, '陆仟零柒元壹角肆分'],
    [12_000_000, '壹拾贰万元整'],
    [1_000, '壹拾元整'],
    [1_530, '壹拾伍元叁角'],
    [100_000_000_001, '壹拾亿元零壹分'],
    [5, '伍分'],
    [0, '零元整'],
    [3_000_000, '叁万元整'],
  ])('%d fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('reads the words back to the same amount, and refuses what is not an amount', () => {
    expect(amountFromWords('壹仟肆佰零玖元伍角')).toBe(140_950);
    expect(amountFromWords('陆仟零柒元壹角肆分')).toBe(600_714);
    expect(amountFromWords('壹拾亿元零壹分')).toBe(100_000_000_001);
    expect(amountFromWords('零元整')).toBe(0);
    for (const bad of ['', '整', '壹拾贰万', '壹拾贰万元伍角整', '拾贰万元整', '壹拾贰万零零元整', '一十二万元整']) expect(amountFromWords(bad), bad).toBeUndefined();
  });

  it('round-trips any amount: figures → words → figures', () => {
    const fenArb = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99_999_999 })).map(([hi, lo]) => Math.min(MAX_FEN, hi * 100_000_000 + lo));
    fc.assert(
      fc.property(fenArb, (fen) => {
        const words = amountInWords(fen);
        expect(amountFromWords(words)).toBe(fen);
        // PBOC: 整 only after 元 when there are no 角 and 分, never after 分
        expect(words.endsWith('整')).toBe(fen % 100 === 0);
      }),
    );
  });

  it('writes figures then words, as documents do', () => {
    expect(amountFiguresAndWords(12_000_000)).toBe('人民币120,000.00元（大写：壹拾贰万元整）');
    expect(amountFiguresAndWords(3_000_000)).toBe('人民币30,000.00元（大写：叁万元整）');
  });
});

describe('heading numbers', () => {
  it('follow the four levels', () => {
    expect([headingNumber(1, 3), headingNumber(2, 12), headingNumber(3, 4), headingNumber(4, 2)]).toEqual(['三、', '（十二）', '4.', '（2）']);
    expect(chineseNumeral(4)).toBe('四');
  });
});
