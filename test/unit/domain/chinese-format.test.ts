import { describe, expect, it } from 'vitest';
import { amountFiguresAndWords, amountInWords, chineseDate, chineseNumeral, courtDate, headingNumber } from '../../../src-main/domain/chinese-format';

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
