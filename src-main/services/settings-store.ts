import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/store';
import { settings } from '../db/schema';

/**
 * One entry of the settings table, read through its schema: the saved value, or the default
 * while nothing (or nothing valid) is saved — `edited` says which.
 */
export async function readSetting<T>(db: Db, key: string, schema: z.ZodType<T>, fallback: T): Promise<{ value: T; edited: boolean }> {
  const row = await db.select().from(settings).where(eq(settings.key, key)).get();
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? { value: parsed.data, edited: true } : { value: fallback, edited: false };
}

/** Saves an entry inside the caller's write unit. */
export async function writeSetting(tx: Db, key: string, value: unknown, updatedAt: string): Promise<void> {
  await tx.insert(settings).values({ key, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } });
}
