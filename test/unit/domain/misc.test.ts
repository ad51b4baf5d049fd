import { describe, expect, it } from 'vitest';
import { chinaDate, chinaTimestamp, chinaYear } from '../../../src-main/domain/china-time';
import { isValidPhone } from '../../../src-main/domain/phone';

describe('China time', () => {
  it('uses UTC+8 for the calendar day and the offset', () => {
    const lateUtc = new Date('2026-12-31T17:30:00Z'); // already 1 January in Zhengzhou
    expect(chinaDate(lateUtc)).toBe('2027-01-01');
    expect(chinaYear(lateUtc)).toBe(2027);
    expect(chinaTimestamp(lateUtc)).toBe('2027-01-01T01:30:00.000+08:00');
  });
});

describe('phone numbers', () => {
  it.each(['13812345678', '19912345678', '0371-65551234', '037165551234', '010-12345678-123'])('accepts %s', (p) => {
    expect(isValidPhone(p)).toBe(true);
  });
  it.each(['12812345678', '1381234567', '371-65551234', '0371-123', 'abc', ''])('refuses %j', (p) => {
    expect(isValidPhone(p)).toBe(false);
  });
});
