import { and, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fileHash } from '../domain/exchange/primitives';
import { caseIpRights, caseParties, cases, partyDocuments, storedFiles } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { addDays, isLegalDate } from '../domain/dates';
import { isDuplicate, type DuplicateCandidate } from '../domain/duplicates';
import { assertTransition, STATUS_ONLY_FACTS } from '../domain/case-workflow';
import { AppError } from '../domain/errors';
import { intakeSchema, type IntakeCase } from '../domain/exchange';
import { parseYuan } from '../domain/money';
import { deriveTrack } from '../domain/triage';
import type { CaseStatus } from '../domain/vocabulary';
import { caseToRows } from './case-mapping';
import { writableCaseRow } from './case-row';
import { CaseNumberAllocator } from './case-numbers';
import { readIntakeSettings } from './case-settings';
import { insertCases, reindexCase } from './case-store';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';

/** Registration, acceptance or refusal, and the triage override: the front door of a case. */

export const registrationSchema = z.strictObject({
  case: intakeSchema,
  /** Identity papers already in the file store, attached to the party at `partyIndex`. */
  documents: z
    .array(z.strictObject({ partyIndex: z.number().int().min(0), sha256: fileHash, name: z.string().trim().min(1).max(200) }))
    .max(100)
    .default([]),
});
export type Registration = z.output<typeof registrationSchema>;

const today = (ctx: ServiceContext) => chinaTimestamp(ctx.clock.now()).slice(0, 10);
const claimFen = (c: IntakeCase) => {
  const parsed = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
  return parsed?.ok ? parsed.fen : null;
};

export async function registerCase(ctx: ServiceContext, input: Registration): Promise<{ id: string }> {
  const c = input.case;
  if (c.receivedOn > today(ctx)) throw new AppError('VALIDATION', '登记日期不能晚于今天', { 'case.receivedOn': '登记日期不能晚于今天' });
  return writeUnit(ctx, async (tx, audit) => {
    const { triage } = await readIntakeSettings(tx);
    const { track, reason } = deriveTrack({ category: c.category, claimAmountFen: claimFen(c), partyCount: c.parties.length }, triage);
    const id = newId();
    const at = chinaTimestamp(ctx.clock.now());
    const rows = caseToRows({ ...c, mediators: [], sessions: [], followUps: [] }, { id, caseNumber: null, numberYear: null, status: 'registered', track, trackReason: reason, at });
    await insertCases(tx, [rows], []);
    for (const doc of input.documents) {
      const party = rows.parties[doc.partyIndex];
      if (!party) throw new AppError('VALIDATION', '身份证明文件对应的当事人不存在', { [`documents.${doc.partyIndex}`]: '当事人不存在' });
      if (!(await tx.select({ sha256: storedFiles.sha256 }).from(storedFiles).where(eq(storedFiles.sha256, doc.sha256)).get())) {
        throw new AppError('VALIDATION', '身份证明文件尚未上传成功，请重新上传', { [`documents.${doc.partyIndex}`]: '文件未上传' });
      }
      await tx.insert(partyDocuments).values({ id: newId(), partyId: party.id as string, sha256: doc.sha256, name: doc.name, addedAt: at, addedBy: ctx.user.id });
    }
    audit({ action: 'cases.register', entity: 'case', entityId: id, after: { status: 'registered', category: c.category, source: c.source, track } });
    return { id };
  });
}

const dateField = (field: string, value: string, receivedOn: string, label: string, now: string) => {
  if (!isLegalDate(value)) throw new AppError('VALIDATION', `${label}不是有效日期`, { [field]: `${label}不是有效日期` });
  if (value < receivedOn) throw new AppError('VALIDATION', `${label}不能早于登记日期`, { [field]: `${label}不能早于登记日期` });
  if (value > now) throw new AppError('VALIDATION', `${label}不能晚于今天`, { [field]: `${label}不能晚于今天` });
};

