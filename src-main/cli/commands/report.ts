import { writeFileDurable } from '../../app/durable-file';
import { statisticsQuerySchema } from '../../domain/statistics';
import type { ServiceContext } from '../../services/context';
import { statisticsWorkbook } from '../../services/report';
import { CliUsageError, requireOutputFolder, type Output } from '../io';

/** `report --from DATE --to DATE --out FILE.xlsx` of `../shared/spec/cli.md`: the statistics report of the cases received in the period. */
export async function runReport(ctx: ServiceContext, options: { from?: string | undefined; to?: string | undefined; out?: string | undefined }, out: Output): Promise<void> {
  if (!options.from || !options.to) throw new CliUsageError('请用 --from 和 --to 指定统计期间（YYYY-MM-DD）');
  if (!options.out) throw new CliUsageError('请用 --out 指定输出文件（.xlsx）');
  const query = statisticsQuerySchema.safeParse({ from: options.from, to: options.to });
  if (!query.success) throw new CliUsageError(query.error.issues.map((i) => i.message).join('；'));
  requireOutputFolder(options.out);
  const book = await statisticsWorkbook(ctx, query.data);
  writeFileDurable(options.out, book.bytes);
  out.say(`已生成统计报表（${options.from} 至 ${options.to}）→ ${options.out}`);
  out.result({ file: options.out, from: options.from, to: options.to });
}
