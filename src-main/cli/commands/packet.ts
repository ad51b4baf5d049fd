import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from '../../app/durable-file';
import { PACKET_ROUTES, type PacketRoute } from '../../domain/packet';
import { ENFORCEMENT_ROUTES } from '../../domain/vocabulary';
import { getCaseByNumber } from '../../services/case-detail';
import type { ServiceContext } from '../../services/context';
import { buildPacket, packetZip } from '../../services/packet';
import { CliUsageError, type Output } from '../io';

/** `packet` of `../shared/spec/cli.md`: every document the route needs, plus the materials list, into a folder (and a zip with `--zip`). */
export async function runPacket(
  ctx: ServiceContext,
  options: { caseNumber?: string | undefined; route?: string | undefined; out?: string | undefined; zip?: string | undefined },
  out: Output,
): Promise<void> {
  if (!options.caseNumber) throw new CliUsageError('请用 --case 指定案号');
  if (!(PACKET_ROUTES as readonly string[]).includes(options.route ?? '')) throw new CliUsageError(`请用 --route 指定途径：${PACKET_ROUTES.map((r) => `${r}（${ENFORCEMENT_ROUTES[r]}）`).join('、')}`);
  if (!options.out) throw new CliUsageError('请用 --out 指定输出文件夹');
  const dir = path.resolve(options.out);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new CliUsageError(`--out 应为文件夹：${dir}`);
  if (options.zip && !fs.existsSync(path.dirname(path.resolve(options.zip)))) throw new CliUsageError(`--zip 的文件夹不存在：${path.dirname(path.resolve(options.zip))}`);
  const detail = await getCaseByNumber(ctx, options.caseNumber);
  const route = options.route as PacketRoute;
  const { folder, items, files } = await buildPacket(ctx, detail.id, route);
  fs.mkdirSync(dir, { recursive: true });
  const written = files.map((f) => {
    const file = path.join(dir, f.name);
    writeFileDurable(file, f.bytes);
    return file;
  });
  if (options.zip) writeFileDurable(path.resolve(options.zip), await packetZip(folder, files, ctx.clock.now()));
  out.result({ files: written, ...(options.zip ? { zip: path.resolve(options.zip) } : {}) });
  out.say(`已生成${ENFORCEMENT_ROUTES[route]}申请材料 ${files.length} 份 → ${dir}`);
  for (const f of written) out.say(`  ${path.basename(f)}`);
  const missing = items.filter((i) => !i.ready);
  if (missing.length > 0) out.say(`尚待补充：${missing.map((i) => i.name).join('、')}`);
  if (options.zip) out.say(`压缩包 → ${path.resolve(options.zip)}`);
}
