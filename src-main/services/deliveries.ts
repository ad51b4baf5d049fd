import { eq, inArray } from 'drizzle-orm';
import { caseParties, deliveries, generatedDocuments } from '../db/schema';
import type { Db } from '../db/store';
import { DOCUMENT_KINDS, documentKind } from '../documents/catalog';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { checkDelivery, type Delivery, type DeliveryMethod } from '../domain/delivery';
import { AppError } from '../domain/errors';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { newId } from './ids';

/**
 * Service of generated documents on the parties (送达): each service recorded against the version
 * served, and the papers still to serve on a party — what its service receipt (送达回证) lists.
 */

/** Records that a generated document was served on one addressee; refused, naming the field, when it cannot have been. */
export function recordDelivery(ctx: ServiceContext, documentId: string, d: Delivery): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const doc = await tx.select().from(generatedDocuments).where(eq(generatedDocuments.id, documentId)).get();
    if (!doc) throw new AppError('NOT_FOUND', '未找到该文书。');
    await writableCaseRow(tx, doc.caseId);
    const parties = await tx.select({ name: caseParties.name }).from(caseParties).where(eq(caseParties.caseId, doc.caseId));
    const served = await tx.select({ party: deliveries.party }).from(deliveries).where(eq(deliveries.documentId, documentId));
    checkDelivery(d, { parties: parties.map((p) => p.name), madeOn: doc.createdAt.slice(0, 10), today: chinaDate(ctx.clock.now()), servedOn: served.map((s) => s.party) });
    const row = { id: newId(), documentId, ...d, receivedBy: d.receivedBy ?? null, note: d.note ?? null, recordedAt: chinaTimestamp(ctx.clock.now()), recordedBy: ctx.user.name };
    await tx.insert(deliveries).values(row);
    audit({ action: 'documents.recordDelivery', entity: 'case', entityId: doc.caseId, after: { kind: doc.kind, version: doc.version, targetLabel: doc.targetLabel, ...d } });
  });
}

/** The services recorded for each of the documents, in the order recorded. */
export async function deliveriesOf(db: Db, documentIds: readonly string[]): Promise<Map<string, Delivery[]>> {
  const byDocument = new Map<string, Delivery[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = await db.select().from(deliveries).where(inArray(deliveries.documentId, [...documentIds])).orderBy(deliveries.recordedAt);
  for (const r of rows) {
    const d: Delivery = { party: r.party, method: r.method as DeliveryMethod, servedOn: r.servedOn, ...(r.receivedBy ? { receivedBy: r.receivedBy } : {}), ...(r.note ? { note: r.note } : {}) };
    byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), d]);
  }
  return byDocument;
}

const order = (kind: string) => DOCUMENT_KINDS.findIndex((k) => k.kind === kind);

/**
 * For each party (in the case's order), the titles of the papers made for it or for the whole case
 * that are served on parties and not yet recorded as served on it — the newest version of each.
 */
export async function papersToServe(db: Db, caseId: string, parties: readonly string[]): Promise<string[][]> {
  const made = await db
    .select({ id: generatedDocuments.id, kind: generatedDocuments.kind, label: generatedDocuments.targetLabel, party: generatedDocuments.targetParty, version: generatedDocuments.version })
    .from(generatedDocuments)
    .where(eq(generatedDocuments.caseId, caseId));
  const newest = new Map<string, (typeof made)[number]>();
  for (const m of made.filter((x) => documentKind(x.kind)?.served)) {
    const key = `${m.kind}\u0000${m.label}`;
    if ((newest.get(key)?.version ?? 0) < m.version) newest.set(key, m);
  }
  const served = await deliveriesOf(db, [...newest.values()].map((m) => m.id));
  return parties.map((name, i) =>
    [...newest.values()]
      .filter((m) => (m.party === null || m.party === i) && !(served.get(m.id) ?? []).some((d) => d.party === name))
      .sort((a, b) => order(a.kind) - order(b.kind))
      .map((m) => documentKind(m.kind)?.title ?? m.kind),
  );
}
