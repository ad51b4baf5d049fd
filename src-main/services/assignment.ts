import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseAgents, caseMediators, caseParties, cases, mediatorAssignments, mediatorRelations, mediators } from '../db/schema';
import { assertTransition, STATUS_ONLY_FACTS } from '../domain/case-workflow';
import { chinaTimestamp } from '../domain/china-time';
import { findConflicts, type ConflictFinding, type PersonRef } from '../domain/conflicts';
import { AppError } from '../domain/errors';
import { simplified } from '../domain/name-variants';
import { PARTY_ROLES, type CaseStatus, type PartyRole } from '../domain/vocabulary';
import { isArbitration, writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';

/**
 * Who mediates a case: the roster with each mediator's current workload, the recusal check
 * before assigning (declared relations, the mediator's own appearances in other cases, this
 * case's people in the mediator's other cases), and the assignment itself — recorded with the
 * findings as shown, the mediator's disclosure and the parties' consent to continue.
 */
// statuses whose cases no longer take a mediator's time (constants, so written into the SQL)
const ENDED = sql.raw("('refused', 'terminated', 'closed', 'archived')");
const CHUNK = 500;

/** The people of some cases — parties, their representatives and agents — as the matcher reads them. */
async function personsOf(db: Db, caseIds: string[]): Promise<Map<string, PersonRef[]>> {
  const out = new Map<string, PersonRef[]>();
  const add = (caseId: string, p: PersonRef) => out.set(caseId, [...(out.get(caseId) ?? []), p]);
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const ids = caseIds.slice(i, i + CHUNK);
    const parties = await db.select().from(caseParties).where(inArray(caseParties.caseId, ids)).orderBy(caseParties.position);
    const roleOf = new Map(parties.map((p) => [p.id, PARTY_ROLES[p.role as PartyRole] ?? p.role]));
    for (const p of parties) {
      const role = roleOf.get(p.id) as string;
      add(p.caseId, { name: p.name, role, ...(p.idNumber ? { idNumber: p.idNumber } : {}), ...(p.uscc ? { uscc: p.uscc } : {}) });
      if (p.representativeName) add(p.caseId, { name: p.representativeName, role: `${role}的${p.representativeTitle ?? '代表人'}` });
    }
    const agents = await db.select().from(caseAgents).where(inArray(caseAgents.caseId, ids)).orderBy(caseAgents.position);
    for (const a of agents) add(a.caseId, { name: a.name, role: `${roleOf.get(a.partyId) ?? ''}的委托代理人`, ...(a.idNumber ? { idNumber: a.idNumber } : {}) });
  }
  return out;
}

async function mediatorOrThrow(db: Db, mediatorId: string) {
  const m = await db.select().from(mediators).where(eq(mediators.id, mediatorId)).get();
  if (!m) throw new AppError('NOT_FOUND', '名册中没有这名调解员。');
  return m;
}

/** The recusal check of one mediator for one case. */
export async function checkConflicts(db: Db, caseId: string, mediatorId: string): Promise<ConflictFinding[]> {
  const m = await mediatorOrThrow(db, mediatorId);
  const relations = await db.select().from(mediatorRelations).where(eq(mediatorRelations.mediatorId, mediatorId)).orderBy(mediatorRelations.position);
  const otherCases = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber })
    .from(caseMediators)
    .innerJoin(cases, eq(cases.id, caseMediators.caseId))
    .where(and(eq(caseMediators.mediatorId, mediatorId), ne(caseMediators.caseId, caseId)));
  const persons = await personsOf(db, [caseId, ...otherCases.map((c) => c.id)]);
  // where the mediator's name (as written, or in its simplified form) appears as a party,
  // representative or agent of any case, this one included; other variants are not indexed
  const names = sql.join([...new Set([m.name, simplified(m.name)])].map((n) => sql`${n}`), sql`, `);
  // the proxy driver returns raw rows as tuples, in the order of the columns
  const rows = await db.all<[string, string | null]>(sql`
    SELECT p.case_id AS caseId, c.case_number AS caseNumber FROM case_parties p JOIN cases c ON c.id = p.case_id
      WHERE p.name IN (${names}) OR p.representative_name IN (${names})
    UNION SELECT a.case_id, c.case_number FROM case_agents a JOIN cases c ON c.id = a.case_id WHERE a.name IN (${names})`);
  const named = rows.map(([caseId, caseNumber]) => ({ caseId, caseNumber }));
  const appearanceCases = await personsOf(db, [...new Set(named.map((n) => n.caseId))]);
  return findConflicts({
    mediator: { name: m.name },
    relations: relations.map((r) => ({ name: r.name, kind: r.kind, idNumber: r.idNumber, uscc: r.uscc, note: r.note })),
    casePersons: persons.get(caseId) ?? [],
    history: otherCases.map((c) => ({ caseNumber: c.caseNumber, persons: persons.get(c.id) ?? [] })),
    appearances: named.flatMap((n) => (appearanceCases.get(n.caseId) ?? []).map((person) => ({ caseNumber: n.caseNumber, person }))),
  });
}

