import { z } from 'zod';
import { isLegalDate } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import type { ExchangeCase } from '../../domain/exchange';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { listAudit } from '../../services/audit';
import { getCase } from '../../services/case-detail';
import { exportCases } from '../../services/case-export';
import { importCasesFile, previewImport } from '../../services/case-import';
import { acceptCase, findDuplicates, overrideTrack, refuseCase, registerCase, registrationSchema } from '../../services/case-intake';
import { caseListQuerySchema, listCases } from '../../services/case-query';
import { defineMethod } from '../contract';

const caseId = z.uuid({ error: '案件标识无效' });
const legalDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isLegalDate, `${label}不是有效日期`);

/** The text of a JSON file chosen in the import screen; parsed here so a bad file gets a Chinese message. */
const jsonContent = z.string({ error: '请选择要导入的文件' }).min(2, '文件是空的').max(200 * 1024 * 1024, '文件过大');
function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new AppError('VALIDATION', '文件不是有效的 JSON，请确认选择的是导出的案件文件', { content: '不是有效的 JSON' });
  }
}

const listRow = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  status: z.string(),
  category: z.string(),
  source: z.string(),
  track: z.string(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  claimAmountFen: z.number().nullable(),
  applicants: z.array(z.string()),
  respondents: z.array(z.string()),
  thirdParties: z.array(z.string()),
  mediators: z.array(z.string()),
});

const importResult = z.object({ created: z.array(z.string()), skipped: z.array(z.string()), replaced: z.array(z.string()) });
const exchangeCase = z.custom<ExchangeCase>((v) => typeof v === 'object' && v !== null);

export const caseMethods = [
  defineMethod({
    name: 'cases.list',
    summary: '案件列表与检索',
    input: caseListQuerySchema,
    output: z.object({ total: z.number(), rows: z.array(listRow) }),
    roles: ALL_ROLES,
    handler: (ctx, input) => listCases(ctx, input),
  }),
  defineMethod({
    name: 'cases.get',
    summary: '查看案件',
    input: z.strictObject({ id: caseId }),
    output: z.object({
      id: z.string(),
      status: z.string(),
      track: z.string(),
      trackReason: z.string(),
      trackOverrideNote: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      exchange: exchangeCase,
      partyRecords: z.array(z.object({ id: z.string(), documents: z.array(z.object({ sha256: z.string(), name: z.string(), addedAt: z.string() })) })),
      archive: z.object({ at: z.string(), by: z.string(), filedBy: z.string(), retention: z.string() }).nullable(),
    }),
    roles: ALL_ROLES,
    handler: (ctx, input) => getCase(ctx, input.id),
  }),
  defineMethod({
    name: 'cases.register',
    summary: '登记案件',
    input: registrationSchema,
    output: z.object({ id: z.string() }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => registerCase(ctx, input),
  }),
  defineMethod({
    name: 'cases.accept',
    summary: '受理案件',
    input: z.strictObject({ id: caseId, acceptedOn: legalDate('受理日期') }),
    output: z.object({ caseNumber: z.string() }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => acceptCase(ctx, input.id, input.acceptedOn),
  }),
  defineMethod({
    name: 'cases.refuse',
    summary: '不予受理',
    input: z.strictObject({
      id: caseId,
      refusedOn: legalDate('不予受理日期'),
      reason: z.string({ error: '请填写不予受理的理由' }).trim().min(2, '请填写不予受理的理由').max(1000, '理由不能超过1000个字'),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await refuseCase(ctx, input.id, input.refusedOn, input.reason);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.overrideTrack',
    summary: '调整繁简分流',
    input: z.strictObject({
      id: caseId,
      track: z.enum(['simple', 'complex'], { error: '请选择简易或普通' }),
      note: z.string({ error: '请说明调整的理由' }).trim().min(2, '请说明调整的理由').max(500, '理由不能超过500个字'),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await overrideTrack(ctx, input.id, input.track, input.note);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.findDuplicates',
    summary: '重复案件提醒',
    input: z.strictObject({
      receivedOn: legalDate('登记日期'),
      excludeId: caseId.optional(),
      parties: z.array(z.strictObject({ role: z.string(), name: z.string(), idNumber: z.string().optional(), uscc: z.string().optional() })).max(50),
      ipRights: z.array(z.strictObject({ number: z.string().optional(), title: z.string() })).max(50),
    }),
    output: z.array(z.object({ id: z.string(), caseNumber: z.string().nullable(), receivedOn: z.string(), status: z.string() })),
    roles: ALL_ROLES,
    handler: (ctx, input) => findDuplicates(ctx, input),
  }),
  defineMethod({
    name: 'cases.previewImport',
    summary: '预览导入',
    input: z.strictObject({ content: jsonContent }),
    output: z.array(
      z.object({
        index: z.number(),
        caseNumber: z.string().nullable(),
        category: z.string(),
        receivedOn: z.string(),
        applicants: z.array(z.string()),
        respondents: z.array(z.string()),
        conflict: z.string().nullable(),
      }),
    ),
    roles: STAFF_ROLES,
    handler: (ctx, input) => previewImport(ctx, parseJson(input.content)),
  }),
  defineMethod({
    name: 'cases.import',
    summary: '导入案件',
    input: z.strictObject({ content: jsonContent, onConflict: z.enum(['fail', 'skip', 'replace']).default('fail') }),
    output: importResult,
    roles: STAFF_ROLES,
    handler: (ctx, input) => importCasesFile(ctx, parseJson(input.content), input.onConflict),
  }),
  defineMethod({
    name: 'cases.export',
    summary: '导出案件',
    input: z.strictObject({ caseNumbers: z.array(z.string()).max(100_000).optional(), all: z.boolean().optional(), filter: caseListQuerySchema.optional() }),
    output: z.object({ fileName: z.string(), content: z.string(), count: z.number() }),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      const doc = await exportCases(ctx, input);
      return { fileName: `案件导出-${doc.exportedAt.slice(0, 10)}.json`, content: `${JSON.stringify(doc, null, 2)}\n`, count: doc.cases.length };
    },
  }),
  defineMethod({
    name: 'cases.history',
    summary: '案件日志',
    input: z.strictObject({ id: caseId }),
    output: z.array(z.object({ seq: z.number(), at: z.string(), actorName: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() })),
    roles: ALL_ROLES,
    handler: async (ctx, input) => (await listAudit(ctx, { entity: 'case', entityId: input.id })).map(({ seq, at, actorName, action, before, after }) => ({ seq, at, actorName, action, before, after })),
  }),
] as const;
