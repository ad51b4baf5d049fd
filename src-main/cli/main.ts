import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { openApp } from '../app/open-app';
import { appResources } from '../app/resources';
import type { Actor } from '../services/context';
import { runInit } from './commands/init';
import { CliUsageError, createOutput, describeFailure } from './io';

/** `npm run -s cli -- <command> [options]` — the same services as the window, from a terminal. */
export const CLI_ACTOR: Actor = { id: 'cli', name: '命令行（本机管理员）', roles: ['admin'] };

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const USAGE = `用法 / usage: npm run -s cli -- <命令> [选项]

命令 / commands:
  init [--org-name 名称] [--org-kind people_mediation|industry_mediation|arbitration|ip_protection_center]
       [--number-pattern 规则] [--region 豫]     创建或升级数据库，设置组织信息（可重复运行）

全局选项 / global options:
  --data-dir 目录   数据目录（否则使用 MEDIATION_DESK_DATA 或系统应用数据目录）
  --json            以 JSON 输出结果
`;

function parse<O extends ParseArgsOptionsConfig>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true as const });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    throw new CliUsageError(unknown ? `未知选项 ${unknown[1]}。\n\n${USAGE}` : `选项有误：${text}\n\n${USAGE}`);
  }
}

export async function runCli(argv: string[], root: string): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command !== 'init') throw new CliUsageError(`未知命令 ${command}。\n\n${USAGE}`);
    const { values } = parse(rest, {
      'org-name': { type: 'string' },
      'org-kind': { type: 'string' },
      'number-pattern': { type: 'string' },
      region: { type: 'string' },
    });
    const json = values.json === true;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const resources = appResources(root);
    const app = await openApp({
      dataDir: resolveDataDir({ flag: str(values['data-dir']) }),
      migrationsFolder: resources.migrationsFolder,
      version: resources.version,
    });
    try {
      await runInit(
        app.contextFor(CLI_ACTOR),
        { orgName: str(values['org-name']), orgKind: str(values['org-kind']), numberPattern: str(values['number-pattern']), region: str(values.region) },
        createOutput(json),
        app.migrated,
      );
    } finally {
      await app.close();
    }
    return 0;
  } catch (err) {
    const failure = describeFailure(err);
    process.stderr.write(`${failure.message}\n`);
    return failure.status;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void runCli(process.argv.slice(2), path.resolve(import.meta.dirname, '..', '..')).then((status) => {
    process.exitCode = status;
  });
}
