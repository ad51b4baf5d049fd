import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { caseListQuerySchema } from './case-query';
import { writeUnit, type ServiceContext } from './context';

/**
 * Workstation preferences. Kept in the database rather than the page's storage: browser mode
 * gets a new port, and so a new origin, at every launch.
 */
export const LANGUAGES = ['zh-CN', 'en-US'] as const;
/** The case list's remembered filters: the list query without paging. */
export const savedCaseFiltersSchema = caseListQuerySchema.omit({ offset: true, limit: true }).partial();

export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES, { error: '不支持的界面语言' }),
  caseListColumns: z.array(z.string().max(40)).max(30).optional(),
  caseListFilters: savedCaseFiltersSchema.optional(),
});
export type Preferences = z.output<typeof preferencesSchema>;
const DEFAULTS: Preferences = { language: 'zh-CN' };
const KEY = 'preferences';

export async function getPreferences(ctx: ServiceContext): Promise<Preferences> {
  const row = await ctx.store.db.select().from(settings).where(eq(settings.key, KEY)).get();
  const parsed = preferencesSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
}

export function updatePreferences(ctx: ServiceContext, changes: Partial<Preferences>): Promise<Preferences> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await tx.select().from(settings).where(eq(settings.key, KEY)).get();
    const before: Preferences = { ...DEFAULTS, ...(row?.value as Partial<Preferences> | undefined) };
    const after: Preferences = { ...before, ...changes };
    const updatedAt = chinaTimestamp(ctx.clock.now());
    await tx
      .insert(settings)
      .values({ key: KEY, value: after, updatedAt })
      .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedAt } });
    audit({ action: 'preferences.update', entity: 'settings', entityId: KEY, before, after });
    return after;
  });
}
