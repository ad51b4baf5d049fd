import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { writeUnit, type ServiceContext } from './context';

/**
 * Unfinished forms kept on the workstation, so closing the window loses nothing typed. Stored in
 * the database rather than the page: browser mode gets a new origin at every launch.
 */
export const DRAFT_KINDS = ['case-registration'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
const MAX_DRAFT_CHARS = 500_000;
const key = (kind: DraftKind) => `draft:${kind}`;

export const draftSchema = z.strictObject({
  kind: z.enum(DRAFT_KINDS),
  content: z.string().max(MAX_DRAFT_CHARS, '草稿过大，无法保存'),
});

export async function getDraft(ctx: ServiceContext, kind: DraftKind): Promise<{ content: string; savedAt: string } | null> {
  const row = await ctx.store.db.select().from(settings).where(eq(settings.key, key(kind))).get();
  return row && typeof row.value === 'string' ? { content: row.value, savedAt: row.updatedAt } : null;
}

export function saveDraft(ctx: ServiceContext, kind: DraftKind, content: string): Promise<{ savedAt: string }> {
  return writeUnit(ctx, async (tx, audit) => {
    const savedAt = chinaTimestamp(ctx.clock.now());
    await tx.insert(settings).values({ key: key(kind), value: content, updatedAt: savedAt }).onConflictDoUpdate({ target: settings.key, set: { value: content, updatedAt: savedAt } });
    audit({ action: 'drafts.save', entity: 'draft', entityId: kind, after: { chars: content.length } });
    return { savedAt };
  });
}

export function clearDraft(ctx: ServiceContext, kind: DraftKind): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    await tx.delete(settings).where(eq(settings.key, key(kind)));
    audit({ action: 'drafts.clear', entity: 'draft', entityId: kind });
  });
}
