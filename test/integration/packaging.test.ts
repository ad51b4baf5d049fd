import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildElectron } from '../../src-main/launcher/build-electron';
import { ROOT } from '../support/source-scan';
import { tempDir } from '../support/temp';

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: { target: string; arch: string[] }[]; icon: string };
}

const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** Fuse states as @electron/fuses writes them. */
const ENABLE = 49;
const DISABLE = 48;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

describe('packaging configuration', () => {
  it('targets Windows nsis x64, Linux AppImage and deb on x64 and arm64, and macOS dmg', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('points at icons that exist for every platform', () => {
    for (const icon of [config.win.icon, config.mac.icon]) expect(fs.existsSync(path.join(ROOT, icon)), icon).toBe(true);
    expect(fs.readdirSync(path.join(ROOT, config.linux.icon))).toEqual(expect.arrayContaining(['256x256.png', '512x512.png']));
  });

  it('unpacks the sqlite3 native module and does not rebuild it', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/sqlite3/**/*.node');
  });

  it('sets the Electron fuses of reliability #8', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});

describe('the Linux unpacked app, built against a stand-in Electron', () => {
  let out: string;
  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist', 'index.html')), 'run `npm run build` first').toBe(true);
    await buildElectron(ROOT);
    // an "Electron" that is only a fuse wire in its shipped state, so the fuses can be read back
    const fake = tempDir('md-fake-electron-');
    fs.writeFileSync(path.join(fake, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, 8, 49, 48, 49, 49, 48, 48, 48, 49])]), { mode: 0o755 });
    fs.writeFileSync(path.join(fake, 'version'), JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version);
    out = tempDir('md-release-');
    const result = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'electron-builder'),
      ['--linux', 'dir', '--x64', '--config', 'electron-builder.yml', `-c.electronDist=${fake}`, `-c.directories.output=${out}`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 180_000);

  it('packs the app into app.asar with the renderer, the bundles and the migrations', () => {
    const files = listPackage(path.join(out, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    expect(files).toEqual(
      expect.arrayContaining(['/dist/index.html', '/out/main.cjs', '/out/preload.cjs', '/package.json', '/src-main/db/migrations/meta/_journal.json', '/src-main/db/migrations/0000_foundation.sql']),
    );
    expect(files.some((f) => /^\/(out|dist)\/.*\.map$/.test(f))).toBe(false);
    expect(files.some((f) => f.startsWith('/src-main/') && f.endsWith('.ts'))).toBe(false);
  });

  it('keeps the sqlite3 binary outside the archive', () => {
    expect(fs.existsSync(path.join(out, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node'))).toBe(true);
  });

  it('flips the fuses in the packaged binary', async () => {
    const wire = (await getCurrentFuseWire(path.join(out, 'linux-unpacked', 'mediation-desk'))) as unknown as Record<string, number>;
    expect(wire).toMatchObject({
      0: DISABLE, // RunAsNode
      1: ENABLE, // EnableCookieEncryption
      2: DISABLE, // EnableNodeOptionsEnvironmentVariable
      3: DISABLE, // EnableNodeCliInspectArguments
      4: ENABLE, // EnableEmbeddedAsarIntegrityValidation
      5: ENABLE, // OnlyLoadAppFromAsar
      7: DISABLE, // GrantFileProtocolExtraPrivileges
    });
  });
});
