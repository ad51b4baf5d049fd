import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { completeSetup, getSetupStatus, setupInputSchema } from '../../services/setup';
import { defineMethod } from '../contract';
import { mediatorSchema, noInput, organizationSchema } from '../schemas';

export const setupMethods = [
  defineMethod({
    name: 'setup.status',
    summary: '查询初始设置状态',
    input: noInput,
    output: z.object({
      initialized: z.boolean(),
      organization: z.object({ name: z.string(), kind: z.string(), region: z.string() }).nullable(),
    }),
    roles: ALL_ROLES,
    handler: (ctx) => getSetupStatus(ctx),
  }),
  defineMethod({
    name: 'setup.complete',
    summary: '完成初始设置',
    input: setupInputSchema,
    output: z.object({ organization: organizationSchema, mediators: z.array(mediatorSchema) }),
    roles: ['admin'],
    handler: (ctx, input) => completeSetup(ctx, input),
  }),
] as const;
