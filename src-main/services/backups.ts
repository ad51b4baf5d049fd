import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from '../app/durable-file';
import { backupStore, inspectDatabaseFile, sha256File, type BackupResult } from '../db/backup';
import { applyMigrations, pendingMigrations, readSchemaState } from '../db/migrate';
import { openStore, type Store } from '../db/store';
import {
  BACKUP_REASONS,
  backupManifestSchema,
  backupPolicySchema,
  backupsToRemove,
  DEFAULT_BACKUP_POLICY,
  type BackupEntry,
  type BackupManifest,
  type BackupPolicy,
  type BackupReason,
} from '../domain/backup-rotation';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { writeUnit, type ServiceContext } from './context';
import { readSetting, writeSetting } from './settings-store';

/**
 * Backups of the database in the data folder's `backups` (each made through the online backup
 * API and verified, listed with its SHA-256 and what it holds in `manifest.json`, rotated by the
 * office's policy), a backup to any file (a USB stick), and restoring one: checked first, the
 * data as it stands backed up before, then the backup's pages copied in and brought up to date.
 */
const MANIFEST = 'manifest.json';
const POLICY_KEY = 'backup.policy';

export type BackupCounts = BackupEntry['counts'];

const countsOf = (tables: Record<string, number>): BackupCounts => ({
  cases: tables.cases ?? 0,
  documents: tables.generated_documents ?? 0,
  files: tables.stored_files ?? 0,
  auditRows: tables.audit_log ?? 0,
});

function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST);
  if (!fs.existsSync(file)) return { format: 'mediation-desk-backups/1', backups: [] };
  // an unreadable manifest lists nothing, so rotation removes nothing
  const parsed = backupManifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : { format: 'mediation-desk-backups/1', backups: [] };
}

const writeManifest = (folder: string, m: BackupManifest) => writeFileDurable(path.join(folder, MANIFEST), `${JSON.stringify(m, null, 2)}\n`);

/** Still on disk with the bytes it was made with. */
const verifiesOnDisk = (folder: string) => (e: BackupEntry) => {
  const file = path.join(folder, e.file);
  return fs.existsSync(file) && sha256File(file) === e.sha256;
};

export async function backupPolicy(ctx: Pick<ServiceContext, 'store'>): Promise<BackupPolicy> {
  return (await readSetting(ctx.store.db, POLICY_KEY, backupPolicySchema, DEFAULT_BACKUP_POLICY)).value;
}

export function saveBackupPolicy(ctx: ServiceContext, policy: BackupPolicy): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await backupPolicy(ctx);
    await writeSetting(tx, POLICY_KEY, policy, chinaTimestamp(ctx.clock.now()));
    audit({ action: 'settings.updateBackupPolicy', entity: 'settings', entityId: POLICY_KEY, before, after: policy });
  });
}

/** `20261125-093000`, China time: how backup and kept-aside files are dated in their names. */
const fileStamp = (at: Date) => chinaTimestamp(at).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

