import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, pragmaMismatches, REQUIRED_PRAGMAS, type PragmaName } from '../../../src-main/db/connection';
import { openStore } from '../../../src-main/db/store';
import { tempDir } from '../../support/temp';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('connection settings (reliability #11)', () => {
  it('sets and reads back every required pragma', async () => {
    const conn = await openConnection(path.join(tempDir(), 'a.db'));
    expect(await conn.pragma('journal_mode')).toBe('wal');
    expect(await conn.pragma('synchronous')).toBe(2);
    expect(await conn.pragma('foreign_keys')).toBe(1);
    expect(await conn.pragma('secure_delete')).toBe(1);
    expect(await conn.pragma('trusted_schema')).toBe(0);
    expect(Number(await conn.pragma('busy_timeout'))).toBeGreaterThanOrEqual(5000);
    await conn.close();
  });

  it('applies the same settings to both connections of the store', async () => {
    const store = await openStore(path.join(tempDir(), 'b.db'));
    for (const name of Object.keys(REQUIRED_PRAGMAS) as PragmaName[]) {
      expect(pragmaMismatches({ ...REQUIRED_PRAGMAS, [name]: await store.reader.pragma(name) } as never)).toEqual([]);
    }
    await store.close();
  });

  it.each(Object.keys(REQUIRED_PRAGMAS) as PragmaName[])('flags %s when its read-back value differs', (name) => {
    const wrong = { journal_mode: 'delete', synchronous: 1, foreign_keys: 0, secure_delete: 0, trusted_schema: 1, busy_timeout: 0 }[name];
    expect(pragmaMismatches({ ...REQUIRED_PRAGMAS, [name]: wrong })).toEqual([name]);
  });

  it('refuses a database that cannot keep the settings (an in-memory one has no WAL)', async () => {
    await expect(openConnection(':memory:')).rejects.toMatchObject({ code: 'DB_PRAGMA', message: expect.stringContaining('journal_mode') });
  });

  it('refuses a file that is not a database and leaves it byte for byte', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('这不是数据库。'), crypto.randomBytes(8192)]));
    const before = sha(file);
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DB_NOT_DATABASE' });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['notes.db']);
  });
});
