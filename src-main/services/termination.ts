import { eq } from 'drizzle-orm';
import { cases } from '../db/schema';
import { assertTransition, STATUS_ONLY_FACTS } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { TERMINATION_REASONS, type CaseStatus } from '../domain/vocabulary';
import { isArbitration, writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';

export interface TerminationInput {
  on: string;
  reason: Exclude<keyof typeof TERMINATION_REASONS, 'agreement_reached'>;
  note?: string | undefined;
}

/**
 * Ends the mediation without an agreement (人民调解法 Art. 26): the reason from the exchange list,
 * the date, a note; the termination notice is then made on the 文书 tab.
 */
export function terminateCase(ctx: ServiceContext, caseId: string, input: TerminationInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    if (await isArbitration(tx, caseId)) throw new AppError('INVALID_TRANSITION', '仲裁案件不适用终止调解；申请人撤回仲裁申请的，请在“仲裁”中记录。');
    const to = assertTransition(c.status as CaseStatus, { action: 'terminate', reason: input.reason }, STATUS_ONLY_FACTS);
    if (c.acceptedOn && input.on < c.acceptedOn) throw new AppError('VALIDATION', '终止日期不能早于受理日期', { on: '终止日期不能早于受理日期' });
    if (input.on > chinaDate(ctx.clock.now())) throw new AppError('VALIDATION', '终止日期不能晚于今天', { on: '终止日期不能晚于今天' });
    await tx
      .update(cases)
      .set({ status: to, terminationOn: input.on, terminationReason: input.reason, terminationNote: input.note ?? null, updatedAt: chinaTimestamp(ctx.clock.now()) })
      .where(eq(cases.id, caseId));
    audit({ action: 'cases.terminate', entity: 'case', entityId: caseId, before: { status: c.status }, after: { status: to, on: input.on, reasonCode: input.reason, reason: TERMINATION_REASONS[input.reason], note: input.note } });
  });
}
