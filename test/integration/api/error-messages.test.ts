import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHOD_NAMES } from '../../../src-main/api/channels';
import type { AppInstance } from '../../../src-main/app/open-app';
import { residentIdCheckChar } from '../../../src-main/domain/identity';
import { containsPii } from '../../../src-main/domain/pii';
import { openTestApp, operatorContext } from '../../support/temp';

const residentId = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join('')).map((b) => b + residentIdCheckChar(b));
const mobile = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => `13${d.join('')}`);
/** JSON full of personal data in every position an input could carry it. */
const piiJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, residentId, mobile, fc.string(), fc.integer(), fc.boolean(), tie('object'), tie('array')),
  object: fc.dictionary(fc.oneof(fc.constantFrom('name', 'phone', 'idNumber', 'organization', 'mediators', 'relations', 'mediator', 'id'), residentId, mobile), tie('value'), { maxKeys: 5 }),
  array: fc.array(tie('value'), { maxLength: 3 }),
})).value;

let app: AppInstance;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

describe('user-facing errors (reliability #35)', () => {
  it('never echo personal data, whatever the input, and always carry a stable code and Chinese text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...API_METHOD_NAMES, 'no.such.method'), piiJson, async (method, input) => {
        const result = await app.registry.invoke(operatorContext(app), method, input);
        if (result.ok) return;
        expect(result.error.code).toMatch(/^[A-Z_]+$/);
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(containsPii(JSON.stringify(result.error))).toBe(false);
        expect(JSON.stringify(result.error)).not.toMatch(/\n\s+at |\.ts:\d+/);
      }),
      { numRuns: 300 },
    );
  });
});
