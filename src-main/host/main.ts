import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { LOCAL_OPERATOR } from '../app/open-app';
import { openForWindow } from '../app/recovery';
import { appResources } from '../app/resources';
import { isAppError } from '../domain/errors';
import { startHost } from './server';

/** Browser mode from a terminal: `tsx src-main/host/main.ts [--data-dir D] [--port N]`. */
export async function runBrowserMode(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: false,
  });
  const resources = appResources(path.resolve(import.meta.dirname, '..', '..'));
  if (!fs.existsSync(path.join(resources.rendererDir, 'index.html'))) {
    console.error('界面尚未构建，请先运行 npm run build（npm start 会自动构建）。');
    process.exit(1);
  }
  const dataDir = resolveDataDir({ flag: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined });
  const port = typeof values.port === 'string' ? Number(values.port) : undefined;
  const app = await openForWindow({ dataDir, migrationsFolder: resources.migrationsFolder, version: resources.version, automaticBackups: true });
  const host = await startHost({
    registry: app.registry,
    context: () => app.contextFor(LOCAL_OPERATOR),
    rendererDir: resources.rendererDir,
    ...(port !== undefined && Number.isInteger(port) ? { port } : {}),
  });
  console.log(`调解工作台（浏览器模式）已启动 / Mediation Desk is running in browser mode:`);
  console.log(`  ${host.url}`);
  console.log(`数据目录 / Data folder: ${dataDir}`);
  console.log('在浏览器中打开上面的地址；按 Ctrl+C 退出。 / Open the address above; press Ctrl+C to stop.');
  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runBrowserMode(process.argv.slice(2)).catch((err: unknown) => {
    console.error(isAppError(err) ? err.message : `启动失败：${String(err)}`);
    process.exit(1);
  });
}
