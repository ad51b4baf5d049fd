import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { cases, mediationExtensions } from '../db/schema';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { extensionRefusal, type MediationExtension } from '../domain/deadlines';
import { AppError, fieldError } from '../domain/errors';
import { readCase } from './case-detail';
import { isArbitration, writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { deadlinesWith } from './deadlines';
import { newId } from './ids';

/**
 * Extending the mediation period with the parties' consent (委派、委托调解期限经当事人同意可以延长;
 * people's mediation likewise by agreement): how long, when they agreed and how. The deadline
 * engine counts each extension on from the period as extended so far.
 */
export interface ExtensionInput extends MediationExtension {
  /** How the parties consented: who, in what form. */
  consent: string;
}


/**
 * Inside the caller's write unit: keeps an extension of the period `kind` agreed or approved on
 * `input.agreedOn` — refused (`refusal` says why, on `field`) once the period as extended so far
 * has run out — and returns the last day it extended.
 */
export async function keepExtension(
  ctx: ServiceContext,
  tx: Db,
  caseId: string,
  input: ExtensionInput,
  kind: 'mediation_period' | 'arbitration_period',
  refusal: (due: string, on: string) => string | undefined,
  field: string,
): Promise<string | undefined> {
  const dueNow = (await deadlinesWith(tx, caseId, (await readCase(tx, caseId)).exchange)).deadlines.find((d) => d.kind === kind)?.due;
  const refused = dueNow ? refusal(dueNow, input.agreedOn) : undefined;
  if (refused) throw fieldError(field, refused);
  const at = chinaTimestamp(ctx.clock.now());
  await tx.insert(mediationExtensions).values({ id: newId(), caseId, n: input.n, unit: input.unit, agreedOn: input.agreedOn, consent: input.consent.trim(), recordedAt: at, recordedBy: ctx.user.name });
  await tx.update(cases).set({ updatedAt: at }).where(eq(cases.id, caseId));
  return dueNow;
}

export function extendMediationPeriod(ctx: ServiceContext, caseId: string, input: ExtensionInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await writableCaseRow(tx, caseId);
    if (row.status !== 'accepted' && row.status !== 'mediating') throw new AppError('INVALID_TRANSITION', '只有受理后、调解结束前的案件可以延长调解期限。');
    if (await isArbitration(tx, caseId)) {
      throw new AppError('INVALID_TRANSITION', '仲裁案件没有调解期限；延长仲裁期限须经仲裁委员会主任批准，请在“仲裁”中记录。');
    }
    if (row.acceptedOn && input.agreedOn < row.acceptedOn) throw fieldError('agreedOn', '同意日期不能早于受理日期');
    if (input.agreedOn > chinaDate(ctx.clock.now())) throw fieldError('agreedOn', '同意日期不能晚于今天');
    const dueNow = await keepExtension(ctx, tx, caseId, input, 'mediation_period', extensionRefusal, 'agreedOn');
    audit({ action: 'cases.extendMediationPeriod', entity: 'case', entityId: caseId, before: { due: dueNow }, after: { n: input.n, unit: input.unit, agreedOn: input.agreedOn, consent: input.consent.trim() } });
  });
}
