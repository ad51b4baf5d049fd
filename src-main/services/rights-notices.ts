import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseMediators, caseParties, rightsNotices } from '../db/schema';
import { assertTransition, workflowFacts } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { RightsNoticeInput } from '../domain/rights-notice';
import { PARTY_ROLES, type CaseStatus, type PartyRole } from '../domain/vocabulary';
import { isArbitration, writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';

/** The notice of rights and duties per party: given when and how, acknowledged or not. */
export async function rightsNoticeStatus(db: Db, caseId: string) {
  const parties = await db.select({ id: caseParties.id, name: caseParties.name, role: caseParties.role }).from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(caseParties.position);
  const notices = await db.select().from(rightsNotices).where(eq(rightsNotices.caseId, caseId));
  return parties.map((p) => {
    const n = notices.find((x) => x.partyId === p.id);
    return {
      partyId: p.id,
      name: p.name,
      role: PARTY_ROLES[p.role as PartyRole] ?? p.role,
      notice: n ? { givenOn: n.givenOn, manner: n.manner, acknowledged: n.acknowledged, note: n.note, recordedBy: n.recordedBy } : null,
    };
  });
}

/**
 * The parties still without the notice, by name — what keeps a session from being held. A
 * commission's case has none: its parties are told their rights by the arbitration notice with the rules.
 */
export async function partiesWithoutRightsNotice(db: Db, caseId: string): Promise<string[]> {
  if (await isArbitration(db, caseId)) return [];
  return (await rightsNoticeStatus(db, caseId)).filter((p) => !p.notice).map((p) => p.name);
}

export function recordRightsNotice(ctx: ServiceContext, caseId: string, partyId: string, input: RightsNoticeInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const c = await writableCaseRow(tx, caseId);
    const party = await tx.select().from(caseParties).where(and(eq(caseParties.id, partyId), eq(caseParties.caseId, caseId))).get();
    if (!party) throw new AppError('NOT_FOUND', '该当事人不在本案中。');
    const lead = await tx.select().from(caseMediators).where(and(eq(caseMediators.caseId, caseId), eq(caseMediators.role, 'lead'))).get();
    assertTransition(c.status as CaseStatus, 'give_rights_notice', workflowFacts({}, { mediatorAssigned: Boolean(lead), partiesWithoutRightsNotice: [] }));
    if (c.acceptedOn && input.givenOn < c.acceptedOn) throw new AppError('VALIDATION', '告知日期不能早于受理日期', { givenOn: '告知日期不能早于受理日期' });
    if (input.givenOn > chinaDate(ctx.clock.now())) throw new AppError('VALIDATION', '告知日期不能晚于今天', { givenOn: '告知日期不能晚于今天' });
    const row = { givenOn: input.givenOn, manner: input.manner, acknowledged: input.acknowledged, note: input.note ?? null, recordedAt: chinaTimestamp(ctx.clock.now()), recordedBy: ctx.user.name };
    await tx
      .insert(rightsNotices)
      .values({ id: newId(), caseId, partyId, ...row })
      .onConflictDoUpdate({ target: rightsNotices.partyId, set: row });
    audit({ action: 'cases.recordRightsNotice', entity: 'case', entityId: caseId, after: { party: party.name, givenOn: input.givenOn, manner: input.manner, acknowledged: input.acknowledged } });
  });
}
