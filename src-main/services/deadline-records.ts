import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/store';
import { followUpPlans, materialRequests, mediationExtensions } from '../db/schema';
import type { MediationExtension, OpenMaterialRequest, PlannedFollowUp } from '../domain/deadlines';

/** What the office recorded that moves a case's deadlines: extensions by consent, planned follow-ups, a court's requests for material. */
export interface RecordedExtension extends MediationExtension {
  consent: string;
  recordedBy: string;
}
export interface OpenFollowUpPlan extends PlannedFollowUp {
  id: string;
  note: string | null;
}

const byCase = <T>(rows: (T & { caseId: string })[]) => {
  const out = new Map<string, T[]>();
  for (const { caseId, ...rest } of rows) out.set(caseId, [...(out.get(caseId) ?? []), rest as unknown as T]);
  return out;
};

export async function extensionsOf(db: Db, caseIds: readonly string[]): Promise<Map<string, RecordedExtension[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.select().from(mediationExtensions).where(inArray(mediationExtensions.caseId, [...caseIds])).orderBy(asc(mediationExtensions.agreedOn));
  return byCase(rows.map((r) => ({ caseId: r.caseId, n: r.n, unit: r.unit as MediationExtension['unit'], agreedOn: r.agreedOn, consent: r.consent, recordedBy: r.recordedBy })));
}

/** Follow-ups planned and not yet made or cancelled, soonest first. */
export async function openPlansOf(db: Db, caseIds: readonly string[]): Promise<Map<string, OpenFollowUpPlan[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(followUpPlans)
    .where(and(inArray(followUpPlans.caseId, [...caseIds]), eq(followUpPlans.status, 'planned')))
    .orderBy(asc(followUpPlans.dueOn));
  return byCase(rows.map((r) => ({ caseId: r.caseId, id: r.id, dueOn: r.dueOn, method: r.method, visitor: r.visitor, note: r.note })));
}

/** What a court asked to be added and is not yet supplied, soonest due first. */
export async function openMaterialRequestsOf(db: Db, caseIds: readonly string[]): Promise<Map<string, OpenMaterialRequest[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(materialRequests)
    .where(and(inArray(materialRequests.caseId, [...caseIds]), isNull(materialRequests.suppliedOn)))
    .orderBy(asc(materialRequests.dueOn));
  return byCase(rows.map((r) => ({ caseId: r.caseId, dueOn: r.dueOn, what: r.what })));
}
