import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../../src-main/services/ids';

describe('record ids (UUID v7)', () => {
  it('are valid UUIDs of version 7 with the RFC variant', () => {
    for (let i = 0; i < 100; i += 1) {
      const id = newId();
      expect(z.uuid().safeParse(id).success).toBe(true);
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
    }
  });

  it('increase with time, and within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId(1_900_000_000_000) > (ids.at(-1) as string)).toBe(true);
  });

  it('carry their creation time', () => {
    const id = newId(Date.UTC(2030, 0, 1));
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1));
  });
});
