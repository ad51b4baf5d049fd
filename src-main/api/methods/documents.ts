import { z } from 'zod';
import { deliverySchema } from '../../domain/delivery';
import { fileHash } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { attachSignedScan, documentOptions, generateDocument, listDocuments, previewDocument, readDocument } from '../../services/documents';
import { recordDelivery } from '../../services/deliveries';
import { exportWordingPack, importWordingPack, listWording, resetWording, saveWording, wordingHistory, wordingPackSchema } from '../../services/wording';
import { defineMethod } from '../contract';
import { caseIdSchema, noInput } from '../schemas';

const documentId = z.uuid({ error: '文书标识无效' });
const kind = z.string().min(1).max(60);
const target = z
  .strictObject({ party: z.number().int().min(0).optional(), agent: z.number().int().min(0).optional(), session: z.number().int().min(0).optional() })
  .optional();
const wordingKey = z.strictObject({ kind, key: z.string().min(1).max(60) });

export const documentMethods = [
  defineMethod({
    name: 'documents.options',
    summary: '可生成的文书',
    input: z.strictObject({ caseId: caseIdSchema.optional() }),
    output: z.array(
      z.object({
        kind: z.string(),
        title: z.string(),
        per: z.string(),
        caveat: z.string().nullable(),
        copies: z.array(z.object({ party: z.number().optional(), agent: z.number().optional(), session: z.number().optional(), label: z.string() })),
      }),
    ),
    roles: ALL_ROLES,
    handler: (ctx, input) => documentOptions(ctx, input.caseId),
  }),
  defineMethod({
    name: 'documents.preview',
    summary: '预览文书',
    // `draft`: paragraphs open in the template editor, shown before they are saved
    input: z.strictObject({ caseId: caseIdSchema, kind, target, draft: z.record(z.string().max(60), z.string().max(3000)).optional() }),
    output: z.object({ title: z.string(), fileName: z.string(), caveat: z.string().nullable(), html: z.string() }),
    roles: ALL_ROLES,
    handler: (ctx, input) => previewDocument(ctx, input.caseId, input.kind, input.target, input.draft),
  }),
  defineMethod({
    name: 'documents.generate',
    summary: '生成文书',
    input: z.strictObject({ caseId: caseIdSchema, kind, target }),
    output: z.object({ id: z.string(), version: z.number(), sha256: z.string(), fileName: z.string(), dataBase64: z.string() }),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      const { bytes, ...doc } = await generateDocument(ctx, input.caseId, input.kind, input.target);
      return { ...doc, dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),
  defineMethod({
    name: 'documents.list',
    summary: '已生成的文书',
    input: z.strictObject({ caseId: caseIdSchema.optional(), limit: z.number().int().min(1).max(5000).optional() }),
    output: z.array(
      z.object({
        id: z.string(),
        caseId: z.string(),
        caseNumber: z.string().nullable(),
        kind: z.string(),
        title: z.string(),
        targetLabel: z.string(),
        version: z.number(),
        fileName: z.string(),
        sha256: z.string(),
        size: z.number(),
        createdAt: z.string(),
        createdBy: z.string(),
        signedScanSha256: z.string().nullable(),
        signedAt: z.string().nullable(),
        deliveries: z.array(deliverySchema),
      }),
    ),
    roles: ALL_ROLES,
    handler: (ctx, input) => listDocuments(ctx, input),
  }),
  defineMethod({
    name: 'documents.download',
    summary: '下载文书',
    input: z.strictObject({ id: documentId }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: ALL_ROLES,
    handler: async (ctx, input) => {
      const doc = await readDocument(ctx, input.id);
      return { fileName: doc.fileName, dataBase64: doc.data.toString('base64') };
    },
  }),
  defineMethod({
    name: 'documents.attachSignedScan',
    summary: '关联签字扫描件',
    input: z.strictObject({ id: documentId, sha256: fileHash }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await attachSignedScan(ctx, input.id, input.sha256);
      return null;
    },
  }),
  defineMethod({
    name: 'documents.recordDelivery',
    summary: '记录送达',
    input: z.strictObject({ id: documentId, delivery: deliverySchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await recordDelivery(ctx, input.id, input.delivery);
      return null;
    },
  }),
  defineMethod({
    name: 'wording.list',
    summary: '文书模板',
    input: noInput,
    output: z.array(
      z.object({
        kind: z.string(),
        title: z.string(),
        key: z.string(),
        label: z.string(),
        defaultText: z.string(),
        text: z.string(),
        customized: z.boolean(),
        version: z.number(),
        variables: z.array(z.string()),
      }),
    ),
    roles: ALL_ROLES,
    handler: (ctx) => listWording(ctx),
  }),
  defineMethod({
    name: 'wording.save',
    summary: '修改文书模板',
    input: wordingKey.extend({ text: z.string({ error: '请填写段落内容' }) }),
    output: z.object({ version: z.number() }),
    roles: ['admin'],
    handler: (ctx, input) => saveWording(ctx, input.kind, input.key, input.text),
  }),
  defineMethod({
    name: 'wording.reset',
    summary: '恢复默认模板',
    input: wordingKey,
    output: z.object({ version: z.number() }),
    roles: ['admin'],
    handler: (ctx, input) => resetWording(ctx, input.kind, input.key),
  }),
  defineMethod({
    name: 'wording.history',
    summary: '模板修改记录',
    input: wordingKey,
    output: z.array(z.object({ version: z.number(), text: z.string().nullable(), savedAt: z.string(), savedBy: z.string() })),
    roles: ALL_ROLES,
    handler: (ctx, input) => wordingHistory(ctx, input.kind, input.key),
  }),
  defineMethod({
    name: 'wording.exportPack',
    summary: '导出模板包',
    input: noInput,
    output: wordingPackSchema,
    roles: ALL_ROLES,
    handler: (ctx) => exportWordingPack(ctx),
  }),
  defineMethod({
    name: 'wording.importPack',
    summary: '导入模板包',
    input: z.strictObject({ pack: wordingPackSchema }),
    output: z.object({ changed: z.number() }),
    roles: ['admin'],
    handler: (ctx, input) => importWordingPack(ctx, input.pack),
  }),
] as const;
