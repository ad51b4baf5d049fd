import { z } from 'zod';

/**
 * The backups folder's manifest and its rotation. Every backup listed was verified when made
 * (integrity check, row counts, SHA-256); rotation keeps the newest N and never removes the last
 * one that still verifies on disk, whatever N says.
 */
export const BACKUP_REASONS = {
  manual: '手动备份',
  daily: '每日自动备份',
  exit: '退出时备份',
  'pre-migration': '升级前备份',
  'pre-restore': '恢复前备份',
} as const;
export type BackupReason = keyof typeof BACKUP_REASONS;

export const backupEntrySchema = z.object({
  /** The file's name inside the backups folder. */
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** When it was made, China time with offset. */
  createdAt: z.string(),
  reason: z.enum(Object.keys(BACKUP_REASONS) as [BackupReason, ...BackupReason[]]),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  /** What it holds, shown before a restore. */
  counts: z.object({ cases: z.number().int(), documents: z.number().int(), files: z.number().int(), auditRows: z.number().int() }),
});
export type BackupEntry = z.output<typeof backupEntrySchema>;

export const backupManifestSchema = z.object({
  format: z.literal('mediation-desk-backups/1'),
  backups: z.array(backupEntrySchema),
});
export type BackupManifest = z.output<typeof backupManifestSchema>;

export const backupPolicySchema = z.object({
  /** How many backups the folder keeps. */
  keep: z.number({ error: '保留份数应为数字' }).int('保留份数应为整数').min(3, '至少保留3份备份').max(100, '最多保留100份备份'),
  /** A backup each day the app is open, and one on closing it. */
  automatic: z.boolean({ error: '自动备份应为是或否' }),
});
export type BackupPolicy = z.output<typeof backupPolicySchema>;
export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 10, automatic: true };

/**
 * The backups to delete: all but the newest `keep`, except that the newest backup which still
 * verifies stays when none of the kept ones does (a damaged or missing newest copy must not cost
 * the last good one).
 */
export function backupsToRemove(entries: readonly BackupEntry[], keep: number, verifies: (e: BackupEntry) => boolean): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
  const kept = newestFirst.slice(0, keep);
  const rest = newestFirst.slice(keep);
  if (kept.some(verifies)) return rest;
  const lastGood = rest.find(verifies);
  return rest.filter((e) => e !== lastGood);
}

/** A daily backup is due when none was made in the last 24 hours. */
export function dailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  const newest = entries.reduce<number>((t, e) => Math.max(t, Date.parse(e.createdAt)), 0);
  return now.getTime() - newest >= 24 * 60 * 60 * 1000;
}
