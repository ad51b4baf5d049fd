import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResidentId, checkUscc, residentIdCheckChar, usccCheckChar } from '../../../src-main/domain/identity';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** 17 digits: a region, a real birth date between 1900 and 2025, a sequence. */
const idBody = fc
  .record({
    region: fc.integer({ min: 110000, max: 659999 }),
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, date, seq }) => `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${pad(seq, 3)}`);
const validId = idBody.map((body) => body + residentIdCheckChar(body));

const usccBody = fc
  .tuple(
    fc.constantFrom('1', '5', '9', 'Y'),
    fc.constantFrom('1', '2', '3'),
    fc.integer({ min: 110000, max: 659999 }),
    fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, region, rest]) => `${a}${b}${region}${rest.join('')}`);
const validUscc = usccBody.map((body) => body + usccCheckChar(body));

describe('resident ID (GB 11643-1999)', () => {
  it('accepts the reference numbers and reads birth date and gender', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({ ok: true, birthDate: '1949-12-31', gender: 'female' });
    expect(checkResidentId('440524188001010014')).toEqual({ ok: true, birthDate: '1880-01-01', gender: 'male' });
    expect(checkResidentId('11010519491231002x').ok).toBe(true);
  });

  it('names what is wrong', () => {
    expect(checkResidentId('110105194912310021')).toEqual({ ok: false, message: '身份证号码校验位错误' });
    expect(checkResidentId('11010519490231002X')).toMatchObject({ ok: false, message: '身份证号码中的出生日期无效' });
    expect(checkResidentId('1101051949')).toMatchObject({ ok: false, message: expect.stringContaining('18位') });
  });

  it('accepts every well-formed number', () => {
    fc.assert(fc.property(validId, (id) => checkResidentId(id).ok));
  });

  it('rejects every single-character change', () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, i, ch) => {
        fc.pre(id[i] !== ch);
        const changed = id.slice(0, i) + ch + id.slice(i + 1);
        expect(checkResidentId(changed).ok).toBe(false);
      }),
    );
  });

  it('rejects random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => {
      fc.pre(!/^\d{17}[\dXx]$/.test(s.trim()));
      expect(checkResidentId(s).ok).toBe(false);
    }));
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the reference code and the sample codes', () => {
    for (const code of ['91350200776049653A', '91410100MA3X5K2R86', '91410100MA46C9NB6U', '91410300MA47UH5P7M', '92410103MA9F2T6L79']) {
      expect(checkUscc(code)).toEqual({ ok: true });
    }
  });

  it('names what is wrong', () => {
    expect(checkUscc('91350200776049653B')).toEqual({ ok: false, message: '统一社会信用代码校验位错误' });
    expect(checkUscc('91350200776O49653A')).toMatchObject({ ok: false, message: expect.stringContaining('不允许的字符') });
    expect(checkUscc('9135')).toMatchObject({ ok: false, message: '统一社会信用代码应为18位' });
  });

  it('accepts every well-formed code', () => {
    fc.assert(fc.property(validUscc, (code) => checkUscc(code).ok));
  });

  it('rejects every single-character change', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.constantFrom(...USCC_CHARS), (code, i, ch) => {
        fc.pre(code[i] !== ch);
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(checkUscc(changed).ok).toBe(false);
      }),
    );
  });
});
