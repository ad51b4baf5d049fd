import path from 'node:path';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { mediatorRelations, mediators, settings } from '../../../src-main/db/schema';
import { NestedWriteError, openStore, WriteOutsideUnitError } from '../../../src-main/db/store';
import { applyMigrations, loadMigrations } from '../../../src-main/db/migrate';
import { sqliteCode } from '../../../src-main/api/errors';
import { resources, tempDir } from '../../support/temp';

async function migratedStore() {
  const store = await openStore(path.join(tempDir(), 'adapter.db'));
  await store.exclusive((w) => applyMigrations(w, loadMigrations(resources.migrationsFolder), () => 0));
  return store;
}

const mediator = (id: string, no: string, name = `调解员${no}`) => ({
  id,
  name,
  mediatorNo: no,
  specialties: ['trade_secret'],
  createdAt: '2026-01-01T00:00:00+08:00',
  updatedAt: '2026-01-02T00:00:00+08:00',
});

describe('sqlite3 → drizzle adapter', () => {
  it('maps joined columns with the same name to the right fields', async () => {
    const store = await migratedStore();
    await store.write(async (tx) => {
      await tx.insert(mediators).values(mediator('m-1', 'A1', '陈静'));
      await tx.insert(mediatorRelations).values({ id: 'r-9', mediatorId: 'm-1', position: 0, name: '陈强', kind: 'close_relative' });
    });
    const row = await store.db
      .select({ relationId: mediatorRelations.id, mediatorId: mediators.id, relation: mediatorRelations.name, mediator: mediators.name })
      .from(mediatorRelations)
      .innerJoin(mediators, eq(mediators.id, mediatorRelations.mediatorId))
      .get();
    expect(row).toEqual({ relationId: 'r-9', mediatorId: 'm-1', relation: '陈强', mediator: '陈静' });
    const both = await store.db.select().from(mediatorRelations).innerJoin(mediators, eq(mediators.id, mediatorRelations.mediatorId));
    expect(both[0]?.mediators.specialties).toEqual(['trade_secret']);
    expect(both[0]?.mediator_relations.id).toBe('r-9');
    await store.close();
  });

  it('maps self-joins through an alias and sql literals by position', async () => {
    const store = await migratedStore();
    await store.write(async (tx) => {
      await tx.insert(mediators).values([mediator('m-1', 'A1'), mediator('m-2', 'A2')]);
    });
    const other = alias(mediators, 'other');
    const rows = await store.db
      .select({ a: mediators.mediatorNo, b: other.mediatorNo, one: sql<number>`1`, two: sql<number>`2` })
      .from(mediators)
      .innerJoin(other, sql`${other.id} <> ${mediators.id}`)
      .orderBy(asc(mediators.mediatorNo));
    expect(rows).toEqual([
      { a: 'A1', b: 'A2', one: 1, two: 2 },
      { a: 'A2', b: 'A1', one: 1, two: 2 },
    ]);
    await store.close();
  });

  it('keeps ORDER BY and LIMIT through the positional wrapper', async () => {
    const store = await migratedStore();
    await store.write(async (tx) => {
      await tx.insert(mediators).values(Array.from({ length: 30 }, (_, i) => mediator(`m-${i}`, `N${String(i).padStart(2, '0')}`)));
    });
    const rows = await store.db.select({ no: mediators.mediatorNo }).from(mediators).orderBy(desc(mediators.mediatorNo)).limit(5);
    expect(rows.map((r) => r.no)).toEqual(['N29', 'N28', 'N27', 'N26', 'N25']);
    await store.close();
  });

  it('the reader cannot write, even when asked to', async () => {
    const store = await migratedStore();
    const failure = await store.db
      .insert(settings)
      .values({ key: 'x', value: 1, updatedAt: 'now' })
      .catch((e: unknown) => e);
    expect(sqliteCode(failure)).toBe('SQLITE_READONLY');
    await store.close();
  });

  it('refuses a nested write unit and the writer handle after its unit ended', async () => {
    const store = await migratedStore();
    await expect(store.write(async () => store.write(async () => 1))).rejects.toBeInstanceOf(NestedWriteError);
    let leaked: Parameters<Parameters<typeof store.write>[0]>[0] | undefined;
    await store.write(async (tx) => {
      leaked = tx;
      await tx.insert(settings).values({ key: 'ok', value: 1, updatedAt: 'now' });
    });
    const late = await leaked
      ?.insert(settings)
      .values({ key: 'late', value: 1, updatedAt: 'now' })
      .catch((e: unknown) => e);
    expect((late as Error).cause).toBeInstanceOf(WriteOutsideUnitError);
    expect(await store.db.select({ key: settings.key }).from(settings)).toEqual([{ key: 'ok' }]);
    await store.close();
  });
});
