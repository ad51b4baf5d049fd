import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { auditLog } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import type { ServiceContext } from './context';

/** What one write records: the action (a method name), the entity touched, and its states. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

type ChainedFields = Omit<typeof auditLog.$inferSelect, 'hash'>;

/** The hash of one row covers the previous row's hash, so the rows form a chain. */
export function auditRowHash(row: ChainedFields): string {
  const material = JSON.stringify([
    row.prevHash, row.seq, row.at, row.actorId, row.actorName, row.action,
    row.entity, row.entityId, row.outcome, row.before ?? null, row.after ?? null,
  ]);
  return crypto.createHash('sha256').update(material).digest('hex');
}

export async function appendAudit(tx: Db, ctx: ServiceContext, entries: AuditEntry[]): Promise<void> {
  const last = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = chinaTimestamp(ctx.clock.now());
  const rows: (typeof auditLog.$inferInsert)[] = [];
  for (const entry of entries) {
    seq += 1;
    const row: ChainedFields = {
      seq,
      at,
      actorId: ctx.user.id,
      actorName: ctx.user.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      outcome: 'ok',
      before: entry.before ?? null,
      after: entry.after ?? null,
      prevHash,
    };
    const hash = auditRowHash(row);
    rows.push({ ...row, hash });
    prevHash = hash;
  }
  // chunked: a large import records one row per case
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
}

export type AuditRow = typeof auditLog.$inferSelect;

/** The history of one entity, newest first (the case page's 日志 tab, the settings history). */
export function listAudit(ctx: ServiceContext, filter: { entity: string; entityId?: string }): Promise<AuditRow[]> {
  const where = filter.entityId
    ? and(eq(auditLog.entity, filter.entity), eq(auditLog.entityId, filter.entityId))
    : eq(auditLog.entity, filter.entity);
  return ctx.store.db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(500);
}
