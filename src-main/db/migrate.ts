import fs from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../domain/errors';
import type { Connection } from './connection';

/**
 * Applies drizzle-kit migrations ourselves rather than through drizzle's proxy migrator, so that
 * each migration is one transaction with foreign keys off *outside* it (inside a transaction the
 * pragma is a no-op and a table rebuild would cascade-delete child rows), a foreign-key check
 * before COMMIT, and `user_version` bumped in the same transaction. The bookkeeping table is
 * drizzle's own `__drizzle_migrations`, so drizzle-kit tooling still recognises the database.
 */
export interface Migration {
  tag: string;
  statements: string[];
  hash: string;
}

const BOOKKEEPING_DDL =
  'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)';

export function loadMigrations(folder: string): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({
    tag: journal.entries[i]?.tag ?? `#${i}`,
    statements: m.sql.map((s) => s.trim()).filter((s) => s !== ''),
    hash: m.hash,
  }));
}

export interface SchemaState {
  /** Hashes of the migrations recorded in the database, oldest first. */
  applied: string[];
  /** Whether the database holds tables that are not ours (a foreign SQLite file). */
  foreign: boolean;
}

export async function readSchemaState(conn: Connection): Promise<SchemaState> {
  const tables = await conn.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const hasBookkeeping = tables.some((t) => t.name === '__drizzle_migrations');
  if (!hasBookkeeping) return { applied: [], foreign: tables.length > 0 };
  const rows = await conn.all<{ hash: string }>('SELECT hash FROM "__drizzle_migrations" ORDER BY id');
  return { applied: rows.map((r) => r.hash), foreign: false };
}

/** The migrations still to apply, after checking the database's history matches ours. */
export function pendingMigrations(state: SchemaState, migrations: Migration[]): Migration[] {
  if (state.foreign) throw new AppError('DB_NOT_DATABASE', '数据文件不是本程序的数据库，程序未对其做任何修改。请检查数据目录。');
  if (state.applied.length > migrations.length) throw new AppError('DB_NEWER_SCHEMA');
  state.applied.forEach((hash, i) => {
    if (migrations[i]?.hash !== hash) throw new AppError('DB_SCHEMA_MISMATCH');
  });
  return migrations.slice(state.applied.length);
}

/** Applies `pending` one transaction each; a failure rolls that migration back and stops. */
export async function applyMigrations(conn: Connection, pending: Migration[], now: () => number): Promise<string[]> {
  const done: string[] = [];
  for (const m of pending) {
    await conn.exec('PRAGMA foreign_keys = OFF');
    try {
      await conn.exec('BEGIN IMMEDIATE');
      try {
        await conn.exec(BOOKKEEPING_DDL);
        for (const statement of m.statements) await conn.exec(statement);
        const violations = await conn.all('PRAGMA foreign_key_check');
        if (violations.length > 0) throw new Error(`foreign_key_check failed after ${m.tag}`);
        await conn.run('INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)', [m.hash, now()]);
        const count = await conn.get<{ n: number }>('SELECT count(*) AS n FROM "__drizzle_migrations"');
        await conn.exec(`PRAGMA user_version = ${Number(count?.n ?? 0)}`);
        await conn.exec('COMMIT');
      } catch (err) {
        await conn.exec('ROLLBACK').catch(() => undefined);
        throw Object.assign(new AppError('MIGRATION_FAILED'), { cause: err });
      }
    } finally {
      await conn.exec('PRAGMA foreign_keys = ON');
    }
    done.push(m.tag);
  }
  return done;
}
