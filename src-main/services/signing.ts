import { eq } from 'drizzle-orm';
import { caseAgreements, cases } from '../db/schema';
import { assertTransition, workflowFacts } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { hasErrors } from '../domain/clause-checks';
import { AppError, fieldError } from '../domain/errors';
import type { CaseStatus } from '../domain/vocabulary';
import { readCase } from './case-detail';
import { writableCaseRow } from './case-row';
import { agreementFindings } from './clause-checks';
import { writeUnit, type ServiceContext } from './context';

/**
 * Marking the agreement signed (人民调解法 Art. 29): every party signed, itself or through an
 * agent with the special power to sign; the mediator signed; the organization sealed. The
 * agreement takes effect that day, and the case is 达成协议. Clause-check errors refuse it.
 */
export interface SigningInput {
  signedOn: string;
  /** For each party by name: null when it signed itself, else the agent who signed for it. */
  parties: { name: string; by: string | null }[];
  mediator: string;
  sealed: boolean;
}

export function signAgreement(ctx: ServiceContext, caseId: string, input: SigningInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await writableCaseRow(tx, caseId);
    const c = (await readCase(tx, caseId)).exchange;
    const agreement = c.agreement;
    if (!agreement) throw new AppError('INVALID_TRANSITION', '本案还没有调解协议，无从签署。');
    if (agreement.signedOn) throw new AppError('CONFLICT', '调解协议已经签署。');
    if (input.signedOn > chinaDate(ctx.clock.now())) throw fieldError('signedOn', '签署日期不能晚于今天');
    if (c.acceptedOn && input.signedOn < c.acceptedOn) throw fieldError('signedOn', '签署日期不能早于受理日期');
    const missing = c.parties.filter((p) => !input.parties.some((s) => s.name === p.name)).map((p) => p.name);
    if (missing.length > 0) throw fieldError('parties', `以下当事人尚未签署：${missing.join('、')}`);
    for (const s of input.parties) {
      const party = c.parties.find((p) => p.name === s.name);
      if (!party) throw fieldError('parties', `“${s.name}”不是本案当事人`);
      if (s.by !== null && !party.agents.some((a) => a.name === s.by)) throw fieldError('parties', `${s.by}不是${s.name}的委托代理人`);
    }
    if (!c.mediators.some((m) => m.name === input.mediator)) throw fieldError('mediator', '请选择在协议上签名的本案调解员');
    if (!input.sealed) throw fieldError('sealed', '调解协议须加盖调解组织印章（人民调解法第二十九条）');
    const findings = agreementFindings(c, input.signedOn, { on: input.signedOn, agentSigners: input.parties.flatMap((s) => (s.by ? [s.by] : [])) });
    if (hasErrors(findings)) {
      const errors = findings.filter((f) => f.severity === 'error').map((f) => f.message);
      throw new AppError('VALIDATION', `条款审查有${errors.length}处错误，不能标记为已签署：\n${errors.map((m) => `  - ${m}`).join('\n')}`, { terms: errors.join('；') });
    }
    const to = assertTransition(row.status as CaseStatus, 'reach_agreement', workflowFacts({ agreement: { signedOn: input.signedOn } }, { mediatorAssigned: true, partiesWithoutRightsNotice: [] }));
    const at = chinaTimestamp(ctx.clock.now());
    const signing = { parties: input.parties, mediator: input.mediator, sealed: true, recordedAt: at, recordedBy: ctx.user.name };
    // a written agreement takes effect once parties, mediator and seal are all on it: here, the same day
    await tx.update(caseAgreements).set({ signedOn: input.signedOn, effectiveOn: input.signedOn, signing }).where(eq(caseAgreements.caseId, caseId));
    await tx.update(cases).set({ status: to, updatedAt: at }).where(eq(cases.id, caseId));
    audit({ action: 'agreements.sign', entity: 'case', entityId: caseId, before: { status: row.status }, after: { status: to, signedOn: input.signedOn, parties: input.parties, mediator: input.mediator } });
  });
}
