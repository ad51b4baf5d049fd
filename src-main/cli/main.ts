import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { openApp } from '../app/open-app';
import { recoveryContext } from '../app/recovery';
import { DatabaseDamagedError } from '../domain/errors';
import { appResources } from '../app/resources';
import type { Actor, ServiceContext } from '../services/context';
import { runExport, runImport, runList, runSeedDemo, runShow } from './commands/cases';
import { runCheckAgreement } from './commands/agreements';
import { runAudit } from './commands/audit';
import { runBackup, runCheck, runRestore } from './commands/backup';
import { runBundle } from './commands/bundle';
import { runPacket } from './commands/packet';
import { runDeadlines } from './commands/deadlines';
import { runDocuments, runRender } from './commands/documents';
import { runInit } from './commands/init';
import { runReport } from './commands/report';
import { runTypicalCase } from './commands/typical-case';
import { CliUsageError, createOutput, describeFailure, type Output } from './io';

/** `npm run -s cli -- <command> [options]` — the same services as the window, from a terminal. */
export const CLI_ACTOR: Actor = { id: 'cli', name: '命令行（本机管理员）', roles: ['admin'] };

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;
interface Command {
  usage: string;
  options: ParseArgsOptionsConfig;
  /** Resolves the exit status when it is not 0 (a check that found problems). */
  run(ctx: ServiceContext, values: Values, positionals: string[], out: Output, migrated: string[]): Promise<void | number>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const COMMANDS: Record<string, Command> = {
  init: {
    usage:
      'init [--org-name 名称] [--org-kind people_mediation|industry_mediation|arbitration|ip_protection_center] [--number-pattern 规则] [--region 豫]\n      创建或升级数据库，设置组织信息（可重复运行）',
    options: { 'org-name': { type: 'string' }, 'org-kind': { type: 'string' }, 'number-pattern': { type: 'string' }, region: { type: 'string' } },
    run: (ctx, v, _p, out, migrated) =>
      runInit(ctx, { orgName: str(v['org-name']), orgKind: str(v['org-kind']), numberPattern: str(v['number-pattern']), region: str(v.region) }, out, migrated),
  },
  import: {
    usage: 'import 文件.json [--on-conflict fail|skip|replace]\n      导入 mediation-case/1 文件（全部成功或全部不导入）',
    options: { 'on-conflict': { type: 'string' } },
    run: (ctx, v, p, out) => {
      if (p.length !== 1) throw new CliUsageError('请指定一个要导入的文件：import 文件.json');
      return runImport(ctx, p[0] as string, str(v['on-conflict']), out);
    },
  },
  export: {
    usage: 'export [--case 案号]... [--all] --out 文件.json\n      导出 mediation-case/1 文件',
    options: { case: { type: 'string', multiple: true }, all: { type: 'boolean' }, out: { type: 'string' } },
    run: (ctx, v, _p, out) => runExport(ctx, strs(v.case), v.all === true, str(v.out), out),
  },
  list: {
    usage: 'list [--query 检索词] [--status 状态] [--limit N] [--json]\n      案件列表，最新登记的在前；--query 与界面的检索相同',
    options: { query: { type: 'string' }, status: { type: 'string' }, limit: { type: 'string' } },
    run: (ctx, v, _p, out) => runList(ctx, { query: str(v.query), status: str(v.status), limit: str(v.limit) }, out),
  },
  documents: {
    usage: 'documents [--json]\n      列出可生成的文书种类及其中文名称',
    options: {},
    run: (_ctx, _v, _p, out) => runDocuments(out),
  },
  render: {
    usage: 'render --case 案号 --doc 种类 --out 文件.docx [--party N] [--agent M] [--session K]\n      生成一份文书（每名当事人或每次会议一份的文书默认合为一份，可用 --party、--session 指定）',
    options: { case: { type: 'string' }, doc: { type: 'string' }, out: { type: 'string' }, party: { type: 'string' }, agent: { type: 'string' }, session: { type: 'string' } },
    run: (ctx, v, _p, out) => runRender(ctx, { caseNumber: str(v.case), kind: str(v.doc), out: str(v.out), party: str(v.party), agent: str(v.agent), session: str(v.session) }, out),
  },
  'seed-demo': {
    usage: 'seed-demo [--cases N]\n      添加演示案件（用于试用和性能测试），默认200件',
    options: { cases: { type: 'string' } },
    run: (ctx, v, _p, out) => runSeedDemo(ctx, str(v.cases), out),
  },
  show: {
    usage: 'show --case 案号 [--json]\n      一件案件的详情、期限和效力确认情况',
    options: { case: { type: 'string' } },
    run: (ctx, v, _p, out) => runShow(ctx, str(v.case), out),
  },
  'check-agreement': {
    usage: 'check-agreement --case 案号 [--json]\n      调解协议条款审查（确权表述、身份关系、当事人、履行期限、违约责任等）',
    options: { case: { type: 'string' } },
    run: (ctx, v, _p, out) => runCheckAgreement(ctx, str(v.case), out),
  },
  packet: {
    usage: 'packet --case 案号 --route judicial_confirmation|notarization|arbitration --out 文件夹 [--zip 文件.zip]\n      生成效力确认申请材料：所需全部文书和材料清单（司法确认：申请书、协议、承诺书、送达地址确认书、授权委托书；仲裁：仲裁协议书等）',
    options: { case: { type: 'string' }, route: { type: 'string' }, out: { type: 'string' }, zip: { type: 'string' } },
    run: (ctx, v, _p, out) => runPacket(ctx, { caseNumber: str(v.case), route: str(v.route), out: str(v.out), zip: str(v.zip) }, out),
  },
  report: {
    usage: 'report --from 日期 --to 日期 --out 文件.xlsx\n      统计报表：期间内登记的案件的汇总、按类别、来源、月份和调解员的统计及案件清单',
    options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
    run: (ctx, v, _p, out) => runReport(ctx, { from: str(v.from), to: str(v.to), out: str(v.out) }, out),
  },
  'typical-case': {
    usage: 'typical-case --case 案号 --out 文件.docx\n      典型案例：基本案情、调解过程、调解结果和典型意义，当事人姓名、证件号码、电话、地址和账户均已隐去',
    options: { case: { type: 'string' }, out: { type: 'string' } },
    run: (ctx, v, _p, out) => runTypicalCase(ctx, { caseNumber: str(v.case), out: str(v.out) }, out),
  },
  backup: {
    usage: 'backup [--out 文件]\n      联机备份数据库并校验；不指定 --out 时存入数据目录的 backups 并按设置轮换',
    options: { out: { type: 'string' } },
    run: (ctx, v, _p, out) => runBackup(ctx, out, str(v.out)),
  },
  restore: {
    usage: 'restore 备份文件\n      检查备份后恢复（恢复前先备份当前数据）',
    options: {},
    run: (ctx, _v, p, out) => runRestore(ctx, p, out),
  },
  check: {
    usage: 'check [--json]\n      数据库完整性检查（integrity_check）及文件库校验',
    options: {},
    run: (ctx, _v, _p, out) => runCheck(ctx, out),
  },
  bundle: {
    usage:
      'bundle export --case 案号... --out 文件.zip\n      生成机构间交换包：案件（mediation-case/1）、附件、身份证明材料和已生成的文书，附 SHA-256 清单\n  bundle import 文件.zip [--on-conflict fail|skip|replace]\n      检查后导入交换包（全部成功或全部不导入）',
    options: { case: { type: 'string', multiple: true }, out: { type: 'string' }, 'on-conflict': { type: 'string' } },
    run: (ctx, v, p, out) => runBundle(ctx, p, { cases: strs(v.case), out: str(v.out), onConflict: str(v['on-conflict']) }, out),
  },
  audit: {
    usage: 'audit verify [--json]\n      校验审计日志的哈希链（发现改动、删除或调换的记录时退出码为 1）',
    options: {},
    run: (ctx, _v, p, out) => runAudit(ctx, p, out),
  },
  deadlines: {
    usage: 'deadlines --case 案号 [--json]\n      本案的各项期限（调解期限、申请司法确认、分期履行、回访等）及其依据',
    options: { case: { type: 'string' } },
    run: (ctx, v, _p, out) => runDeadlines(ctx, str(v.case), out),
  },
};

const USAGE = `用法 / usage: npm run -s cli -- <命令> [选项]

命令 / commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

全局选项 / global options:
  --data-dir 目录   数据目录（否则使用 MEDIATION_DESK_DATA 或系统应用数据目录）
  --json            以 JSON 输出结果
`;

function parse(argv: string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    throw new CliUsageError(unknown ? `未知选项 ${unknown[1]}。\n\n${USAGE}` : `选项有误：${text}\n\n${USAGE}`);
  }
}

export async function runCli(argv: string[], root: string): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  try {
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new CliUsageError(`未知命令 ${name}。\n\n${USAGE}`);
    const { values, positionals } = parse(rest, command.options);
    const resources = appResources(root);
    const options = { dataDir: resolveDataDir({ flag: str(values['data-dir']) }), migrationsFolder: resources.migrationsFolder, version: resources.version };
    const out = createOutput(values.json === true);
    const app = await openApp(options).catch((err: unknown) => {
      // a damaged database can still be restored over (it is renamed aside, unchanged); nothing else
      if (name === 'restore' && err instanceof DatabaseDamagedError) return recoveryContext(options, CLI_ACTOR, err.problems);
      throw err;
    });
    if (!('registry' in app)) return (await command.run(app, values as Values, positionals, out, [])) ?? 0;
    try {
      return (await command.run(app.contextFor(CLI_ACTOR), values as Values, positionals, out, app.migrated)) ?? 0;
    } finally {
      await app.close();
    }
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
