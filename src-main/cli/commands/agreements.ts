import { CLAUSE_RULES } from '../../domain/clause-checks';
import { getCaseByNumber } from '../../services/case-detail';
import { checkAgreement } from '../../services/clause-checks';
import type { ServiceContext } from '../../services/context';
import { CliUsageError, type Output } from '../io';

/** `check-agreement` of `../shared/spec/cli.md`: the findings, and exit 0 even when there are some. */
export async function runCheckAgreement(ctx: ServiceContext, caseNumber: string | undefined, out: Output): Promise<void> {
  if (!caseNumber) throw new CliUsageError('请用 --case 指定案号');
  const detail = await getCaseByNumber(ctx, caseNumber);
  const { hasAgreement, findings } = await checkAgreement(ctx, detail.id);
  out.result({ findings });
  if (!hasAgreement) out.say('本案尚无调解协议，无可审查的条款。');
  else if (findings.length === 0) out.say('条款审查未发现问题。');
  for (const f of findings) out.say(`${f.severity === 'error' ? '错误' : '提示'}  ${CLAUSE_RULES[f.rule]}  ${f.message}`);
}
