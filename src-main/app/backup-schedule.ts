import { dailyBackupDue } from '../domain/backup-rotation';
import { backupPolicy, listBackups, makeBackup } from '../services/backups';
import type { Actor, ServiceContext } from '../services/context';

/** Who the audit trail names for the backups the app makes by itself. */
export const BACKUP_ACTOR: Actor = { id: 'automatic-backup', name: '自动备份', roles: ['admin'] };

export interface BackupSchedule {
  /** Stops the timer and, when the policy says so, makes the backup on closing. */
  stop(): Promise<void>;
}

/**
 * The office's automatic backups while the window is open: one a day (looked for at start and
 * every hour — a workstation left on over night gets its next one) and one on closing. A failed
 * backup is logged and the app goes on; backups run one at a time.
 */
export function startBackupSchedule(ctx: ServiceContext, everyMs = 60 * 60 * 1000): BackupSchedule {
  let queue: Promise<void> = Promise.resolve();
  const attempt = (reason: 'daily' | 'exit', due: () => boolean) => {
    queue = queue.then(async () => {
      try {
        if ((await backupPolicy(ctx)).automatic && due()) await makeBackup(ctx, reason);
      } catch (err) {
        ctx.log.error('backup.automatic-failed', { reason, error: err instanceof Error ? err.message : String(err) });
      }
    });
    return queue;
  };
  const daily = () => attempt('daily', () => dailyBackupDue(listBackups(ctx), ctx.clock.now()));
  void daily();
  const timer = setInterval(() => void daily(), everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await attempt('exit', () => true);
    },
  };
}
