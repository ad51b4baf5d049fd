import fs from 'node:fs';
import path from 'node:path';

export type ElectronLookup = { path: string } | { reason: string };

/**
 * The Electron executable `npm install` downloaded, or why there is none. Never triggers the
 * download itself (requiring the `electron` package would), so it is safe offline.
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ElectronLookup {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: '未安装 Electron 可执行文件 / the Electron binary is not installed' };
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { reason: `Electron 可执行文件缺失 / Electron binary missing: ${binary}` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { reason: '没有图形显示环境 / no graphical display' };
  return { path: binary };
}
