import fs from 'node:fs';
import { storedFiles } from '../db/schema';
import type { ServiceContext } from './context';
import { sha256Of, storedPath } from './file-store';

export interface AboutInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  databaseBytes: number;
  schemaVersion: number;
}

/** The size on disk includes the write-ahead log, which holds recent commits until checkpointed. */
function bytesOnDisk(file: string): number {
  return [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

export async function aboutSystem(ctx: ServiceContext): Promise<AboutInfo> {
  return {
    version: ctx.app.version,
    dataDir: ctx.paths.dataDir,
    databaseFile: ctx.paths.database,
    databaseBytes: bytesOnDisk(ctx.paths.database),
    schemaVersion: Number(await ctx.store.reader.pragma('user_version')),
  };
}

/** `PRAGMA integrity_check` on the reader connection: it reads only and never blocks writes. */
export async function checkIntegrity(ctx: ServiceContext): Promise<{ ok: boolean; problems: string[] }> {
  const rows = await ctx.store.reader.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  return { ok: problems.length === 0, problems };
}

/** Every file in the file store present with the bytes its hash names (read one at a time; files are at most 20 MB). */
export async function checkStoredFiles(ctx: ServiceContext): Promise<{ ok: boolean; problems: string[]; files: number }> {
  const rows = await ctx.store.db.select({ sha256: storedFiles.sha256 }).from(storedFiles);
  const problems: string[] = [];
  for (const { sha256 } of rows) {
    const file = storedPath(ctx, sha256);
    if (!fs.existsSync(file)) problems.push(`文件 ${sha256.slice(0, 12)}… 缺失`);
    else if (sha256Of(fs.readFileSync(file)) !== sha256) problems.push(`文件 ${sha256.slice(0, 12)}… 的内容与校验值不符`);
  }
  return { ok: problems.length === 0, problems, files: rows.length };
}
