import { z } from 'zod';
import { RETENTION_PERIOD_KEYS } from '../../domain/case-file';
import { legalDate, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { getCaseFile, setCaseFilePages } from '../../services/case-file';
import { archiveCase, closeCase, unarchiveCase } from '../../services/closure';
import { defineMethod } from '../contract';

/** Closing a case, compiling its file, archiving it, and an administrator's unarchiving. */
const caseId = z.uuid({ error: '案件标识无效' });

const caseFileItem = z.object({
  no: z.number(),
  kind: z.string(),
  name: z.string(),
  required: z.boolean(),
  present: z.boolean(),
  sources: z.array(z.string()),
  pages: z.number().nullable(),
  pageRange: z.string().nullable(),
});

export const closureMethods = [
  defineMethod({
    name: 'caseFile.get',
    summary: '查看卷宗',
    input: z.strictObject({ caseId }),
    output: z.object({
      status: z.string(),
      compiled: z.object({ items: z.array(caseFileItem), missing: z.array(z.string()), totalPages: z.number().nullable() }),
      retention: z.string().nullable(),
      filedBy: z.string().nullable(),
      filedOn: z.string().nullable(),
    }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => getCaseFile(ctx, input.caseId),
  }),
  defineMethod({
    name: 'caseFile.setPages',
    summary: '清点卷宗页数',
    input: z.strictObject({
      caseId,
      counts: z
        .array(
          z.strictObject({
            item: z.number().int().min(1, '卷内目录只有第1至13项').max(13, '卷内目录只有第1至13项'),
            pages: z.number({ error: '页数应为数字' }).int('页数应为整数').min(1, '页数至少为1').max(9999, '页数不超过9999').nullable(),
          }),
        )
        .max(13),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await setCaseFilePages(ctx, input.caseId, input.counts);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.close',
    summary: '结案',
    input: z.strictObject({ caseId, closedOn: legalDate('结案日期') }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await closeCase(ctx, input.caseId, input.closedOn);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.archive',
    summary: '归档',
    input: z.strictObject({
      caseId,
      retention: z.enum(RETENTION_PERIOD_KEYS, { error: '请选择保管期限' }),
      filedBy: text('立卷人', 30),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await archiveCase(ctx, input.caseId, input);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.unarchive',
    summary: '解除归档',
    input: z.strictObject({ caseId, reason: text('解除归档的理由', 500) }),
    output: z.null(),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await unarchiveCase(ctx, input.caseId, input.reason);
      return null;
    },
  }),
] as const;
