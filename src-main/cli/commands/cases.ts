import fs from 'node:fs';
import { writeFileDurable } from '../../app/durable-file';
import { CASE_CATEGORIES, type CaseCategory } from '../../domain/categories';
import { DEADLINE_KINDS } from '../../domain/deadlines';
import { CASE_STATUSES, CASE_STATUS_KEYS, ENFORCEMENT_RESULTS, ENFORCEMENT_ROUTES, PARTY_ROLES, type CaseStatus } from '../../domain/vocabulary';
import { getCaseByNumber } from '../../services/case-detail';
import { exportCases } from '../../services/case-export';
import { importCasesFile, type OnConflict } from '../../services/case-import';
import { caseListQuerySchema, listCases } from '../../services/case-query';
import type { ServiceContext } from '../../services/context';
import { deadlinesOf } from '../../services/deadlines';
import { seedDemo } from '../../services/demo/seed';
import { CliUsageError, type Output } from '../io';

/** `import`, `export`, `list` and `show` of `../shared/spec/cli.md`. */

const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

function readJsonFile(file: string): unknown {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliUsageError(`找不到文件 ${file}`);
  }
  if (stat.size > MAX_IMPORT_BYTES) throw new CliUsageError(`文件过大（超过512MB）：${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliUsageError(`文件不是有效的 JSON：${file}（${err instanceof SyntaxError ? err.message : '无法读取'}）`);
  }
}

export async function runImport(ctx: ServiceContext, file: string, onConflict: string | undefined, out: Output): Promise<void> {
  const mode = (onConflict ?? 'fail') as OnConflict;
  if (!['fail', 'skip', 'replace'].includes(mode)) throw new CliUsageError('--on-conflict 应为 fail、skip 或 replace');
  const result = await importCasesFile(ctx, readJsonFile(file), mode);
  for (const n of result.created) out.say(`已导入 ${n}`);
  for (const n of result.replaced) out.say(`已替换 ${n}`);
  for (const n of result.skipped) out.say(`已跳过（已存在）${n}`);
  out.say(`共导入 ${result.created.length} 件，替换 ${result.replaced.length} 件，跳过 ${result.skipped.length} 件。`);
  out.result(result);
}

export async function runExport(ctx: ServiceContext, numbers: string[], all: boolean, file: string | undefined, out: Output): Promise<void> {
  if (!file) throw new CliUsageError('请用 --out 指定导出文件');
  if (!all && numbers.length === 0) throw new CliUsageError('请用 --case 指定案号，或用 --all 导出全部案件');
  const doc = await exportCases(ctx, all ? { all: true } : { caseNumbers: numbers });
  writeFileDurable(file, `${JSON.stringify(doc, null, 2)}\n`);
  out.say(`已导出 ${doc.cases.length} 件案件到 ${file}`);
  out.result({ file, cases: doc.cases.length });
}

export async function runList(ctx: ServiceContext, options: { query?: string | undefined; status?: string | undefined; limit?: string | undefined }, out: Output): Promise<void> {
  if (options.status !== undefined && !CASE_STATUS_KEYS.includes(options.status as CaseStatus)) {
    throw new CliUsageError(`--status 应为 ${CASE_STATUS_KEYS.join('、')} 之一`);
  }
  const limit = options.limit === undefined ? 50 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new CliUsageError('--limit 应为正整数');
  const query = caseListQuerySchema.parse({
    ...(options.query ? { query: options.query } : {}),
    ...(options.status ? { statuses: [options.status] } : {}),
    limit: Math.min(limit, 100_000),
  });
  const { total, rows } = await listCases(ctx, query);
  out.result({
    total,
    cases: rows.map((r) => ({
      id: r.id,
      caseNumber: r.caseNumber,
      status: r.status,
      category: r.category,
      receivedOn: r.receivedOn,
      parties: [...r.applicants, ...r.respondents, ...r.thirdParties],
    })),
  });
  out.say(`共 ${total} 件${rows.length < total ? `，显示前 ${rows.length} 件` : ''}`);
  for (const r of rows) {
    out.say(
      [r.caseNumber ?? '（未编号）', CASE_STATUSES[r.status as CaseStatus] ?? r.status, CASE_CATEGORIES[r.category as CaseCategory] ?? r.category, r.receivedOn, `${r.applicants.join('、')} 诉 ${r.respondents.join('、')}`].join('  '),
    );
  }
}

export async function runShow(ctx: ServiceContext, caseNumber: string | undefined, out: Output): Promise<void> {
  if (!caseNumber) throw new CliUsageError('请用 --case 指定案号');
  const detail = await getCaseByNumber(ctx, caseNumber);
  const { deadlines, warnings } = await deadlinesOf(ctx, detail.id, detail.exchange);
  out.result({ ...detail.exchange, status: detail.status, deadlines });
  const c = detail.exchange;
  out.say(`${c.caseNumber ?? '（未编号）'}  ${CASE_STATUSES[detail.status as CaseStatus] ?? detail.status}`);
  out.say(`类别：${CASE_CATEGORIES[c.category]}　登记：${c.receivedOn}${c.acceptedOn ? `　受理：${c.acceptedOn}` : ''}　程序：${detail.trackReason}`);
  for (const p of c.parties) out.say(`${PARTY_ROLES[p.role]}：${p.name}`);
  out.say(`纠纷简要情况：${c.subject}`);
  if (c.enforcement) {
    const result = c.enforcement.result ? `，${ENFORCEMENT_RESULTS[c.enforcement.result]}` : '';
    out.say(`效力确认：${ENFORCEMENT_ROUTES[c.enforcement.route]}${c.enforcement.court ? `（${c.enforcement.court}）` : ''}${result}`);
  }
  for (const d of deadlines) out.say(`期限：${d.due}  ${DEADLINE_KINDS[d.kind]}  ${d.basis}`);
  for (const w of warnings) out.say(`注意：${w}`);
}

export async function runSeedDemo(ctx: ServiceContext, cases: string | undefined, out: Output): Promise<void> {
  const count = cases === undefined ? 200 : Number(cases);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new CliUsageError('--cases 应为1到1000000之间的整数');
  const started = Date.now();
  const done = await seedDemo(ctx, count, (n, total) => out.say(`已生成 ${n}/${total} 件`));
  out.say(`共添加 ${done} 件演示案件，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
  out.result({ created: done });
}