/** A name no backup in the folder has: `mediation-desk-20261125-093000-manual.db`. */
function freshName(folder: string, at: Date, reason: BackupReason): string {
  const stamp = fileStamp(at);
  for (let n = 1; ; n += 1) {
    const name = `mediation-desk-${stamp}-${reason}${n > 1 ? `-${n}` : ''}.db`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

const auditBackup = (ctx: ServiceContext, action: string, entityId: string, after: object) =>
  writeUnit(ctx, async (_tx, audit) => audit({ action, entity: 'backup', entityId, after }));

/** What making a backup needs: the store, its folder, the clock, the version — no user (a backup before migrating is made before anyone acts). */
export type BackupContext = Pick<ServiceContext, 'store' | 'paths' | 'clock' | 'app' | 'log'>;

/**
 * Makes a verified backup in the backups folder, lists it in the manifest and rotates the folder.
 * Not audited here: the backup before a migration is made while the schema is still the old one.
 */
export async function backUpToFolder(ctx: BackupContext, reason: BackupReason): Promise<{ entry: BackupEntry; removed: string[] }> {
  const folder = ctx.paths.backups;
  fs.mkdirSync(folder, { recursive: true });
  const at = ctx.clock.now();
  const name = freshName(folder, at, reason);
  const result = await backupStore(ctx.store, path.join(folder, name));
  const entry: BackupEntry = {
    file: name,
    sha256: result.sha256,
    bytes: result.bytes,
    createdAt: chinaTimestamp(at),
    reason,
    schemaVersion: Number(await ctx.store.reader.pragma('user_version')),
    appVersion: ctx.app.version,
    counts: countsOf(result.tables),
  };
  const listed = [...readManifest(folder).backups, entry];
  const removed = backupsToRemove(listed, (await backupPolicy(ctx)).keep, verifiesOnDisk(folder));
  writeManifest(folder, { format: 'mediation-desk-backups/1', backups: listed.filter((e) => !removed.includes(e)) });
  for (const old of removed) fs.rmSync(path.join(folder, old.file), { force: true });
  ctx.log.info('backup.made', { file: name, reason, removed: removed.length });
  return { entry, removed: removed.map((e) => e.file) };
}

/** A backup in the backups folder, audited. */
export async function makeBackup(ctx: ServiceContext, reason: BackupReason): Promise<BackupEntry> {
  const { entry, removed } = await backUpToFolder(ctx, reason);
  await auditBackup(ctx, 'backup.make', entry.file, { reason, sha256: entry.sha256, bytes: entry.bytes, removed });
  return entry;
}

/** A verified backup written to a file of the user's choosing (outside the rotation); the file must not exist yet. */
export async function backupToFile(ctx: ServiceContext, dest: string): Promise<BackupResult & { counts: BackupCounts }> {
  const result = await backupStore(ctx.store, dest);
  await auditBackup(ctx, 'backup.make', path.basename(dest), { reason: 'copy', sha256: result.sha256, bytes: result.bytes });
  return { ...result, counts: countsOf(result.tables) };
}

export interface ListedBackup extends BackupEntry {
  reasonLabel: string;
  /** The file is still in the folder. */
  present: boolean;
}

/** The backups in the folder, newest first. */
export function listBackups(ctx: ServiceContext): ListedBackup[] {
  const folder = ctx.paths.backups;
  return readManifest(folder)
    .backups.map((e) => ({ ...e, reasonLabel: BACKUP_REASONS[e.reason], present: fs.existsSync(path.join(folder, e.file)) }))
    .reverse() // made in the same second: the one listed later is the newer
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A listed backup's bytes to copy away (a USB stick); the copy is audited, as any export is. */
export async function backupForCopy(ctx: ServiceContext, name: string): Promise<Buffer> {
  const data = fs.readFileSync(listedBackupPath(ctx, name));
  await auditBackup(ctx, 'backup.copy', name, { bytes: data.byteLength });
  return data;
}

/** A backup named by the list (its file name in the backups folder), as a path; never anything outside the folder. */
export function listedBackupPath(ctx: ServiceContext, name: string): string {
  const entry = readManifest(ctx.paths.backups).backups.find((e) => e.file === name);
  if (!entry) throw new AppError('NOT_FOUND', '备份清单中没有这份备份。');
  return path.join(ctx.paths.backups, entry.file);
}

export interface BackupInspection {
  file: string;
  ok: boolean;
  problems: string[];
  sha256: string;
  schemaVersion: number;
  counts: BackupCounts;
  /** When it was made, from the manifest; null for a file the folder does not list. */
  createdAt: string | null;
}

/** What a restore would bring back, and whether it can: the file sound, our database, not from a newer version, and as the manifest recorded it. */
export async function inspectBackup(ctx: Pick<ServiceContext, 'paths' | 'app'>, file: string): Promise<BackupInspection> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('NOT_FOUND', '找不到备份文件，请检查路径或U盘是否已插好。');
  const sha256 = sha256File(file);
  const listed = path.dirname(path.resolve(file)) === path.resolve(ctx.paths.backups) ? readManifest(ctx.paths.backups).backups.find((e) => e.file === path.basename(file)) : undefined;
  const problems: string[] = [];
  let report: Awaited<ReturnType<typeof inspectDatabaseFile>> = { problems: [], schemaVersion: 0, tables: {} };
  try {
    report = await inspectDatabaseFile(file);
  } catch {
    problems.push('该文件不是有效的数据库备份');
  }
  problems.push(...report.problems.slice(0, 5));
  if (problems.length === 0 && !('cases' in report.tables && 'audit_log' in report.tables)) problems.push('该文件不是本程序的数据库备份');
  if (report.schemaVersion > ctx.app.migrations.length) problems.push('该备份由更新版本的程序制作，请先升级本程序');
  if (listed && listed.sha256 !== sha256) problems.push('备份文件与备份清单记录的校验值不符，文件可能已损坏或被改动');
  return { file: path.basename(file), ok: problems.length === 0, problems, sha256, schemaVersion: report.schemaVersion, counts: countsOf(report.tables), createdAt: listed?.createdAt ?? null };
}

/** The backup's pages copied into the store, and a backup from an earlier version brought up to date. */
async function copyIn(ctx: ServiceContext, store: Store, file: string): Promise<void> {
  await store.exclusive(async (w) => {
    await w.restoreFrom(file);
    await applyMigrations(w, pendingMigrations(await readSchemaState(w), [...ctx.app.migrations]), () => ctx.clock.now().getTime());
  });
}

export interface Restored {
  restored: BackupInspection;
  /** The data as it stood, backed up before the restore; null when it was damaged (kept aside instead). */
  preRestore: BackupEntry | null;
  /** In recovery: the damaged database's new name in the data folder, its bytes unchanged. */
  damagedKeptAs: string | null;
}

async function checkedForRestore(ctx: ServiceContext, file: string): Promise<BackupInspection> {
  const inspection = await inspectBackup(ctx, file);
  if (!inspection.ok) throw new AppError('RESTORE_REFUSED', `${inspection.problems.join('；')}。当前数据未改变。`);
  return inspection;
}

/**
 * Restores a backup over the data as it stands: checked, the present data backed up first
 * (`pre-restore`), the backup's pages copied in through the backup API, migrations applied to a
 * backup from an earlier version, and the restore audited in the restored database.
 */
async function restoreOverCurrent(ctx: ServiceContext, file: string): Promise<Restored> {
  const inspection = await checkedForRestore(ctx, file);
  const preRestore = await makeBackup(ctx, 'pre-restore');
  // the file may sit on a stick that was written to meanwhile: restore only the bytes inspected
  if (sha256File(file) !== inspection.sha256) throw new AppError('RESTORE_REFUSED', '备份文件在检查后被改动，已停止恢复。当前数据未改变。');
  await copyIn(ctx, ctx.store, file);
  await auditBackup(ctx, 'backup.restore', inspection.file, { sha256: inspection.sha256, counts: inspection.counts, preRestore: preRestore.file });
  ctx.log.info('backup.restored', { file: inspection.file, preRestore: preRestore.file });
  return { restored: inspection, preRestore, damagedKeptAs: null };
}

/**
 * In recovery: the damaged database (with its journal files) is renamed aside, its bytes
 * unchanged, and the backup restored into a new database in its place.
 */
async function restoreOverDamaged(ctx: ServiceContext, file: string): Promise<Restored> {
  const inspection = await checkedForRestore(ctx, file);
  const database = ctx.paths.database;
  const keptAs = `${path.basename(database)}.damaged-${fileStamp(ctx.clock.now())}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, path.join(path.dirname(database), keptAs + suffix));
  }
  const store = await openStore(database);
  try {
    await copyIn(ctx, store, file);
    await auditBackup({ ...ctx, store }, 'backup.restore', inspection.file, { sha256: inspection.sha256, counts: inspection.counts, damagedKeptAs: keptAs, problems: ctx.damaged });
  } finally {
    await store.close();
  }
  ctx.log.info('backup.restored-over-damaged', { file: inspection.file, damagedKeptAs: keptAs });
  return { restored: inspection, preRestore: null, damagedKeptAs: keptAs };
}

/** Restores a backup: over the present data, or in recovery over the damaged database. */
export const restoreBackup = (ctx: ServiceContext, file: string): Promise<Restored> => (ctx.damaged ? restoreOverDamaged(ctx, file) : restoreOverCurrent(ctx, file));
