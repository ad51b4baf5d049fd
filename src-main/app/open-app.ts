import fs from 'node:fs';
import { createRegistry, type Registry } from '../api/registry';
import { applyMigrations, loadMigrations, pendingMigrations, readSchemaState } from '../db/migrate';
import { openStore, type Store } from '../db/store';
import { quickCheckFile } from '../db/backup';
import { AppError, DatabaseDamagedError } from '../domain/errors';
import type { BackupEntry } from '../domain/backup-rotation';
import { backUpToFolder } from '../services/backups';
import { systemClock, type Actor, type Clock, type ServiceContext } from '../services/context';
import { BACKUP_ACTOR, startBackupSchedule } from './backup-schedule';
import { dataPaths, type DataPaths } from './data-dir';
import { createFileLogger, type Logger } from './logger';

/** Until accounts exist, the person at the workstation acts through this identity. */
export const LOCAL_OPERATOR: Actor = { id: 'local-operator', name: '本机操作员', roles: ['admin', 'mediator', 'clerk'] };

export interface OpenAppOptions {
  dataDir: string;
  migrationsFolder: string;
  version: string;
  clock?: Clock;
  logger?: Logger;
  /** The window's hosts (browser mode, Electron): daily backups and one on closing, as the office's policy says. Not for the CLI or tests. */
  automaticBackups?: boolean;
}

export interface AppInstance {
  paths: DataPaths;
  store: Store;
  log: Logger;
  registry: Registry;
  /** Migrations applied by this start, and the verified backup taken before them. */
  migrated: string[];
  preMigrationBackup: BackupEntry | undefined;
  contextFor(user: Actor): ServiceContext;
  close(): Promise<void>;
}

function ensureDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw Object.assign(new AppError('DATA_DIR_UNAVAILABLE'), { cause: err });
  }
}

/**
 * Opens the data folder: the database (created if absent), migrations applied after a
 * verified backup of an existing database, and the registry with a context factory.
 */
export async function openApp(options: OpenAppOptions): Promise<AppInstance> {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  ensureDataDir(paths.dataDir);
  const log = options.logger ?? createFileLogger(paths.logs, () => clock.now());
  // checked read-only before anything opens it for writing, so a damaged file stays exactly as it was
  if (fs.existsSync(paths.database)) {
    const check = await quickCheckFile(paths.database);
    if (!check.ok) throw new DatabaseDamagedError(check.code, check.problems);
  }
  const store = await openStore(paths.database);
  try {
    const migrations = loadMigrations(options.migrationsFolder);
    const app = { version: options.version, migrations };
    const state = await store.exclusive((w) => readSchemaState(w));
    const pending = pendingMigrations(state, migrations);
    let preMigrationBackup: BackupEntry | undefined;
    if (pending.length > 0 && state.applied.length > 0) {
      preMigrationBackup = (await backUpToFolder({ store, paths, clock, log, app }, 'pre-migration')).entry;
    }
    const migrated = await store.exclusive((w) => applyMigrations(w, pending, () => clock.now().getTime()));
    if (migrated.length > 0) log.info('db.migrated', { migrations: migrated });
    const registry = createRegistry();
    const contextFor = (user: Actor): ServiceContext => ({ store, clock, user, paths, log, app });
    const schedule = options.automaticBackups ? startBackupSchedule(contextFor(BACKUP_ACTOR)) : undefined;
    return {
      paths,
      store,
      log,
      registry,
      migrated,
      preMigrationBackup,
      contextFor,
      close: async () => {
        await schedule?.stop();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
