import { z } from 'zod';
import { agreementSchema } from '../../domain/exchange/agreement';
import { PACKET_ROUTES } from '../../domain/packet';
import { legalDate, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { previewAgreement, saveAgreement } from '../../services/agreements';
import { checkAgreement } from '../../services/clause-checks';
import { buildPacket, packetItems, packetZip } from '../../services/packet';
import { routesFor } from '../../services/enforcement-routes';
import { signAgreement } from '../../services/signing';
import { defineMethod } from '../contract';

/** The agreement's clause checks, and which routes can make it enforceable. */
const caseId = z.uuid({ error: '案件标识无效' });
/** What the builder edits: everything of the agreement but its signing. */
const draft = agreementSchema
  .pick({ number: true, facts: true, terms: true, copies: true })
  .extend({
    route: z.enum(PACKET_ROUTES, { error: '效力确认途径只能是司法确认、赋强公证或仲裁' }).nullable().optional(),
    arbitrationCommission: text('仲裁委员会', 100).optional(),
  });
const route = z.enum(PACKET_ROUTES, { error: '请选择司法确认、赋强公证或仲裁' });
const finding = z.object({ rule: z.string(), severity: z.enum(['error', 'warning']), term: z.number().nullable(), message: z.string() });

export const agreementMethods = [
  defineMethod({
    name: 'agreements.check',
    summary: '条款审查',
    input: z.strictObject({ caseId }),
    output: z.object({
      hasAgreement: z.boolean(),
      findings: z.array(finding),
    }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => checkAgreement(ctx, input.caseId),
  }),
  defineMethod({
    name: 'agreements.save',
    summary: '保存调解协议草稿',
    input: z.strictObject({ caseId, agreement: draft }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await saveAgreement(ctx, input.caseId, input.agreement);
      return null;
    },
  }),
  defineMethod({
    name: 'agreements.preview',
    summary: '预览调解协议草稿',
    input: z.strictObject({ caseId, agreement: draft }),
    output: z.object({ html: z.string(), caveat: z.string().nullable(), findings: z.array(finding) }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => previewAgreement(ctx, input.caseId, input.agreement),
  }),
  defineMethod({
    name: 'agreements.routes',
    summary: '效力确认途径建议',
    input: z.strictObject({ caseId }),
    output: z.array(z.object({ route: z.enum(['judicial_confirmation', 'notarization', 'arbitration']), advice: z.enum(['suitable', 'conditional', 'unsuitable']), reasons: z.array(z.string()) })),
    roles: STAFF_ROLES,
    handler: (ctx, input) => routesFor(ctx, input.caseId),
  }),
  defineMethod({
    name: 'agreements.materials',
    summary: '申请材料清单',
    input: z.strictObject({ caseId, route }),
    output: z.array(z.object({ name: z.string(), copies: z.number(), ready: z.boolean(), note: z.string() })),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => (await packetItems(ctx, input.caseId, input.route)).map(({ name, copies, ready, note }) => ({ name, copies, ready, note })),
  }),
  defineMethod({
    name: 'agreements.packet',
    summary: '生成申请材料',
    input: z.strictObject({ caseId, route }),
    output: z.object({ fileName: z.string(), files: z.array(z.string()), dataBase64: z.string() }),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      const { folder, files } = await buildPacket(ctx, input.caseId, input.route);
      const zip = await packetZip(folder, files, ctx.clock.now());
      return { fileName: `${folder}.zip`, files: files.map((f) => f.name), dataBase64: Buffer.from(zip).toString('base64') };
    },
  }),
  defineMethod({
    name: 'agreements.sign',
    summary: '标记协议已签署',
    input: z.strictObject({
      caseId,
      signedOn: legalDate('签署日期'),
      parties: z.array(z.strictObject({ name: text('当事人', 100), by: z.string().max(30).nullable() })).min(1, '请记录各方当事人的签署'),
      mediator: text('调解员', 30),
      sealed: z.boolean({ error: '请确认是否已加盖印章' }),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, { caseId: id, ...input }) => {
      await signAgreement(ctx, id, input);
      return null;
    },
  }),
] as const;
