import { DEADLINE_KINDS } from '../../domain/deadlines';
import { getCaseByNumber } from '../../services/case-detail';
import type { ServiceContext } from '../../services/context';
import { deadlinesOf } from '../../services/deadlines';
import { CliUsageError, type Output } from '../io';

/** `deadlines` of `../shared/spec/cli.md`. */
export async function runDeadlines(ctx: ServiceContext, caseNumber: string | undefined, out: Output): Promise<void> {
  if (!caseNumber) throw new CliUsageError('请用 --case 指定案号');
  const detail = await getCaseByNumber(ctx, caseNumber);
  const result = await deadlinesOf(ctx, detail.id, detail.exchange);
  out.result(result);
  if (result.deadlines.length === 0) out.say('本案尚无可计算的期限（未受理，也没有生效的调解协议）。');
  for (const d of result.deadlines) out.say(`${d.due}  ${DEADLINE_KINDS[d.kind]}  ${d.basis}`);
  for (const w of result.warnings) out.say(`注意：${w}`);
}
