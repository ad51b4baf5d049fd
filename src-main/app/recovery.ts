import { createRegistry, type Registry } from '../api/registry';
import { errorBody } from '../api/errors';
import { loadMigrations } from '../db/migrate';
import type { Store } from '../db/store';
import { AppError, DatabaseDamagedError } from '../domain/errors';
import { systemClock, type Actor, type ServiceContext } from '../services/context';
import { dataPaths } from './data-dir';
import { createFileLogger } from './logger';
import { openApp, type AppInstance, type OpenAppOptions } from './open-app';

/**
 * What the window's hosts serve: the app, or — when the database fails its start-up check — the
 * recovery mode, which never opens the damaged file and offers only to restore a backup (the
 * damaged file is renamed aside unchanged); after a restore, the app proper.
 */
export interface ServedApp {
  registry: Pick<Registry, 'invoke'>;
  contextFor(user: Actor): ServiceContext;
  close(): Promise<void>;
}

/** All that recovery can do: say what is wrong, list and check the backups, restore one. */
const RECOVERY_METHODS = new Set(['system.recovery', 'backups.list', 'backups.inspect', 'backups.restore']);

/** The database is not open in recovery: any use of the store is refused. */
const closedStore = new Proxy({} as Store, {
  get: () => {
    throw new AppError('DB_DAMAGED');
  },
});

/** A context for the recovery mode (and the CLI's restore over a damaged database). */
export function recoveryContext(options: OpenAppOptions, user: Actor, problems: readonly string[]): ServiceContext {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const log = options.logger ?? createFileLogger(paths.logs, () => clock.now());
  return { store: closedStore, clock, user, paths, log, app: { version: options.version, migrations: loadMigrations(options.migrationsFolder) }, damaged: problems };
}

export async function openForWindow(options: OpenAppOptions): Promise<ServedApp> {
  let current: AppInstance | undefined;
  let problems: string[] = [];
  try {
    current = await openApp(options);
  } catch (err) {
    if (!(err instanceof DatabaseDamagedError)) throw err;
    problems = err.problems;
  }
  const recovery = createRegistry();
  let base: ServiceContext | undefined;
  return {
    registry: {
      invoke: async (ctx, name, input) => {
        if (current) return current.registry.invoke(ctx, name, input);
        if (!RECOVERY_METHODS.has(name)) return { ok: false, error: errorBody(new AppError('DB_DAMAGED')) };
        const envelope = await recovery.invoke(ctx, name, input);
        // restored: from the next call on, the app proper
        if (name === 'backups.restore' && envelope.ok) current = await openApp(options);
        return envelope;
      },
    },
    contextFor: (user) => {
      if (current) return current.contextFor(user);
      base ??= recoveryContext(options, user, problems); // one logger for the whole recovery
      return { ...base, user };
    },
    close: async () => {
      await current?.close();
    },
  };
}
