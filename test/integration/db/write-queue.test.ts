import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settings } from '../../../src-main/db/schema';
import { openStore, type Store } from '../../../src-main/db/store';
import { applyMigrations, loadMigrations } from '../../../src-main/db/migrate';
import { resources, tempDir } from '../../support/temp';

async function migratedStore(): Promise<Store> {
  const store = await openStore(path.join(tempDir(), 'queue.db'));
  await store.exclusive((w) => applyMigrations(w, loadMigrations(resources.migrationsFolder), () => 0));
  return store;
}

/** One write unit of the model: some rows, and perhaps a failure after `failAfter` of them. */
interface Unit {
  rows: number;
  failAfter: number | null;
  failure: 'throw' | 'constraint';
  delays: number[];
}

const unitArb: fc.Arbitrary<Unit> = fc.record({
  rows: fc.integer({ min: 1, max: 5 }),
  failAfter: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  failure: fc.constantFrom('throw', 'constraint'),
  delays: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the single write queue (reliability #12)', () => {
  it('after any interleaving of units, some failing mid-way, the database equals the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unitArb, { minLength: 1, maxLength: 12 }), async (units) => {
        const store = await migratedStore();
        const expected = new Map<string, number>();
        await Promise.allSettled(
          units.map(async (unit, u) => {
            const fails = unit.failAfter !== null && unit.failAfter < unit.rows;
            if (!fails) for (let r = 0; r < unit.rows; r += 1) expected.set(`u${u}-r${r}`, u * 10 + r);
            await pause(unit.delays[5] ?? 0);
            return store.write(async (tx) => {
              for (let r = 0; r < unit.rows; r += 1) {
                if (fails && r === unit.failAfter) {
                  if (unit.failure === 'throw') throw new Error(`unit ${u} gives up`);
                  await tx.insert(settings).values({ key: `u${u}-r0`, value: -1, updatedAt: 'x' }); // duplicate key
                }
                await tx.insert(settings).values({ key: `u${u}-r${r}`, value: u * 10 + r, updatedAt: 'x' });
                await pause(unit.delays[r] ?? 0); // give other callers every chance to interleave
              }
            });
          }),
        );
        const rows = await store.db.select({ key: settings.key, value: settings.value }).from(settings).orderBy(asc(settings.key));
        await store.close();
        expect(rows).toEqual([...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => ({ key, value })));
      }),
      { numRuns: 40 },
    );
  });

  it('a failing unit does not take a concurrent caller’s write down with it', async () => {
    const store = await migratedStore();
    const failing = store.write(async (tx) => {
      await tx.insert(settings).values({ key: 'a', value: 1, updatedAt: 'x' });
      await pause(20);
      throw new Error('boom');
    });
    const other = store.write(async (tx) => {
      await tx.insert(settings).values({ key: 'b', value: 2, updatedAt: 'x' });
    });
    const read = store.db.select().from(settings).where(eq(settings.key, 'a'));
    await expect(failing).rejects.toThrow('boom');
    await other;
    expect(await read).toEqual([]); // the reader never sees uncommitted rows
    expect(await store.db.select({ key: settings.key }).from(settings)).toEqual([{ key: 'b' }]);
    await store.close();
  });
});