/** The active roster with each mediator's open cases, and who is assigned to this case now. */
export async function assignmentOptions(ctx: ServiceContext, caseId: string) {
  const db = ctx.store.db;
  const roster = await db
    .select({
      id: mediators.id,
      name: mediators.name,
      mediatorNo: mediators.mediatorNo,
      specialties: mediators.specialties,
      // written out: drizzle would name the outer column bare, and SQLite would read it as c.id
      openCases: sql<number>`(SELECT count(*) FROM case_mediators cm JOIN cases c ON c.id = cm.case_id WHERE cm.mediator_id = mediators.id AND c.status NOT IN ${ENDED})`,
    })
    .from(mediators)
    .where(eq(mediators.active, true))
    .orderBy(mediators.name);
  const current = await db
    .select({ mediatorId: mediatorAssignments.mediatorId, role: mediatorAssignments.role, findings: mediatorAssignments.findings, disclosure: mediatorAssignments.disclosure, consent: mediatorAssignments.consent, assignedAt: mediatorAssignments.assignedAt, name: mediators.name })
    .from(mediatorAssignments)
    .innerJoin(mediators, eq(mediators.id, mediatorAssignments.mediatorId))
    .where(and(eq(mediatorAssignments.caseId, caseId), isNull(mediatorAssignments.endedAt)));
  // an imported case names its mediators without assignment records: they are current all the same
  const linked = await db
    .select({ mediatorId: caseMediators.mediatorId, role: caseMediators.role, name: mediators.name })
    .from(caseMediators)
    .innerJoin(mediators, eq(mediators.id, caseMediators.mediatorId))
    .where(eq(caseMediators.caseId, caseId))
    .orderBy(caseMediators.position);
  const recorded = new Set(current.map((a) => a.mediatorId));
  const imported = linked.filter((l) => !recorded.has(l.mediatorId)).map((l) => ({ ...l, findings: [], disclosure: null, consent: null, assignedAt: '' }));
  return { roster, current: [...current, ...imported] };
}

export interface AssignmentInput {
  lead: string;
  assistants: string[];
  /** Per mediator with findings: what the mediator disclosed, and the parties' consent to continue. */
  disclosures: Record<string, { disclosure: string; consent: string }>;
}

/** How the recusal check speaks of whom it assigns: a mediator, or an arbitrator of a tribunal. */
export interface AssignmentWords {
  person: string;
  /** 调解 or 仲裁: what the person does. */
  work: string;
  instead: string;
}
const MEDIATOR_WORDS: AssignmentWords = { person: '调解员', work: '调解', instead: '改派其他调解员' };

/**
 * Inside the caller's write unit: makes the lead and assistants the case's own after the recusal
 * check — findings without disclosure and consent refuse it — and says who was placed, for the audit.
 */
export async function placeAssigned(ctx: ServiceContext, tx: Db, caseId: string, input: AssignmentInput, words: AssignmentWords = MEDIATOR_WORDS) {
  const chosen = [{ id: input.lead, role: 'lead' }, ...input.assistants.filter((a) => a !== input.lead).map((id) => ({ id, role: 'assistant' }))];
  const row = await writableCaseRow(tx, caseId);
  assertTransition(row.status as CaseStatus, 'assign_mediator', STATUS_ONLY_FACTS);
  const now = chinaTimestamp(ctx.clock.now());
  const current = await tx.select().from(mediatorAssignments).where(and(eq(mediatorAssignments.caseId, caseId), isNull(mediatorAssignments.endedAt)));
  const records = [];
  for (const c of chosen) {
    const m = await mediatorOrThrow(tx, c.id);
    if (!m.active) throw new AppError('VALIDATION', `${m.name}已不在册，不能指派`, { [c.role === 'lead' ? 'lead' : 'assistants']: `${m.name}已不在册` });
    const findings = await checkConflicts(tx, caseId, c.id);
    const said = input.disclosures[c.id];
    if (findings.length > 0 && !(said?.disclosure.trim() && said.consent.trim())) {
      throw new AppError('VALIDATION', `${words.person}${m.name}与本案存在${findings.length}项可能影响公正${words.work}的情形：须记录其披露情况和当事人同意继续${words.work}的意见，或${words.instead}`, {
        [`disclosures.${c.id}`]: '请填写披露情况和当事人意见',
      });
    }
    records.push({ ...c, name: m.name, findings, said: findings.length > 0 ? said : undefined });
  }
  const keep = new Set(chosen.map((c) => c.id));
  const ending = current.filter((a) => !keep.has(a.mediatorId) || chosen.find((c) => c.id === a.mediatorId)?.role !== a.role);
  if (ending.length) await tx.update(mediatorAssignments).set({ endedAt: now }).where(inArray(mediatorAssignments.id, ending.map((a) => a.id)));
  const continuing = new Set(current.filter((a) => !ending.includes(a)).map((a) => a.mediatorId));
  for (const r of records.filter((x) => !continuing.has(x.id))) {
    await tx.insert(mediatorAssignments).values({
      id: newId(),
      caseId,
      mediatorId: r.id,
      role: r.role,
      assignedAt: now,
      assignedBy: ctx.user.name,
      findings: r.findings,
      disclosure: r.said?.disclosure.trim() ?? null,
      consent: r.said?.consent.trim() ?? null,
    });
  }
  await tx.delete(caseMediators).where(eq(caseMediators.caseId, caseId));
  await tx.insert(caseMediators).values(chosen.map((c, position) => ({ caseId, mediatorId: c.id, role: c.role, position })));
  await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, caseId));
  return { before: current.map((a) => a.mediatorId), placed: records.map((r) => ({ id: r.id, name: r.name, role: r.role, findings: r.findings.length })) };
}

/** Assigns the lead and assistants after the recusal check; findings without disclosure and consent refuse the assignment. */
export function assignMediators(ctx: ServiceContext, caseId: string, input: AssignmentInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    if (await isArbitration(tx, caseId)) throw new AppError('INVALID_TRANSITION', '仲裁案件的仲裁员由组成仲裁庭产生，请在“仲裁”中组成仲裁庭。');
    const { before, placed } = await placeAssigned(ctx, tx, caseId, input);
    audit({
      action: 'cases.assignMediators',
      entity: 'case',
      entityId: caseId,
      before: { mediators: before },
      after: { mediators: placed.map(({ name, role, findings }) => ({ name, role, findings })) },
    });
  });
}
