import { writeFileDurable } from '../../app/durable-file';
import { getCaseByNumber } from '../../services/case-detail';
import type { ServiceContext } from '../../services/context';
import { generateDocument } from '../../services/documents';
import { CliUsageError, requireOutputFolder, type Output } from '../io';

/** `typical-case --case NUMBER --out FILE.docx` of `../shared/spec/cli.md`: the case written up as an anonymized typical case. */
export async function runTypicalCase(ctx: ServiceContext, options: { caseNumber?: string | undefined; out?: string | undefined }, out: Output): Promise<void> {
  if (!options.caseNumber) throw new CliUsageError('请用 --case 指定案号');
  if (!options.out) throw new CliUsageError('请用 --out 指定输出文件（.docx）');
  requireOutputFolder(options.out);
  const detail = await getCaseByNumber(ctx, options.caseNumber);
  const doc = await generateDocument(ctx, detail.id, 'typical-case');
  writeFileDurable(options.out, doc.bytes);
  out.say(`已生成典型案例（已隐去当事人信息）→ ${options.out}`);
  out.result({ file: options.out, fileName: doc.fileName, version: doc.version, sha256: doc.sha256 });
}
