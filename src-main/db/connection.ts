import sqlite3 from 'sqlite3';
import { AppError } from '../domain/errors';

/**
 * One promisified sqlite3 connection with the pragmas the store depends on, set and read
 * back on open. SELECT results can be read as arrays in column order: node-sqlite3 returns
 * rows keyed by column name, which silently collapses `a.id` and `b.id` in a join, so
 * `allArrays` renames the output columns positionally first.
 */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a commit is durable once acknowledged
  foreign_keys: 1,
  secure_delete: 1,
  trusted_schema: 0,
  busy_timeout: 5000,
} as const;
export type PragmaName = keyof typeof REQUIRED_PRAGMAS;
export type PragmaValues = Record<PragmaName, string | number>;

const SETUP_SQL = [
  'PRAGMA busy_timeout = 5000',
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA secure_delete = ON',
  'PRAGMA trusted_schema = OFF',
];

/** Names of the pragmas whose read-back value differs from what the store requires. */
export function pragmaMismatches(actual: PragmaValues): PragmaName[] {
  return (Object.keys(REQUIRED_PRAGMAS) as PragmaName[]).filter((name) => {
    const want = REQUIRED_PRAGMAS[name];
    const got = actual[name];
    if (name === 'busy_timeout') return Number(got) < Number(want);
    return typeof want === 'string' ? String(got).toLowerCase() !== want : Number(got) !== want;
  });
}

export type Params = unknown[];
export interface RunResult {
  changes: number;
  lastID: number;
}

export interface Connection {
  readonly file: string;
  exec(sql: string): Promise<void>;
  run(sql: string, params?: Params): Promise<RunResult>;
  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | undefined>;
  /** Rows as arrays in SELECT column order; non-SELECT statements return their rows as given. */
  allArrays(sql: string, params?: Params): Promise<unknown[][]>;
  pragma(name: string): Promise<unknown>;
  backupTo(dest: string): Promise<void>;
  /** Replaces this database's content with the database in `source`, page by page, through the same backup API. */
  restoreFrom(source: string): Promise<void>;
  close(): Promise<void>;
}

/** The part of node-sqlite3's online backup API that its type declarations leave out. */
interface OnlineBackup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb: () => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
type BackupCapable = {
  backup(dest: string, cb: (err: Error | null) => void): OnlineBackup;
  backup(file: string, destName: string, sourceName: string, fileIsDest: boolean, cb: (err: Error | null) => void): OnlineBackup;
};

/** Runs an online backup to completion: every page in one step, retried shortly while the source is busy. */
function runBackup(start: (cb: (err: Error | null) => void) => OnlineBackup): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const backup = start((openErr) => {
      if (openErr) return reject(openErr);
      const step = () =>
        backup.step(-1, (err: Error | null) => {
          if (err) return backup.finish(() => reject(err));
          if (backup.completed) return backup.finish(() => resolve());
          if (backup.failed) return backup.finish(() => reject(new Error('backup failed')));
          setTimeout(step, 20); // source busy: try again shortly
        });
      step();
    });
  });
}

const SELECT_LIKE = /^\s*(select|with)\b/i;
const WIDTH_CACHE_LIMIT = 2000;

function promisify<T>(fn: (cb: (err: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
}

/** Maps low-level open errors to the store's typed errors; anything else passes through. */
function classifyOpenError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('DB_NOT_DATABASE');
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new AppError('DATA_DIR_UNAVAILABLE');
  }
  return err;
}

export interface OpenOptions {
  /** Create the file when it does not exist (the default). */
  create?: boolean;
  /** Refuse any statement that writes (`PRAGMA query_only`). */
  readOnly?: boolean;
}

export async function openConnection(file: string, options: OpenOptions = {}): Promise<Connection> {
  const mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_FULLMUTEX | (options.create === false ? 0 : sqlite3.OPEN_CREATE);
  let raw: sqlite3.Database;
  try {
    raw = await promisify<sqlite3.Database>((cb) => {
      const db: sqlite3.Database = new sqlite3.Database(file, mode, (err) => cb(err, db));
    });
  } catch (err) {
    throw classifyOpenError(err);
  }
  const conn = wrap(raw, file);
  try {
    for (const statement of SETUP_SQL) await conn.exec(statement);
    const actual = {} as PragmaValues;
    for (const name of Object.keys(REQUIRED_PRAGMAS) as PragmaName[]) {
      actual[name] = (await conn.pragma(name)) as string | number;
    }
    const wrong = pragmaMismatches(actual);
    if (wrong.length > 0) throw new AppError('DB_PRAGMA', `${new AppError('DB_PRAGMA').message}（${wrong.join('、')}）`);
    if (options.readOnly) await conn.exec('PRAGMA query_only = ON');
  } catch (err) {
    await conn.close().catch(() => undefined);
    throw classifyOpenError(err);
  }
  return conn;
}

function wrap(raw: sqlite3.Database, file: string): Connection {
  const widths = new Map<string, number>();

  const selectWidth = async (sql: string): Promise<number> => {
    let n = widths.get(sql);
    if (n === undefined) {
      const ops = await promisify<{ opcode: string; p2: number }[]>((cb) => raw.all(`EXPLAIN ${sql}`, cb));
      n = ops.find((op) => op.opcode === 'ResultRow')?.p2 ?? 0;
      if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
      widths.set(sql, n);
    }
    return n;
  };

  const conn: Connection = {
    file,
    exec: (sql) => promisify<void>((cb) => raw.exec(sql, (err) => cb(err))),
    run: (sql, params = []) =>
      new Promise<RunResult>((resolve, reject) =>
        raw.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes, lastID: this.lastID });
        }),
      ),
    all: <T>(sql: string, params: Params = []) => promisify<T[]>((cb) => raw.all(sql, params, cb)),
    get: <T>(sql: string, params: Params = []) => promisify<T | undefined>((cb) => raw.get(sql, params, cb)),
    async allArrays(sql, params = []) {
      if (!SELECT_LIKE.test(sql)) {
        const rows = await conn.all<Record<string, unknown>>(sql, params);
        return rows.map((r) => Object.values(r));
      }
      const n = await selectWidth(sql);
      if (n === 0) return [];
      const names = Array.from({ length: n }, (_, i) => `c${i}`);
      const rows = await conn.all<Record<string, unknown>>(
        `WITH _q(${names.join(',')}) AS (${sql}) SELECT * FROM _q`,
        params,
      );
      return rows.map((r) => names.map((name) => r[name]));
    },
    async pragma(name) {
      const row = await conn.get<Record<string, unknown>>(`PRAGMA ${name}`);
      return row ? Object.values(row)[0] : undefined;
    },
    backupTo: (dest) => runBackup((cb) => (raw as unknown as BackupCapable).backup(dest, cb)),
    restoreFrom: (source) => runBackup((cb) => (raw as unknown as BackupCapable).backup(source, 'main', 'main', false, cb)),
    close: () => promisify<void>((cb) => raw.close((err) => cb(err))),
  };
  return conn;
}
