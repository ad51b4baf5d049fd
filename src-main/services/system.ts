import fs from 'node:fs';
import type { ServiceContext } from './context';

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
