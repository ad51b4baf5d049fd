import { organizationInputSchema } from '../../domain/organization';
import { ALL_ROLES } from '../../domain/roles';
import { getOrganization, updateOrganization } from '../../services/organization';
import { defineMethod } from '../contract';
import { noInput, organizationSchema } from '../schemas';

export const organizationMethods = [
  defineMethod({
    name: 'organization.get',
    summary: '查看组织信息',
    input: noInput,
    output: organizationSchema,
    roles: ALL_ROLES,
    handler: (ctx) => getOrganization(ctx),
  }),
  defineMethod({
    name: 'organization.update',
    summary: '修改组织信息',
    input: organizationInputSchema,
    output: organizationSchema,
    roles: ['admin'],
    handler: (ctx, input) => updateOrganization(ctx, input),
  }),
] as const;
