import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/store';
import {
  caseAgents,
  caseAgreements,
  caseEnforcements,
  caseFollowUps,
  caseIpRights,
  caseMediators,
  caseParties,
  cases,
  caseSearchKeys,
  caseSessions,
  caseTerms,
  mediators,
} from '../db/schema';
import { searchDocument, spacedDocument, type SearchDocument } from '../domain/search';
import type { CaseRows, LoadedCaseRows } from './case-mapping';

/**
 * Writing and reading whole cases: every table a case spans, its mediator links and its
 * full-text rows, always inside the caller's write unit. Writes are chunked multi-row inserts,
 * which is what lets an import of tens of thousands of cases finish in seconds.
 */
const CHUNK = 400;

async function insertChunked(tx: Db, table: SQLiteTable, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + CHUNK) as never);
  }
}

export interface MediatorLink {
  caseId: string;
  mediatorId: string;
  role: string;
  position: number;
}

function documentOf(rows: CaseRows): SearchDocument {
  return searchDocument({
    caseNumber: rows.case.caseNumber,
    subject: rows.case.subject,
    parties: rows.parties.map((p) => ({ name: p.name, kind: p.kind, representativeName: p.representativeName })),
    agents: rows.agents.map((a) => ({ name: a.name, firm: a.firm })),
    ipRights: rows.ipRights.map((r) => ({ number: r.number, title: r.title })),
  });
}

async function insertSearchRows(tx: Db, entries: { key: number; doc: SearchDocument }[]): Promise<void> {
  for (const [table, transform] of [
    ['case_search', (d: SearchDocument) => d],
    ['case_search_chars', spacedDocument],
  ] as const) {
    for (let i = 0; i < entries.length; i += CHUNK) {
      const values = entries.slice(i, i + CHUNK).map(({ key, doc }) => {
        const d = transform(doc);
        return sql`(${key}, ${d.number}, ${d.names}, ${d.rights}, ${d.subject}, ${d.initials})`;
      });
      await tx.run(sql`INSERT INTO ${sql.identifier(table)} (rowid, number, names, rights, subject, initials) VALUES ${sql.join(values, sql`, `)}`);
    }
  }
}

/** Inserts cases with all their rows, mediator links and search entries. */
export async function insertCases(tx: Db, all: CaseRows[], links: MediatorLink[]): Promise<void> {
  await insertChunked(tx, cases, all.map((r) => r.case));
  await insertChunked(tx, caseIpRights, all.flatMap((r) => r.ipRights));
  await insertChunked(tx, caseParties, all.flatMap((r) => r.parties));
  await insertChunked(tx, caseAgents, all.flatMap((r) => r.agents));
  await insertChunked(tx, caseSessions, all.flatMap((r) => r.sessions));
  await insertChunked(tx, caseAgreements, all.flatMap((r) => (r.agreement ? [r.agreement] : [])));
  await insertChunked(tx, caseTerms, all.flatMap((r) => r.terms));
  await insertChunked(tx, caseEnforcements, all.flatMap((r) => (r.enforcement ? [r.enforcement] : [])));
  await insertChunked(tx, caseFollowUps, all.flatMap((r) => r.followUps));
  await insertChunked(tx, caseMediators, links as unknown as Record<string, unknown>[]);
  const last = await tx.select({ key: sql<number>`coalesce(max(${caseSearchKeys.key}), 0)` }).from(caseSearchKeys).get();
  const first = (last?.key ?? 0) + 1;
  const keyed = all.map((r, i) => ({ key: first + i, caseId: r.case.id as string, doc: documentOf(r) }));
  await insertChunked(tx, caseSearchKeys, keyed.map(({ key, caseId }) => ({ key, caseId })));
  await insertSearchRows(tx, keyed);
}

/** Removes a case and everything that hangs off it, search rows included. */
export async function deleteCase(tx: Db, caseId: string): Promise<void> {
  const key = await tx.select({ key: caseSearchKeys.key }).from(caseSearchKeys).where(eq(caseSearchKeys.caseId, caseId)).get();
  if (key) {
    await tx.run(sql`DELETE FROM case_search WHERE rowid = ${key.key}`);
    await tx.run(sql`DELETE FROM case_search_chars WHERE rowid = ${key.key}`);
  }
  await tx.delete(cases).where(eq(cases.id, caseId));
}

