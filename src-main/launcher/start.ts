import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runBrowserMode } from '../host/main';
import { buildElectron } from './build-electron';
import { findElectronBinary } from './electron-binary';

/**
 * `npm start`: builds what is missing or stale, then runs Electron where its binary is installed,
 * otherwise browser mode on 127.0.0.1 (saying why in one line). `--browser` forces browser mode.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);

/** Newest modification time of any file under the given folders. */
function newest(dirs: string[]): number {
  let latest = 0;
  const walk = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (!entry.startsWith('.') && !entry.endsWith('.generated.css')) walk(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return latest;
}

const builtAt = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

function ensureRenderer(): void {
  const sources = [path.join(root, 'src-renderer'), path.join(root, 'src-main', 'domain'), path.join(root, 'src-main', 'app')];
  if (builtAt(path.join(root, 'dist', 'index.html')) > newest(sources)) return;
  console.log('正在构建界面… / Building the interface…');
  // a production build whatever started us (a test runner sets NODE_ENV=test, which keeps React's and antd's development warnings in)
  const result = spawnSync('npm', ['run', '-s', 'build:renderer'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  ensureRenderer();
  const electron = args.includes('--browser') ? { reason: '已指定 --browser / --browser given' } : findElectronBinary(root);
  if ('path' in electron) {
    await buildElectron(root);
    const child = spawn(electron.path, [root, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log(`浏览器模式：${electron.reason} / Browser mode.`);
  await runBrowserMode(args.filter((a) => a !== '--browser'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
