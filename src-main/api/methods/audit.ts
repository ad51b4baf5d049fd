import { z } from 'zod';
import { auditQuerySchema } from '../../domain/audit-query';
import type { Role } from '../../domain/roles';
import { auditFacets, auditWorkbook, labelWith, searchAudit, verifyAuditChain } from '../../services/audit-log';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

/**
 * 审计日志: read, filtered, exported and verified — by the auditor and the system administrator,
 * and by no one written to (the table refuses changes). The summaries of the API's own methods
 * name the actions, so they are passed in by the registry.
 */
const READERS: Role[] = ['auditor', 'admin'];
const option = z.object({ value: z.string(), label: z.string() });
const row = z.object({
  seq: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  entity: z.string(),
  entityLabel: z.string(),
  entityId: z.string().nullable(),
  outcome: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const auditMethods = (summaryOf: (name: string) => string | undefined) => {
  const label = labelWith(summaryOf);
  return [
    defineMethod({
      name: 'audit.list',
      summary: '查看审计日志',
      input: auditQuerySchema,
      output: z.object({ total: z.number(), rows: z.array(row) }),
      roles: READERS,
      handler: (ctx, input) => searchAudit(ctx, input, label),
    }),
    defineMethod({
      name: 'audit.facets',
      summary: '审计日志筛选项',
      input: noInput,
      output: z.object({ actors: z.array(z.string()), actions: z.array(option), entities: z.array(option) }),
      roles: READERS,
      handler: (ctx) => auditFacets(ctx, label),
    }),
    defineMethod({
      name: 'audit.export',
      summary: '导出审计日志',
      input: auditQuerySchema,
      output: z.object({ fileName: z.string(), dataBase64: z.string(), rows: z.number() }),
      roles: READERS,
      handler: async (ctx, input) => {
        const book = await auditWorkbook(ctx, input, label);
        return { fileName: book.fileName, dataBase64: book.bytes.toString('base64'), rows: book.rows };
      },
    }),
    defineMethod({
      name: 'audit.verify',
      summary: '校验审计日志',
      input: noInput,
      output: z.object({ ok: z.boolean(), rows: z.number(), brokenAt: z.number().optional() }),
      roles: READERS,
      handler: (ctx) => verifyAuditChain(ctx),
    }),
  ];
};
