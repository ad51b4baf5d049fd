import { z } from 'zod';
import { mediatorInputSchema } from '../../domain/mediator';
import { ALL_ROLES } from '../../domain/roles';
import { createMediator, listMediators, setMediatorActive, updateMediator } from '../../services/mediators';
import { defineMethod } from '../contract';
import { mediatorSchema } from '../schemas';

const mediatorId = z.uuid({ error: '调解员标识无效' });

export const mediatorMethods = [
  defineMethod({
    name: 'mediators.list',
    summary: '查看调解员名册',
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: z.array(mediatorSchema),
    roles: ALL_ROLES,
    handler: (ctx, input) => listMediators(ctx, input),
  }),
  defineMethod({
    name: 'mediators.create',
    summary: '新增调解员',
    input: mediatorInputSchema,
    output: mediatorSchema,
    roles: ['admin'],
    handler: (ctx, input) => createMediator(ctx, input),
  }),
  defineMethod({
    name: 'mediators.update',
    summary: '修改调解员信息',
    input: z.strictObject({ id: mediatorId, mediator: mediatorInputSchema }),
    output: mediatorSchema,
    roles: ['admin'],
    handler: (ctx, input) => updateMediator(ctx, input.id, input.mediator),
  }),
  defineMethod({
    name: 'mediators.setActive',
    summary: '停用或恢复调解员',
    input: z.strictObject({ id: mediatorId, active: z.boolean({ error: '请指明停用或恢复' }) }),
    output: mediatorSchema,
    roles: ['admin'],
    handler: (ctx, input) => setMediatorActive(ctx, input.id, input.active),
  }),
] as const;
