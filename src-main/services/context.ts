import type { DataPaths } from '../app/data-dir';
import type { Logger } from '../app/logger';
import type { Migration } from '../db/migrate';
import type { Db, Store } from '../db/store';
import type { Role } from '../domain/roles';
import { appendAudit, type AuditEntry } from './audit';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Who is calling. Until accounts exist (issue 9) every transport acts as the local operator. */
export interface Actor {
  id: string;
  name: string;
  roles: Role[];
}

export interface ServiceContext {
  store: Store;
  clock: Clock;
  user: Actor;
  paths: DataPaths;
  log: Logger;
  /** The running version, and the migrations it brings (a restored older backup is brought up to date with them). */
  app: { version: string; migrations: readonly Migration[] };
  /** Set only in recovery: the database failed its start-up check (these are the findings) and is not open; only restoring is possible. */
  damaged?: readonly string[];
}

export type RecordAudit = (entry: AuditEntry) => void;

/**
 * One write: `fn` runs inside a single transaction of the write queue and must record at least
 * one audit entry; the entries are appended in the same transaction, so a write and its audit
 * rows commit or vanish together.
 */
export async function writeUnit<T>(ctx: ServiceContext, fn: (tx: Db, audit: RecordAudit) => Promise<T>): Promise<T> {
  return ctx.store.write(async (tx) => {
    const entries: AuditEntry[] = [];
    const result = await fn(tx, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error('write unit finished without an audit entry');
    await appendAudit(tx, ctx, entries);
    return result;
  });
}
