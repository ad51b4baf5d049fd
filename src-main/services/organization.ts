import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { organization } from '../db/schema';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { OrganizationFields } from '../domain/organization';
import { writeUnit, type ServiceContext } from './context';

export const ORGANIZATION_ID = 'organization';
export type Organization = typeof organization.$inferSelect;

export async function findOrganization(db: Db): Promise<Organization | undefined> {
  return db.select().from(organization).where(eq(organization.id, ORGANIZATION_ID)).get();
}

export async function getOrganization(ctx: ServiceContext): Promise<Organization> {
  const org = await findOrganization(ctx.store.db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  return org;
}

const columns = (fields: OrganizationFields) => ({
  name: fields.name,
  kind: fields.kind,
  region: fields.region,
  address: fields.address ?? null,
  phone: fields.phone ?? null,
  defaultCourt: fields.defaultCourt ?? null,
  caseNumberPattern: fields.caseNumberPattern,
});

/** Inserts the organization row inside a caller's write unit (first-run setup, `cli init`). */
export async function insertOrganization(tx: Db, ctx: ServiceContext, fields: OrganizationFields): Promise<Organization> {
  if (await findOrganization(tx)) throw new AppError('SETUP_ALREADY_DONE');
  const at = chinaTimestamp(ctx.clock.now());
  const row: Organization = { id: ORGANIZATION_ID, ...columns(fields), createdAt: at, updatedAt: at };
  await tx.insert(organization).values(row);
  return row;
}

export async function updateOrganization(ctx: ServiceContext, fields: OrganizationFields): Promise<Organization> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await findOrganization(tx);
    if (!before) throw new AppError('SETUP_REQUIRED');
    const after: Organization = { ...before, ...columns(fields), updatedAt: chinaTimestamp(ctx.clock.now()) };
    await tx.update(organization).set(after).where(eq(organization.id, ORGANIZATION_ID));
    audit({ action: 'organization.update', entity: 'organization', entityId: ORGANIZATION_ID, before, after });
    return after;
  });
}
