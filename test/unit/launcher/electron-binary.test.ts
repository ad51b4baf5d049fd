import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../src-main/launcher/electron-binary';

function project(withPathFile: boolean, withBinary: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-launch-'));
  const pkg = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  if (withPathFile) fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
  if (withBinary) fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '');
  return root;
}

describe('npm start: Electron or browser mode', () => {
  it('falls back with a reason when the binary was never downloaded', () => {
    expect(findElectronBinary(project(false, false), {}, 'win32')).toEqual({ reason: expect.stringContaining('未安装 Electron') });
  });

  it('falls back when the recorded binary is missing', () => {
    expect(findElectronBinary(project(true, false), {}, 'win32')).toEqual({ reason: expect.stringContaining('缺失') });
  });

  it('falls back on Linux without a display', () => {
    expect(findElectronBinary(project(true, true), {}, 'linux')).toEqual({ reason: expect.stringContaining('图形显示') });
  });

  it('uses the binary where it is installed and can show a window', () => {
    const root = project(true, true);
    expect(findElectronBinary(root, { DISPLAY: ':0' }, 'linux')).toEqual({ path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
    expect(findElectronBinary(root, {}, 'win32')).toEqual({ path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });
});
