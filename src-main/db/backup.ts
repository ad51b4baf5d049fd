import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { AppError } from '../domain/errors';
import type { Connection } from './connection';
import type { Store } from './store';

/**
 * Online backups through SQLite's backup API (never a file copy of a live database), each
 * verified before it is kept: integrity_check on the copy, the same row count in every table,
 * and its SHA-256. A backup never overwrites an existing file.
 */
export interface BackupResult {
  file: string;
  sha256: string;
  bytes: number;
  tables: Record<string, number>;
}

export async function tableCounts(conn: Connection): Promise<Record<string, number>> {
  const tables = await conn.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = await conn.get<{ n: number }>(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

function call<T>(fn: (cb: (err: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
}

/** Makes a finished copy self-contained (rollback journal), then checks it: sound, and every table with the rows the source had. */
async function verifyCopy(file: string, expected: Record<string, number>): Promise<boolean> {
  const db = await call<sqlite3.Database>((cb) => {
    const d: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => cb(err, d));
  });
  try {
    await call<void>((cb) => db.exec('PRAGMA journal_mode = DELETE', (err) => cb(err)));
  } finally {
    await call<void>((cb) => db.close((err) => cb(err)));
  }
  const report = await inspectDatabaseFile(file);
  return report.problems.length === 0 && Object.entries(expected).every(([table, n]) => report.tables[table] === n);
}

export interface DatabaseFileReport {
  /** `integrity_check`'s findings; empty when the file is sound. */
  problems: string[];
  schemaVersion: number;
  tables: Record<string, number>;
}

/** Reads a database file without changing it (read-only, no journal written): its integrity, schema version and row counts. */
export async function inspectDatabaseFile(file: string): Promise<DatabaseFileReport> {
  const db = await call<sqlite3.Database>((cb) => {
    const d: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => cb(err, d));
  });
  try {
    const check = await call<{ integrity_check: string }[]>((cb) => db.all('PRAGMA integrity_check', cb));
    const problems = check.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    const version = await call<{ user_version: number }>((cb) => db.get('PRAGMA user_version', cb));
    const names = await call<{ name: string }[]>((cb) => db.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", cb));
    const tables: Record<string, number> = {};
    for (const { name } of names) {
      const row = await call<{ n: number }>((cb) => db.get(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`, cb));
      tables[name] = Number(row?.n ?? 0);
    }
    return { problems, schemaVersion: Number(version?.user_version ?? 0), tables };
  } finally {
    await call<void>((cb) => db.close((err) => cb(err)));
  }
}

export type FileCheck = { ok: true } | { ok: false; code: 'DB_NOT_DATABASE' | 'DB_DAMAGED'; problems: string[] };

/**
 * `PRAGMA quick_check` at start-up, through a read-only connection, before anything opens the
 * file for writing: a damaged database is found without a byte of it changed.
 */
export async function quickCheckFile(file: string): Promise<FileCheck> {
  const code = (err: unknown) => (err as { code?: string }).code;
  let db: sqlite3.Database;
  try {
    db = await call<sqlite3.Database>((cb) => {
      const d: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => cb(err, d));
    });
  } catch {
    return { ok: true }; // cannot be read at all (permissions): opening the store says why
  }
  try {
    const rows = await call<{ quick_check: string }[]>((cb) => db.all('PRAGMA quick_check(20)', cb));
    const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
    return problems.length === 0 ? { ok: true } : { ok: false, code: 'DB_DAMAGED', problems };
  } catch (err) {
    if (code(err) === 'SQLITE_NOTADB') return { ok: false, code: 'DB_NOT_DATABASE', problems: ['不是有效的数据库文件'] };
    if (code(err) === 'SQLITE_CORRUPT') return { ok: false, code: 'DB_DAMAGED', problems: ['数据库文件已损坏（database disk image is malformed）'] };
    throw err;
  } finally {
    await call<void>((cb) => db.close((err) => cb(err)));
  }
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } catch {
    // directories cannot be fsynced on every platform (Windows); the file itself was synced
  } finally {
    fs.closeSync(fd);
  }
}

/** Backs the store up to `dest`, which must not exist yet. */
export function backupStore(store: Store, dest: string): Promise<BackupResult> {
  return store.exclusive(async (writer) => {
    if (fs.existsSync(dest)) throw new AppError('BACKUP_FAILED', '备份目标文件已存在，为免覆盖已停止备份。');
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    const temp = `${dest}.${crypto.randomBytes(4).toString('hex')}.partial`;
    try {
      await writer.backupTo(temp);
      const tables = await tableCounts(writer);
      if (!(await verifyCopy(temp, tables))) throw new AppError('BACKUP_VERIFY_FAILED');
      fsyncPath(temp);
      fs.linkSync(temp, dest); // fails rather than overwrite if dest appeared meanwhile
      fsyncPath(path.dirname(dest));
      return { file: dest, sha256: sha256File(dest), bytes: fs.statSync(dest).size, tables };
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw Object.assign(new AppError('BACKUP_FAILED'), { cause: err });
    } finally {
      fs.rmSync(temp, { force: true });
      fs.rmSync(`${temp}-journal`, { force: true });
    }
  });
}
