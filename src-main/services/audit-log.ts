import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLog } from '../db/schema';
import { AUDIT_ENTITIES, OTHER_AUDIT_ACTIONS, type AuditQuery } from '../domain/audit-query';
import { chinaTimestamp } from '../domain/china-time';
import { redactPii } from '../domain/pii';
import { auditRowHash, GENESIS_HASH } from './audit';
import { writeUnit, type ServiceContext } from './context';
import { sheetTable } from './workbook';

/**
 * The audit trail as the auditor reads it: rows filtered by period, person, action and kind of
 * record, newest first; the distinct values to filter by; the same rows as a workbook; and the
 * chain checked from the first row to the last. ID and phone numbers in what a row recorded are
 * masked wherever it is shown.
 */

/** Names an action in words: the API method's own summary, else the few actions that are not methods. */
export type ActionLabel = (action: string) => string;
export const labelWith = (summaryOf: (name: string) => string | undefined): ActionLabel => (action) => summaryOf(action) ?? OTHER_AUDIT_ACTIONS[action] ?? action;

function whereOf(q: AuditQuery): SQL | undefined {
  const day = sql<string>`substr(${auditLog.at}, 1, 10)`;
  return and(
    q.from ? gte(day, q.from) : undefined,
    q.to ? lte(day, q.to) : undefined,
    // LIKE honours the backslash only with an ESCAPE clause, so a name with % or _ matches literally
    q.actor ? sql`${auditLog.actorName} LIKE ${`%${q.actor.replace(/[%_\\]/g, '\\$&')}%`} ESCAPE '\\'` : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
  );
}

export interface AuditListRow {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string | null;
  outcome: string;
  /** What the row recorded before and after, as JSON text with ID and phone numbers masked. */
  before: string | null;
  after: string | null;
}

const masked = (v: unknown) => (v === null || v === undefined ? null : redactPii(JSON.stringify(v)));

const listRow = (label: ActionLabel) => (r: typeof auditLog.$inferSelect): AuditListRow => ({
  seq: r.seq,
  at: r.at,
  actorName: r.actorName,
  action: r.action,
  actionLabel: label(r.action),
  entity: r.entity,
  entityLabel: AUDIT_ENTITIES[r.entity] ?? r.entity,
  entityId: r.entityId,
  outcome: r.outcome,
  before: masked(r.before),
  after: masked(r.after),
});

export async function searchAudit(ctx: ServiceContext, q: AuditQuery, label: ActionLabel): Promise<{ total: number; rows: AuditListRow[] }> {
  const where = whereOf(q);
  const total = (await ctx.store.db.select({ n: count() }).from(auditLog).where(where).get())?.n ?? 0;
  const rows = await ctx.store.db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  return { total, rows: rows.map(listRow(label)) };
}

/** Who acted, which actions and which kinds of record occur: the choices of the filters. */
export async function auditFacets(ctx: ServiceContext, label: ActionLabel) {
  const distinct = async (column: typeof auditLog.actorName | typeof auditLog.action | typeof auditLog.entity) =>
    (await ctx.store.db.selectDistinct({ v: column }).from(auditLog).orderBy(asc(column))).map((r) => r.v);
  return {
    actors: await distinct(auditLog.actorName),
    actions: (await distinct(auditLog.action)).map((value) => ({ value, label: label(value) })),
    entities: (await distinct(auditLog.entity)).map((value) => ({ value, label: AUDIT_ENTITIES[value] ?? value })),
  };
}

/** At most this many rows go into one workbook; narrow the period for more. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** The filtered rows as a workbook (审计日志), itself recorded in the trail. */
export async function auditWorkbook(ctx: ServiceContext, q: AuditQuery, label: ActionLabel): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const rows = (await ctx.store.db.select().from(auditLog).where(whereOf(q)).orderBy(asc(auditLog.seq)).limit(AUDIT_EXPORT_LIMIT)).map(listRow(label));
  const book = new ExcelJS.Workbook();
  book.creator = ctx.user.name;
  sheetTable(
    book.addWorksheet('审计日志'),
    [
      { header: '序号', width: 8 },
      { header: '时间', width: 26 },
      { header: '操作人', width: 16 },
      { header: '操作', width: 24 },
      { header: '操作代码', width: 28 },
      { header: '对象', width: 10 },
      { header: '对象标识', width: 38 },
      { header: '结果', width: 8 },
      { header: '操作前', width: 50 },
      { header: '操作后', width: 50 },
    ],
    rows.map((r) => [r.seq, r.at, r.actorName, r.actionLabel, r.action, r.entityLabel, r.entityId, r.outcome === 'ok' ? '成功' : r.outcome, r.before, r.after]),
  );
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  await writeUnit(ctx, async (_tx, audit) => audit({ action: 'audit.export', entity: 'audit', after: { ...q, rows: rows.length } }));
  const period = q.from || q.to ? `（${q.from ?? '开始'}至${q.to ?? '今'}）` : '';
  return { fileName: `审计日志${period}-${chinaTimestamp(ctx.clock.now()).slice(0, 10)}.xlsx`, bytes, rows: rows.length };
}

const VERIFY_BATCH = 5000;

interface StoredRow {
  seq: number;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  outcome: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash a stored row should carry; null when what it recorded is no longer readable JSON. */
function expectedHash(r: StoredRow): string | null {
  try {
    const json = (v: string | null) => (v === null ? null : (JSON.parse(v) as unknown));
    return auditRowHash({ seq: r.seq, at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action, entity: r.entity, entityId: r.entity_id, outcome: r.outcome, before: json(r.before), after: json(r.after), prevHash: r.prev_hash });
  } catch {
    return null;
  }
}

/**
 * Walks the whole chain in batches, reading the rows as stored; the first sequence number whose
 * row does not fit, if any. (Rows removed from the newest end leave a shorter chain that still
 * fits; backups keep the older rows.)
 */
export async function verifyAuditChain(ctx: ServiceContext): Promise<{ ok: true; rows: number } | { ok: false; brokenAt: number; rows: number }> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const rows = await ctx.store.reader.all<StoredRow>('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?', [expectedSeq, VERIFY_BATCH]);
    for (const row of rows) {
      if (row.seq !== expectedSeq || row.prev_hash !== prev || expectedHash(row) !== row.hash) return { ok: false, brokenAt: expectedSeq, rows: expectedSeq - 1 };
      prev = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < VERIFY_BATCH) return { ok: true, rows: expectedSeq - 1 };
  }
}
