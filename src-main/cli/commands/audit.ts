import type { ServiceContext } from '../../services/context';
import { verifyAuditChain } from '../../services/audit-log';
import { CliUsageError, EXIT_FAILURE, type Output } from '../io';

/** `audit verify`: the audit trail's hash chain checked from the first row to the last; exit status 1 when a row does not fit. */
export async function runAudit(ctx: ServiceContext, positionals: string[], out: Output): Promise<number> {
  if (positionals[0] !== 'verify' || positionals.length !== 1) throw new CliUsageError('用法：audit verify');
  const result = await verifyAuditChain(ctx);
  out.result(result);
  if (result.ok) {
    out.say(`审计日志完整：${result.rows}条记录与哈希链相符。`);
    return 0;
  }
  out.say(`审计日志校验未通过：第${result.brokenAt}条记录起与哈希链不符，记录可能被改动、删除或调换。`);
  return EXIT_FAILURE;
}
