import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { settings } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { DEFAULT_COURTS, courtDirectorySchema, determineCourt, type Court, type CourtChoice } from '../domain/courts';
import { AppError } from '../domain/errors';
import { readCase } from './case-detail';
import { writeUnit, type ServiceContext } from './context';
import { findOrganization } from './organization';

/** The office's court directory (设置 → 法院名录), and the court each case's confirmation goes to. */
const KEY = 'courts';

async function readDirectory(db: Db): Promise<{ courts: Court[]; edited: boolean }> {
  const row = await db.select().from(settings).where(eq(settings.key, KEY)).get();
  const parsed = courtDirectorySchema.safeParse(row?.value);
  return parsed.success ? { courts: parsed.data, edited: true } : { courts: DEFAULT_COURTS, edited: false };
}

export const getCourtDirectory = (ctx: ServiceContext) => readDirectory(ctx.store.db);

export function updateCourtDirectory(ctx: ServiceContext, courts: Court[]): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readDirectory(tx);
    const updatedAt = chinaTimestamp(ctx.clock.now());
    await tx.insert(settings).values({ key: KEY, value: courts, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value: courts, updatedAt } });
    audit({ action: 'settings.updateCourts', entity: 'settings', entityId: KEY, before: before.courts.map((c) => c.name), after: courts.map((c) => c.name) });
  });
}

export async function courtFor(ctx: ServiceContext, caseId: string): Promise<CourtChoice> {
  const c = (await readCase(ctx.store.db, caseId)).exchange;
  const org = await findOrganization(ctx.store.db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  const { courts } = await readDirectory(ctx.store.db);
  return determineCourt(c, { name: org.name, address: org.address, defaultCourt: org.defaultCourt }, courts);
}
