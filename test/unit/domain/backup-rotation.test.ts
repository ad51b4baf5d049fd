import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToRemove, dailyBackupDue, type BackupEntry } from '../../../src-main/domain/backup-rotation';

const entry = (hour: number): BackupEntry => ({
  file: `b-${String(hour).padStart(4, '0')}.db`,
  sha256: 'a'.repeat(64),
  bytes: 1,
  createdAt: new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString(),
  reason: 'daily',
  schemaVersion: 19,
  appVersion: '0.1.0',
  counts: { cases: 0, documents: 0, files: 0, auditRows: 0 },
});

describe('backup rotation', () => {
  it('removes all but the newest N, yet never the last backup that still verifies', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), fc.func(fc.boolean()), (hours, keep, good) => {
        const entries = hours.map(entry);
        const verifies = (e: BackupEntry) => good(e.file);
        const removed = backupsToRemove(entries, keep, verifies);
        const remaining = entries.filter((e) => !removed.includes(e));
        const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        // the newest N always stay, and at most one more
        expect(remaining).toEqual(expect.arrayContaining(newestFirst.slice(0, keep)));
        expect(remaining.length).toBeLessThanOrEqual(Math.min(entries.length, keep + 1));
        // something that verifies remains whenever anything verified
        if (entries.some(verifies)) expect(remaining.some(verifies)).toBe(true);
        // and when one more stays, it is the newest that verifies
        if (remaining.length > keep) expect(remaining.find((e) => !newestFirst.slice(0, keep).includes(e))).toBe(newestFirst.find(verifies));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an older good backup when the newest ones no longer verify', () => {
    const entries = [entry(1), entry(2), entry(3), entry(4)];
    const removed = backupsToRemove(entries, 2, (e) => e.file === entry(2).file);
    expect(removed.map((e) => e.file)).toEqual([entry(1).file]);
  });

  it('is due a daily backup 24 hours after the last one, or when there is none', () => {
    expect(dailyBackupDue([], new Date())).toBe(true);
    const last = entry(10);
    expect(dailyBackupDue([last], new Date(Date.parse(last.createdAt) + 23 * 3_600_000))).toBe(false);
    expect(dailyBackupDue([last], new Date(Date.parse(last.createdAt) + 24 * 3_600_000))).toBe(true);
  });
});
