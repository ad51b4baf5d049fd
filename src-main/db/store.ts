import { AsyncLocalStorage } from 'node:async_hooks';
import { drizzle, type SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import { openConnection, type Connection } from './connection';
import * as schema from './schema';
import { SerialQueue } from './serial-queue';

export type Schema = typeof schema;
export type Db = SqliteRemoteDatabase<Schema>;
type Method = 'run' | 'all' | 'values' | 'get';

/**
 * The local store: a writer connection behind one serial queue and a separate reader
 * connection. Every write is a unit — BEGIN IMMEDIATE, the caller's statements, COMMIT — and
 * units never interleave, so a failing unit rolls back alone and cannot take another caller's
 * statements with it. The reader is `query_only`: it cannot write even by mistake, and under
 * WAL it reads committed data while a unit is running.
 */
export interface Store {
  readonly file: string;
  /** Drizzle over the reader connection, for queries outside a write unit. */
  readonly db: Db;
  /** One write unit: `fn` gets a drizzle handle valid only until the unit ends. */
  write<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Exclusive use of the writer connection (migrations, backups, checks), in queue order. */
  exclusive<T>(fn: (writer: Connection) => Promise<T>): Promise<T>;
  /** The reader connection, for read-only pragmas and checks. */
  readonly reader: Connection;
  close(): Promise<void>;
}

function drizzleOver(conn: Connection, guard: () => void): Db {
  const one = async (sql: string, params: unknown[], method: Method) => {
    guard();
    if (method === 'run') {
      const r = await conn.run(sql, params);
      return { rows: [], changes: r.changes, lastInsertRowid: r.lastID };
    }
    const rows = await conn.allArrays(sql, params);
    // drizzle's `get` expects one row as an array, or undefined when nothing matched
    return { rows: method === 'get' ? (rows[0] as unknown as unknown[][]) : rows };
  };
  const batch = async (queries: { sql: string; params: unknown[]; method: Method }[]) => {
    const out = [];
    for (const q of queries) out.push(await one(q.sql, q.params, q.method));
    return out;
  };
  return drizzle(one, batch, { schema });
}

export class NestedWriteError extends Error {
  constructor() {
    super('a write unit was started inside another write unit; pass the unit’s handle down instead');
  }
}

export class WriteOutsideUnitError extends Error {
  constructor() {
    super('the writer handle was used outside its write unit');
  }
}

export async function openStore(file: string): Promise<Store> {
  const writer = await openConnection(file);
  let reader: Connection;
  try {
    reader = await openConnection(file, { create: false, readOnly: true });
  } catch (err) {
    await writer.close();
    throw err;
  }
  const queue = new SerialQueue();
  const inUnit = new AsyncLocalStorage<true>();
  const writerDb = drizzleOver(writer, () => {
    if (!inUnit.getStore()) throw new WriteOutsideUnitError();
  });
  const readerDb = drizzleOver(reader, () => undefined);
  let closed = false;

  const exclusive = <T>(fn: (w: Connection) => Promise<T>): Promise<T> => {
    if (inUnit.getStore()) return Promise.reject(new NestedWriteError());
    return queue.run(() => inUnit.run(true, () => fn(writer)));
  };

  return {
    file,
    db: readerDb,
    reader,
    exclusive,
    write: (fn) =>
      exclusive(async (w) => {
        await w.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(writerDb);
          await w.exec('COMMIT');
          return result;
        } catch (err) {
          // SQLite may already have rolled back (e.g. on a full disk); the original error matters
          await w.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await queue.run(async () => {
        await reader.close();
        await writer.close();
      });
    },
  };
}