/** Accepts a registered case under the next number of the organization's pattern. */
export function acceptCase(ctx: ServiceContext, id: string, acceptedOn: string): Promise<{ caseNumber: string }> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await writableCaseRow(tx, id);
    dateField('acceptedOn', acceptedOn, before.receivedOn, '受理日期', today(ctx));
    const numbers = await CaseNumberAllocator.open(tx);
    const year = Number(acceptedOn.slice(0, 4));
    const caseNumber = await numbers.allocate(year);
    assertTransition(before.status as CaseStatus, { action: 'accept', caseNumber }, STATUS_ONLY_FACTS); // a refusal rolls the number back
    await numbers.save();
    await tx
      .update(cases)
      .set({ caseNumber, numberYear: year, acceptedOn, status: 'accepted', updatedAt: chinaTimestamp(ctx.clock.now()) })
      .where(eq(cases.id, id));
    await reindexCase(tx, id);
    audit({ action: 'cases.accept', entity: 'case', entityId: id, before: { status: before.status }, after: { status: 'accepted', caseNumber, acceptedOn } });
    return { caseNumber };
  });
}

export function refuseCase(ctx: ServiceContext, id: string, refusedOn: string, reason: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await writableCaseRow(tx, id);
    assertTransition(before.status as CaseStatus, { action: 'refuse', reason }, STATUS_ONLY_FACTS);
    dateField('refusedOn', refusedOn, before.receivedOn, '不予受理日期', today(ctx));
    await tx.update(cases).set({ refusedOn, refusalReason: reason, status: 'refused', updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, id));
    audit({ action: 'cases.refuse', entity: 'case', entityId: id, before: { status: before.status }, after: { status: 'refused', refusedOn, reason } });
  });
}

/** Overrides the derived track; the note saying why is required and kept. */
export function overrideTrack(ctx: ServiceContext, id: string, track: 'simple' | 'complex', note: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await writableCaseRow(tx, id);
    await tx.update(cases).set({ track, trackOverrideNote: note, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, id));
    audit({ action: 'cases.overrideTrack', entity: 'case', entityId: id, before: { track: before.track, note: before.trackOverrideNote }, after: { track, note } });
  });
}

export interface DuplicateHit {
  id: string;
  caseNumber: string | null;
  receivedOn: string;
  status: string;
}

/** Earlier cases with the same applicant and respondent over the same right, inside the window. */
export async function findDuplicates(ctx: ServiceContext, incoming: DuplicateCandidate & { excludeId?: string | undefined }): Promise<DuplicateHit[]> {
  const { duplicateWindowDays } = await readIntakeSettings(ctx.store.db);
  const db = ctx.store.db;
  const ids = incoming.parties.flatMap((p) => [p.idNumber, p.uscc]).filter((x): x is string => Boolean(x));
  const names = incoming.parties.map((p) => p.name);
  if (names.length === 0 || incoming.ipRights.length === 0) return [];
  const candidates = await db
    .selectDistinct({ id: cases.id, caseNumber: cases.caseNumber, receivedOn: cases.receivedOn, status: cases.status })
    .from(caseParties)
    .innerJoin(cases, eq(cases.id, caseParties.caseId))
    .where(
      and(
        or(inArray(caseParties.name, names), ids.length ? inArray(caseParties.idNumber, ids) : undefined, ids.length ? inArray(caseParties.uscc, ids) : undefined),
        gte(cases.receivedOn, addDays(incoming.receivedOn, -duplicateWindowDays)),
        lte(cases.receivedOn, addDays(incoming.receivedOn, duplicateWindowDays)),
        incoming.excludeId ? ne(cases.id, incoming.excludeId) : sql`1 = 1`,
      ),
    )
    .limit(200);
  if (candidates.length === 0) return [];
  const candidateIds = candidates.map((c) => c.id);
  const [parties, rights] = await Promise.all([
    db.select({ caseId: caseParties.caseId, role: caseParties.role, name: caseParties.name, idNumber: caseParties.idNumber, uscc: caseParties.uscc }).from(caseParties).where(inArray(caseParties.caseId, candidateIds)),
    db.select({ caseId: caseIpRights.caseId, number: caseIpRights.number, title: caseIpRights.title }).from(caseIpRights).where(inArray(caseIpRights.caseId, candidateIds)),
  ]);
  return candidates
    .filter((c) =>
      isDuplicate(
        incoming,
        { receivedOn: c.receivedOn, parties: parties.filter((p) => p.caseId === c.id), ipRights: rights.filter((r) => r.caseId === c.id) },
        duplicateWindowDays,
      ),
    )
    .sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : -1));
}
