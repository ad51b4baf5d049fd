import { describe, expect, it } from 'vitest';
import { dataPaths, resolveDataDir } from '../../../src-main/app/data-dir';

describe('data folder', () => {
  it('prefers --data-dir, then MEDIATION_DESK_DATA, then the platform folder', () => {
    const env = { MEDIATION_DESK_DATA: '/srv/md' };
    expect(resolveDataDir({ flag: '/x/y', env, platform: 'linux', home: '/home/a' })).toBe('/x/y');
    expect(resolveDataDir({ env, platform: 'linux', home: '/home/a' })).toBe('/srv/md');
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.config/Mediation Desk');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/a' })).toBe('/cfg/Mediation Desk');
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe('/Users/a/Library/Application Support/Mediation Desk');
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\a' })).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Mediation Desk',
    );
  });

  it('keeps the database, files, backups and logs inside the folder', () => {
    const p = dataPaths('/d');
    expect([p.database, p.files, p.backups, p.logs].every((x) => x.startsWith('/d/'))).toBe(true);
  });
});
