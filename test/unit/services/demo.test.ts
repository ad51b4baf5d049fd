import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResidentId, checkUscc } from '../../../src-main/domain/identity';
import { exchangeFileSchema } from '../../../src-main/domain/exchange';
import { demoCases } from '../../../src-main/services/demo/generate';

describe('demo cases', () => {
  it('are valid mediation-case/1 cases for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const cases = demoCases(25, seed, '2022-01-01', '2026-11-24');
        const parsed = exchangeFileSchema.safeParse({ format: 'mediation-case/1', cases });
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('carry valid ID numbers and credit codes, and reach every stage', () => {
    const cases = demoCases(2000, 7, '2021-11-24', '2026-11-24');
    for (const p of cases.flatMap((c) => c.parties)) {
      if (p.idNumber) expect(checkResidentId(p.idNumber).ok).toBe(true);
      if (p.uscc) expect(checkUscc(p.uscc).ok).toBe(true);
    }
    const has = (f: (c: (typeof cases)[number]) => unknown) => cases.some(f);
    expect(has((c) => c.refusal)).toBe(true);
    expect(has((c) => !c.acceptedOn && !c.refusal)).toBe(true);
    expect(has((c) => c.termination)).toBe(true);
    expect(has((c) => c.enforcement?.result === 'pending')).toBe(true);
    expect(has((c) => c.followUps.length > 0)).toBe(true);
    expect(new Set(cases.map((c) => c.category)).size).toBeGreaterThan(8);
  });

  it('is the same for the same seed', () => {
    expect(demoCases(20, 42, '2024-01-01', '2026-01-01')).toEqual(demoCases(20, 42, '2024-01-01', '2026-01-01'));
  });
});
