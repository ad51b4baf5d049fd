import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../src-main/domain/identity';
import { containsPii, redactPii } from '../../../src-main/domain/pii';

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })).map(([b, rest]) => `1${b}${rest.join('')}`);
const residentId = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join('')).map((body) => body + residentIdCheckChar(body));

describe('personal-data redaction (used by the log)', () => {
  it('masks every ID number and mobile number embedded in any text, keeping the length', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(mobile, residentId), fc.string(), (before, pii, after) => {
        const text = `${before} ${pii} ${after}`;
        const masked = redactPii(text);
        expect(masked).toHaveLength(text.length);
        expect(masked).not.toContain(pii);
        expect(containsPii(masked)).toBe(false);
        expect(redactPii(masked)).toBe(masked);
      }),
    );
  });
});
