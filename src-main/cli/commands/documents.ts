import { writeFileDurable } from '../../app/durable-file';
import { DOCUMENT_KINDS } from '../../documents/catalog';
import { getCaseByNumber } from '../../services/case-detail';
import type { ServiceContext } from '../../services/context';
import { generateDocument } from '../../services/documents';
import { CliUsageError, requireOutputFolder, type Output } from '../io';

/** `documents` and `render` of `../shared/spec/cli.md`. */

export function runDocuments(out: Output): Promise<void> {
  // only the kinds' names are kebab-case in this output: scripts pick them out that way
  out.result({ kinds: DOCUMENT_KINDS.map((k) => ({ kind: k.kind, title: k.title })) });
  const per = { case: '', party: '（每名当事人一份）', agent: '（每名代理人一份）', session: '（每次调解会议一份）' } as const;
  const width = Math.max(...DOCUMENT_KINDS.map((k) => k.kind.length)) + 2;
  for (const k of DOCUMENT_KINDS) out.say(`${k.kind.padEnd(width)}${k.title}${per[k.per]}`);
  return Promise.resolve();
}

const index = (value: string | undefined, flag: string) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliUsageError(`${flag} 应为从1开始的序号`);
  return n - 1;
};

export async function runRender(
  ctx: ServiceContext,
  options: { caseNumber?: string | undefined; kind?: string | undefined; out?: string | undefined; party?: string | undefined; agent?: string | undefined; session?: string | undefined },
  out: Output,
): Promise<void> {
  if (!options.caseNumber) throw new CliUsageError('请用 --case 指定案号');
  if (!options.kind) throw new CliUsageError('请用 --doc 指定文书种类（可用 documents 查看）');
  if (!options.out) throw new CliUsageError('请用 --out 指定输出文件（.docx）');
  if (!DOCUMENT_KINDS.some((k) => k.kind === options.kind)) {
    throw new CliUsageError(`没有名为 ${options.kind} 的文书。可用的文书：${DOCUMENT_KINDS.map((k) => k.kind).join('、')}`);
  }
  const party = index(options.party, '--party');
  const agent = index(options.agent, '--agent');
  if (agent !== undefined && party === undefined) throw new CliUsageError('--agent 须与 --party 一起使用（第几名当事人的第几名代理人）');
  requireOutputFolder(options.out);
  const detail = await getCaseByNumber(ctx, options.caseNumber);
  const session = index(options.session, '--session');
  const target = session !== undefined ? { session } : party === undefined ? undefined : { party, ...(agent === undefined ? {} : { agent }) };
  const doc = await generateDocument(ctx, detail.id, options.kind, target);
  writeFileDurable(options.out, doc.bytes);
  out.say(`已生成 ${doc.fileName}（第 ${doc.version} 版，SHA-256 ${doc.sha256.slice(0, 16)}…）→ ${options.out}`);
  out.result({ file: options.out, fileName: doc.fileName, version: doc.version, sha256: doc.sha256 });
}
