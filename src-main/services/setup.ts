import { z } from 'zod';
import { mediatorInputSchema } from '../domain/mediator';
import { organizationInputSchema } from '../domain/organization';
import { writeUnit, type ServiceContext } from './context';
import { insertMediator, type Mediator } from './mediators';
import { findOrganization, insertOrganization, type Organization } from './organization';

export const setupInputSchema = z.strictObject({
  organization: organizationInputSchema,
  mediators: z.array(mediatorInputSchema).max(200, '一次最多登记200名调解员').default([]),
});
export type SetupFields = z.output<typeof setupInputSchema>;

export interface SetupStatus {
  initialized: boolean;
  organization: Pick<Organization, 'name' | 'kind' | 'region'> | null;
}

export async function getSetupStatus(ctx: ServiceContext): Promise<SetupStatus> {
  const org = await findOrganization(ctx.store.db);
  return { initialized: Boolean(org), organization: org ? { name: org.name, kind: org.kind, region: org.region } : null };
}

/** First-run setup: the organization and its roster, all in one write unit. */
export function completeSetup(ctx: ServiceContext, fields: SetupFields): Promise<{ organization: Organization; mediators: Mediator[] }> {
  return writeUnit(ctx, async (tx, audit) => {
    const organization = await insertOrganization(tx, ctx, fields.organization);
    audit({ action: 'setup.complete', entity: 'organization', entityId: organization.id, after: organization });
    const created: Mediator[] = [];
    for (const [i, m] of fields.mediators.entries()) {
      const mediator = await insertMediator(tx, ctx, m, `mediators.${i}.`);
      audit({ action: 'setup.complete', entity: 'mediator', entityId: mediator.id, after: mediator });
      created.push(mediator);
    }
    return { organization, mediators: created };
  });
}
