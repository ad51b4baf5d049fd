import path from 'node:path';
import { backupToFile, makeBackup, restoreBackup, type BackupCounts } from '../../services/backups';
import type { ServiceContext } from '../../services/context';
import { checkIntegrity, checkStoredFiles } from '../../services/system';
import { CliUsageError, EXIT_FAILURE, requireOutputFolder, type Output } from '../io';

/** `backup [--out FILE]`, `restore FILE` and `check` of `../shared/spec/cli.md`. */

const holding = (c: BackupCounts) => `案件${c.cases}件，文书${c.documents}份，文件${c.files}个`;

/** Into the backups folder (listed, rotated), or to a file of one's own such as on a USB stick. */
export async function runBackup(ctx: ServiceContext, out: Output, file?: string): Promise<void> {
  if (file) {
    requireOutputFolder(file);
    const made = await backupToFile(ctx, file);
    out.say(`已备份并校验（${holding(made.counts)}）→ ${made.file}\nSHA-256：${made.sha256}`);
    out.result({ file: made.file, sha256: made.sha256, bytes: made.bytes, counts: made.counts });
    return;
  }
  const entry = await makeBackup(ctx, 'manual');
  const where = path.join(ctx.paths.backups, entry.file);
  out.say(`已备份并校验（${holding(entry.counts)}）→ ${where}\nSHA-256：${entry.sha256}`);
  out.result({ file: where, sha256: entry.sha256, bytes: entry.bytes, counts: entry.counts });
}

/** Over the present data (backed up first), or over a damaged database (renamed aside, unchanged). */
export async function runRestore(ctx: ServiceContext, positionals: string[], out: Output): Promise<void> {
  if (positionals.length !== 1) throw new CliUsageError('请指定一个备份文件：restore 备份文件');
  const { restored, preRestore, damagedKeptAs } = await restoreBackup(ctx, path.resolve(positionals[0] as string));
  const before = preRestore ? `恢复前的数据已备份为 ${preRestore.file}` : `损坏的数据库已改名保留为 ${damagedKeptAs}`;
  out.say(`已从 ${restored.file} 恢复（${holding(restored.counts)}）。${before}。`);
  out.result({
    restored: restored.file,
    sha256: restored.sha256,
    counts: restored.counts,
    ...(preRestore ? { preRestoreBackup: path.join(ctx.paths.backups, preRestore.file) } : { damagedKeptAs: path.join(ctx.paths.dataDir, damagedKeptAs ?? '') }),
  });
}

/** `PRAGMA integrity_check` and every stored file against its hash; exit status 1 when anything is wrong. */
export async function runCheck(ctx: ServiceContext, out: Output): Promise<number> {
  const db = await checkIntegrity(ctx);
  const files = await checkStoredFiles(ctx);
  const problems = [...db.problems, ...files.problems];
  out.result({ ok: problems.length === 0, problems });
  if (problems.length === 0) {
    out.say(`数据库完整性检查通过，${files.files}个文件校验无误。`);
    return 0;
  }
  out.say(`发现${problems.length}处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return EXIT_FAILURE;
}
