import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultCaseNumberPattern,
  formatCaseNumber,
  parseCaseNumberPattern,
  previewCaseNumber,
} from '../../../src-main/domain/case-number';

describe('case-number patterns', () => {
  it('formats the example of the CLI spec', () => {
    expect(previewCaseNumber('（{year}）豫郑知调字第{seq:4}号', 2026)).toEqual({ ok: true, example: '（2026）豫郑知调字第0001号' });
    const parsed = parseCaseNumberPattern('（{year}）豫郑知调字第{seq:4}号');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(formatCaseNumber(parsed.parts, 2027, 12)).toBe('（2027）豫郑知调字第0012号');
    expect(formatCaseNumber(parsed.parts, 2027, 123456)).toBe('（2027）豫郑知调字第123456号');
  });

  it.each([
    ['', '请填写案号规则'],
    ['豫知调字第{seq:4}号', '必须包含一次 {year}'],
    ['（{year}）豫知调字第号', '必须包含一次 {seq:位数}'],
    ['（{year}）{year}第{seq:4}号', '必须包含一次 {year}'],
    ['（{year}）第{seq:4}号{seq:2}', '必须包含一次 {seq:位数}'],
    ['（{year}）第{seq:0}号', '序号位数应在1到8之间'],
    ['（{year}）第{seq:9}号', '序号位数应在1到8之间'],
    ['（{year}）第{n}号{seq:4}', '“{n}”无法识别'],
    ['（{year}）第{seq:4}号}', '花括号不成对'],
    ['（{year}）第{seq:4}号'.padEnd(61, '字'), '不能超过60个字符'],
  ])('refuses %j with a Chinese reason', (pattern, reason) => {
    const result = parseCaseNumberPattern(pattern);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it('suggests a valid default for every kind', () => {
    for (const kind of ['people_mediation', 'industry_mediation', 'arbitration', 'ip_protection_center']) {
      expect(parseCaseNumberPattern(defaultCaseNumberPattern('豫郑', kind)).ok).toBe(true);
    }
    expect(defaultCaseNumberPattern('豫', 'arbitration')).toBe('（{year}）豫仲字第{seq:4}号');
  });

  it('numbers are distinct, carry the year, and keep the literal text', () => {
    const literal = fc.string({ maxLength: 8 }).filter((s) => !/[{}]/.test(s));
    fc.assert(
      fc.property(literal, literal, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 2000, max: 2100 }), fc.nat(99999), fc.nat(99999), (a, b, width, year, s1, s2) => {
        const parsed = parseCaseNumberPattern(`${a}{year}${b}{seq:${width}}`);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const one = formatCaseNumber(parsed.parts, year, s1 + 1);
        expect(one.startsWith(`${a}${year}${b}`)).toBe(true);
        expect(one.length).toBeGreaterThanOrEqual(a.length + 4 + b.length + width);
        if (s1 !== s2) expect(one).not.toBe(formatCaseNumber(parsed.parts, year, s2 + 1));
      }),
    );
  });
});
