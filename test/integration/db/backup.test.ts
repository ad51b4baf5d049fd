import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupStore } from '../../../src-main/db/backup';
import { logicalDump } from '../../support/dump';
import { openTestApp, operatorContext, sampleOrganization, tempDir } from '../../support/temp';

describe('online backup', () => {
  it('writes a verified, self-contained copy with the same content and its SHA-256', async () => {
    const app = await openTestApp();
    await app.registry.invoke(operatorContext(app), 'setup.complete', { organization: sampleOrganization, mediators: [{ name: '陈静', mediatorNo: 'ZZ-IP-007' }] });
    const dest = path.join(tempDir(), 'copy.db');
    const result = await backupStore(app.store, dest);
    expect(result.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(dest)).digest('hex'));
    expect(result.tables).toMatchObject({ organization: 1, mediators: 1, audit_log: 2 });
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['copy.db']); // no temp, journal or WAL left beside it
    expect((await logicalDump(dest)).rows).toEqual((await logicalDump(app.paths.database)).rows);
    await app.close();
  });

  it('never overwrites an existing file', async () => {
    const app = await openTestApp();
    const dest = path.join(tempDir(), 'taken.db');
    fs.writeFileSync(dest, 'keep me');
    await expect(backupStore(app.store, dest)).rejects.toMatchObject({ code: 'BACKUP_FAILED' });
    expect(fs.readFileSync(dest, 'utf8')).toBe('keep me');
    await app.close();
  });
});
