import { typicalCases } from '../db/schema';
import { docContext } from '../documents/compose';
import { draftWriteUp, typicalCase } from '../documents/kinds/typical-case';
import { anonymizerFor } from '../domain/anonymize';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { exposuresOf, type WriteUp } from '../domain/typical-case';
import { getCase } from './case-detail';
import { caseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { composeInput } from './documents';
import { savedWriteUp } from './typical-case-row';

/**
 * The typical-case editor's store: the write-up saved for a case, or the draft drawn from the case
 * (anonymized, with the office's 典型意义 wording) to start from. A write-up is saved only when
 * nothing in it still names anyone or carries personal data. Written up after the case ends, so an
 * archived case may have one too: it is not part of the case file.
 */

export async function draftOf(ctx: ServiceContext, caseId: string, roundAmounts: boolean): Promise<WriteUp> {
  return draftWriteUp(docContext(typicalCase, await composeInput(ctx, caseId, typicalCase)), roundAmounts);
}

export async function typicalCaseOf(ctx: ServiceContext, caseId: string) {
  const saved = await savedWriteUp(ctx.store.db, caseId);
  if (!saved) return { writeUp: await draftOf(ctx, caseId, false), saved: null };
  const { savedAt, savedBy, ...writeUp } = saved;
  return { writeUp, saved: { at: savedAt, by: savedBy } };
}

export async function saveTypicalCase(ctx: ServiceContext, caseId: string, writeUp: WriteUp): Promise<void> {
  const exposures = exposuresOf(writeUp, anonymizerFor((await getCase(ctx, caseId)).exchange));
  if (Object.keys(exposures).length > 0) {
    throw new AppError('VALIDATION', Object.values(exposures).join(''), Object.fromEntries(Object.entries(exposures).map(([part, message]) => [`writeUp.${part}`, message])));
  }
  await writeUnit(ctx, async (tx, audit) => {
    await caseRow(tx, caseId);
    const row = { ...writeUp, savedAt: chinaTimestamp(ctx.clock.now()), savedBy: ctx.user.name };
    await tx.insert(typicalCases).values({ caseId, ...row }).onConflictDoUpdate({ target: typicalCases.caseId, set: row });
    audit({ action: 'typicalCases.save', entity: 'case', entityId: caseId, after: { title: writeUp.title, roundAmounts: writeUp.roundAmounts } });
  });
}
