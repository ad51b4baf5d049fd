import { writeFileDurable } from '../../app/durable-file';
import { exportBundle } from '../../services/bundle-export';
import { importBundle } from '../../services/bundle-import';
import type { OnConflict } from '../../services/case-import';
import type { ServiceContext } from '../../services/context';
import { CliUsageError, requireOutputFolder, type Output } from '../io';

const USAGE = '用法：bundle export --case 案号... --out 文件.zip，或 bundle import 文件.zip [--on-conflict fail|skip|replace]';
const CONFLICT_CHOICES = ['fail', 'skip', 'replace'];

/** `bundle export --case NUMBER... --out FILE.zip` / `bundle import FILE.zip` of `../shared/spec/cli.md`. */
export async function runBundle(ctx: ServiceContext, positionals: string[], options: { cases: string[]; out: string | undefined; onConflict: string | undefined }, out: Output): Promise<void> {
  if (positionals[0] === 'import' && positionals.length === 2) return runImport(ctx, positionals[1] as string, options.onConflict ?? 'fail', out);
  if (positionals[0] !== 'export' || positionals.length !== 1) throw new CliUsageError(USAGE);
  if (options.cases.length === 0) throw new CliUsageError('请用 --case 指定要打包的案件（可指定多个）');
  if (!options.out) throw new CliUsageError('请用 --out 指定输出文件（.zip）');
  requireOutputFolder(options.out);
  const { bytes, manifest } = await exportBundle(ctx, options.cases);
  writeFileDurable(options.out, bytes);
  const files = manifest.entries.filter((e) => e.path.startsWith('files/')).length;
  out.say(`已生成交换包（案件${manifest.cases.length}件，文件${files}个）→ ${options.out}`);
  out.result({ file: options.out, cases: manifest.cases, files });
}

async function runImport(ctx: ServiceContext, file: string, onConflict: string, out: Output): Promise<void> {
  if (!CONFLICT_CHOICES.includes(onConflict)) throw new CliUsageError('--on-conflict 只能是 fail、skip 或 replace');
  const r = await importBundle(ctx, file, onConflict as OnConflict);
  for (const n of r.created) out.say(`已导入 ${n}`);
  for (const n of r.replaced) out.say(`已替换 ${n}`);
  out.say(`来自${r.from || '未署名机构'}的交换包：导入 ${r.created.length} 件，替换 ${r.replaced.length} 件，跳过 ${r.skipped.length} 件，文件 ${r.files} 个。`);
  out.result({ created: r.created, skipped: r.skipped, replaced: r.replaced, files: r.files });
}
