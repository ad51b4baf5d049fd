import { newId } from './ids';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/store';
import { mediatorRelations, mediators } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { MediatorFields } from '../domain/mediator';
import { writeUnit, type ServiceContext } from './context';

type MediatorRow = typeof mediators.$inferSelect;
type RelationRow = typeof mediatorRelations.$inferSelect;
export type DeclaredRelation = Omit<RelationRow, 'id' | 'mediatorId' | 'position'>;
export type Mediator = MediatorRow & { relations: DeclaredRelation[] };

const relationView = ({ name, kind, idNumber, uscc, note }: RelationRow): DeclaredRelation => ({ name, kind, idNumber, uscc, note });

async function loadRelations(db: Db, ids: string[]): Promise<Map<string, DeclaredRelation[]>> {
  const byMediator = new Map<string, DeclaredRelation[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byMediator;
  const rows = await db
    .select()
    .from(mediatorRelations)
    .where(inArray(mediatorRelations.mediatorId, ids))
    .orderBy(asc(mediatorRelations.mediatorId), asc(mediatorRelations.position));
  for (const row of rows) byMediator.get(row.mediatorId)?.push(relationView(row));
  return byMediator;
}

export async function listMediators(ctx: ServiceContext, options: { includeInactive?: boolean } = {}): Promise<Mediator[]> {
  const query = ctx.store.db.select().from(mediators);
  const rows = await (options.includeInactive ? query : query.where(eq(mediators.active, true))).orderBy(asc(mediators.mediatorNo), asc(mediators.name));
  const relations = await loadRelations(ctx.store.db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, relations: relations.get(r.id) ?? [] }));
}

async function findMediator(db: Db, id: string): Promise<Mediator | undefined> {
  const row = await db.select().from(mediators).where(eq(mediators.id, id)).get();
  if (!row) return undefined;
  const relations = await db.select().from(mediatorRelations).where(eq(mediatorRelations.mediatorId, id)).orderBy(asc(mediatorRelations.position));
  return { ...row, relations: relations.map(relationView) };
}

async function assertNumberFree(tx: Db, mediatorNo: string, exceptId?: string, field = 'mediatorNo'): Promise<void> {
  const clash = await tx
    .select({ id: mediators.id })
    .from(mediators)
    .where(exceptId ? and(eq(mediators.mediatorNo, mediatorNo), ne(mediators.id, exceptId)) : eq(mediators.mediatorNo, mediatorNo))
    .get();
  if (clash) throw new AppError('DUPLICATE_MEDIATOR_NO', undefined, { [field]: '该编号已被其他调解员使用' });
}

async function writeRelations(tx: Db, mediatorId: string, relations: MediatorFields['relations']): Promise<void> {
  await tx.delete(mediatorRelations).where(eq(mediatorRelations.mediatorId, mediatorId));
  if (relations.length === 0) return;
  await tx.insert(mediatorRelations).values(
    relations.map((r, position) => ({
      id: newId(),
      mediatorId,
      position,
      name: r.name,
      kind: r.kind,
      idNumber: r.idNumber ?? null,
      uscc: r.uscc ?? null,
      note: r.note ?? null,
    })),
  );
}

/** Adds a roster entry inside a caller's write unit; `field` prefixes error paths (setup lists). */
export async function insertMediator(tx: Db, ctx: ServiceContext, fields: MediatorFields, field = ''): Promise<Mediator> {
  await assertNumberFree(tx, fields.mediatorNo, undefined, `${field}mediatorNo`);
  const at = chinaTimestamp(ctx.clock.now());
  const row: MediatorRow = {
    id: newId(),
    name: fields.name,
    mediatorNo: fields.mediatorNo,
    phone: fields.phone ?? null,
    specialties: fields.specialties,
    active: true,
    createdAt: at,
    updatedAt: at,
  };
  await tx.insert(mediators).values(row);
  await writeRelations(tx, row.id, fields.relations);
  return (await findMediator(tx, row.id)) as Mediator;
}

export function createMediator(ctx: ServiceContext, fields: MediatorFields): Promise<Mediator> {
  return writeUnit(ctx, async (tx, audit) => {
    const created = await insertMediator(tx, ctx, fields);
    audit({ action: 'mediators.create', entity: 'mediator', entityId: created.id, after: created });
    return created;
  });
}

export function updateMediator(ctx: ServiceContext, id: string, fields: MediatorFields): Promise<Mediator> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await findMediator(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await assertNumberFree(tx, fields.mediatorNo, id);
    await tx
      .update(mediators)
      .set({
        name: fields.name,
        mediatorNo: fields.mediatorNo,
        phone: fields.phone ?? null,
        specialties: fields.specialties,
        updatedAt: chinaTimestamp(ctx.clock.now()),
      })
      .where(eq(mediators.id, id));
    await writeRelations(tx, id, fields.relations);
    const after = (await findMediator(tx, id)) as Mediator;
    audit({ action: 'mediators.update', entity: 'mediator', entityId: id, before, after });
    return after;
  });
}

/** Mediators leave the roster by deactivation, never deletion: past cases still name them. */
export function setMediatorActive(ctx: ServiceContext, id: string, active: boolean): Promise<Mediator> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await findMediator(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    await tx.update(mediators).set({ active, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(mediators.id, id));
    const after = (await findMediator(tx, id)) as Mediator;
    audit({ action: active ? 'mediators.activate' : 'mediators.deactivate', entity: 'mediator', entityId: id, before, after });
    return after;
  });
}

/**
 * Finds roster entries for the mediators an imported case names — by number when it has one,
 * else by name — and adds those the roster lacks (the exchange format promises this). The map
 * remembers what it resolved, so a large import asks the database once per mediator.
 */
export class RosterResolver {
  private readonly known = new Map<string, string>();
  readonly added: string[] = [];

  constructor(
    private readonly tx: Db,
    private readonly at: string,
  ) {}

  async resolve(m: { name: string; mediatorNo?: string | undefined }): Promise<string> {
    const key = m.mediatorNo ? `no:${m.mediatorNo}` : `name:${m.name}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const found = await this.tx
      .select({ id: mediators.id })
      .from(mediators)
      .where(m.mediatorNo ? eq(mediators.mediatorNo, m.mediatorNo) : eq(mediators.name, m.name))
      .orderBy(asc(mediators.createdAt))
      .get();
    let id = found?.id;
    if (!id) {
      id = newId();
      await this.tx.insert(mediators).values({ id, name: m.name, mediatorNo: m.mediatorNo ?? null, specialties: [], active: true, createdAt: this.at, updatedAt: this.at });
      this.added.push(id);
    }
    this.known.set(key, id);
    return id;
  }
}