/** Rewrites a case's search rows after its parties, rights or number changed. */
export async function reindexCase(tx: Db, caseId: string): Promise<void> {
  const [loaded] = await loadCases(tx, [caseId]);
  const key = await tx.select({ key: caseSearchKeys.key }).from(caseSearchKeys).where(eq(caseSearchKeys.caseId, caseId)).get();
  if (!loaded || !key) return;
  await tx.run(sql`DELETE FROM case_search WHERE rowid = ${key.key}`);
  await tx.run(sql`DELETE FROM case_search_chars WHERE rowid = ${key.key}`);
  const doc = searchDocument({
    caseNumber: loaded.case.caseNumber,
    subject: loaded.case.subject,
    parties: loaded.parties,
    agents: loaded.agents,
    ipRights: loaded.ipRights,
  });
  await insertSearchRows(tx, [{ key: key.key, doc }]);
}

const group = <T extends { caseId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.caseId, [...(m.get(r.caseId) ?? []), r]);
  return m;
};

/** All rows of the given cases, in the order of `ids`. */
export async function loadCases(db: Db, ids: string[]): Promise<LoadedCaseRows[]> {
  const out: LoadedCaseRows[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [caseRows, rights, parties, agents, links, sessions, agreements, terms, enforcements, followUps] = await Promise.all([
      db.select().from(cases).where(inArray(cases.id, chunk)),
      db.select().from(caseIpRights).where(inArray(caseIpRights.caseId, chunk)).orderBy(asc(caseIpRights.position)),
      db.select().from(caseParties).where(inArray(caseParties.caseId, chunk)).orderBy(asc(caseParties.position)),
      db.select().from(caseAgents).where(inArray(caseAgents.caseId, chunk)).orderBy(asc(caseAgents.position)),
      db
        .select({ caseId: caseMediators.caseId, name: mediators.name, role: caseMediators.role, mediatorNo: mediators.mediatorNo })
        .from(caseMediators)
        .innerJoin(mediators, eq(mediators.id, caseMediators.mediatorId))
        .where(inArray(caseMediators.caseId, chunk))
        .orderBy(asc(caseMediators.position)),
      db.select().from(caseSessions).where(inArray(caseSessions.caseId, chunk)).orderBy(asc(caseSessions.position)),
      db.select().from(caseAgreements).where(inArray(caseAgreements.caseId, chunk)),
      db.select().from(caseTerms).where(inArray(caseTerms.caseId, chunk)).orderBy(asc(caseTerms.position)),
      db.select().from(caseEnforcements).where(inArray(caseEnforcements.caseId, chunk)),
      db.select().from(caseFollowUps).where(inArray(caseFollowUps.caseId, chunk)).orderBy(asc(caseFollowUps.position)),
    ]);
    const byId = new Map(caseRows.map((c) => [c.id, c]));
    const [r, p, a, l, s, t, f] = [group(rights), group(parties), group(agents), group(links), group(sessions), group(terms), group(followUps)];
    const agreementOf = new Map(agreements.map((x) => [x.caseId, x]));
    const enforcementOf = new Map(enforcements.map((x) => [x.caseId, x]));
    for (const id of chunk) {
      const c = byId.get(id);
      if (!c) continue;
      out.push({
        case: c,
        ipRights: r.get(id) ?? [],
        parties: p.get(id) ?? [],
        agents: a.get(id) ?? [],
        mediators: (l.get(id) ?? []).map(({ name, role, mediatorNo }) => ({ name, role, mediatorNo })),
        sessions: s.get(id) ?? [],
        agreement: agreementOf.get(id),
        terms: t.get(id) ?? [],
        enforcement: enforcementOf.get(id),
        followUps: f.get(id) ?? [],
      });
    }
  }
  return out;
}
