import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { aboutSystem, checkIntegrity } from '../../services/system';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

export const systemMethods = [
  defineMethod({
    name: 'system.about',
    summary: '查看版本与数据位置',
    input: noInput,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      databaseFile: z.string(),
      databaseBytes: z.number(),
      schemaVersion: z.number(),
    }),
    roles: ALL_ROLES,
    handler: (ctx) => aboutSystem(ctx),
  }),
  defineMethod({
    name: 'system.checkIntegrity',
    summary: '数据库完整性检查',
    input: noInput,
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
    roles: ['admin', 'auditor'],
    handler: (ctx) => checkIntegrity(ctx),
  }),
  defineMethod({
    name: 'system.recovery',
    summary: '启动检查结果',
    input: noInput,
    output: z.object({ damaged: z.object({ problems: z.array(z.string()) }).nullable() }),
    roles: ALL_ROLES,
    handler: async (ctx) => ({ damaged: ctx.damaged ? { problems: [...ctx.damaged] } : null }),
  }),
] as const;
