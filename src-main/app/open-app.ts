import fs from 'node:fs';
import path from 'node:path';
import { createRegistry, type Registry } from '../api/registry';
import { backupStore, type BackupResult } from '../db/backup';
import { applyMigrations, loadMigrations, pendingMigrations, readSchemaState } from '../db/migrate';
import { openStore, type Store } from '../db/store';
import { AppError } from '../domain/errors';
import { systemClock, type Actor, type Clock, type ServiceContext } from '../services/context';
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
}

export interface AppInstance {
  paths: DataPaths;
  store: Store;
  log: Logger;
  registry: Registry;
  /** Migrations applied by this start, and the verified backup taken before them. */
  migrated: string[];
  preMigrationBackup: BackupResult | undefined;
  contextFor(user: Actor): ServiceContext;
  close(): Promise<void>;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

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
  const store = await openStore(paths.database);
  try {
    const migrations = loadMigrations(options.migrationsFolder);
    const state = await store.exclusive((w) => readSchemaState(w));
    const pending = pendingMigrations(state, migrations);
    let preMigrationBackup: BackupResult | undefined;
    if (pending.length > 0 && state.applied.length > 0) {
      const dest = path.join(paths.backups, `mediation-desk-${stamp(clock.now())}-before-v${migrations.length}.db`);
      preMigrationBackup = await backupStore(store, dest);
      log.info('db.pre-migration-backup', { file: dest, sha256: preMigrationBackup.sha256 });
    }
    const migrated = await store.exclusive((w) => applyMigrations(w, pending, () => clock.now().getTime()));
    if (migrated.length > 0) log.info('db.migrated', { migrations: migrated });
    const registry = createRegistry();
    return {
      paths,
      store,
      log,
      registry,
      migrated,
      preMigrationBackup,
      contextFor: (user) => ({ store, clock, user, paths, log, app: { version: options.version } }),
      close: () => store.close(),
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
