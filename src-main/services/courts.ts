import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { courtOverrides } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { DEFAULT_COURTS, courtDirectorySchema, determineCourt, type Court, type CourtChoice } from '../domain/courts';
import { AppError } from '../domain/errors';
import { readCase } from './case-detail';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { findOrganization } from './organization';
import { readSetting, writeSetting } from './settings-store';

/** The office's court directory (设置 → 法院名录), and the court each case's confirmation goes to. */
const KEY = 'courts';

async function readDirectory(db: Db): Promise<{ courts: Court[]; edited: boolean }> {
  const { value, edited } = await readSetting(db, KEY, courtDirectorySchema, DEFAULT_COURTS);
  return { courts: value, edited };
}

export const getCourtDirectory = (ctx: ServiceContext) => readDirectory(ctx.store.db);

export function updateCourtDirectory(ctx: ServiceContext, courts: Court[]): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readDirectory(tx);
    await writeSetting(tx, KEY, courts, chinaTimestamp(ctx.clock.now()));
    audit({ action: 'settings.updateCourts', entity: 'settings', entityId: KEY, before: before.courts.map((c) => c.name), after: courts.map((c) => c.name) });
  });
}

/** The rules' court for the case, or the one the office chose instead, saying so and why. */
export async function courtFor(ctx: ServiceContext, caseId: string): Promise<CourtChoice & { overridden: boolean }> {
  const c = (await readCase(ctx.store.db, caseId)).exchange;
  const org = await findOrganization(ctx.store.db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  const { courts } = await readDirectory(ctx.store.db);
  const ruled = determineCourt(c, { name: org.name, address: org.address, defaultCourt: org.defaultCourt }, courts);
  const chosen = await ctx.store.db.select().from(courtOverrides).where(eq(courtOverrides.caseId, caseId)).get();
  if (!chosen) return { ...ruled, overridden: false };
  const alternatives = [...new Set([ruled.court, ...ruled.alternatives].filter((x): x is string => x !== null && x !== chosen.court))];
  return { court: chosen.court, basis: `由${chosen.setBy}指定，理由：${chosen.reason}（按规则应为${ruled.court ?? '未能确定'}）`, alternatives, overridden: true };
}

/** Chooses another court than the rules' one (a party's domicile, a court the parties agreed on…); null returns to the rules. */
export function overrideCourt(ctx: ServiceContext, caseId: string, choice: { court: string; reason: string } | null): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    await writableCaseRow(tx, caseId);
    const before = await tx.select().from(courtOverrides).where(eq(courtOverrides.caseId, caseId)).get();
    if (choice === null) {
      if (!before) return audit({ action: 'cases.overrideCourt', entity: 'case', entityId: caseId, after: { court: null } });
      await tx.delete(courtOverrides).where(eq(courtOverrides.caseId, caseId));
    } else {
      const row = { court: choice.court.trim(), reason: choice.reason.trim(), setAt: chinaTimestamp(ctx.clock.now()), setBy: ctx.user.name };
      await tx.insert(courtOverrides).values({ caseId, ...row }).onConflictDoUpdate({ target: courtOverrides.caseId, set: row });
    }
    audit({ action: 'cases.overrideCourt', entity: 'case', entityId: caseId, before: before ? { court: before.court, reason: before.reason } : null, after: choice });
  });
}
