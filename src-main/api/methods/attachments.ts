import { z } from 'zod';
import { ATTACHMENT_KIND_KEYS } from '../../domain/case-file';
import { fileHash, text } from '../../domain/exchange/primitives';
import { STAFF_ROLES } from '../../domain/roles';
import { addAttachments, listAttachments, openAttachment, removeAttachment, updateAttachment } from '../../services/attachments';
import { defineMethod } from '../contract';

/** The case's attachments: filed from the store, listed, opened or exported after a hash check, removed with a reason. */
const caseId = z.uuid({ error: '案件标识无效' });
const id = z.uuid({ error: '附件标识无效' });
const kind = z.enum(ATTACHMENT_KIND_KEYS, { error: '请选择附件类别' });

export const attachmentMethods = [
  defineMethod({
    name: 'attachments.list',
    summary: '附件',
    input: z.strictObject({ caseId }),
    output: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        pages: z.number(),
        note: z.string().nullable(),
        sha256: z.string(),
        size: z.number(),
        mime: z.string(),
        addedAt: z.string(),
        addedBy: z.string(),
        blocked: z.boolean(),
      }),
    ),
    roles: STAFF_ROLES,
    handler: (ctx, input) => listAttachments(ctx, input.caseId),
  }),
  defineMethod({
    name: 'attachments.add',
    summary: '添加附件',
    input: z.strictObject({
      caseId,
      items: z
        .array(z.strictObject({ sha256: fileHash, name: text('文件名称', 200), kind, note: text('说明', 500).optional() }))
        .min(1, '请选择要添加的文件')
        .max(50, '一次最多添加50个文件'),
    }),
    output: z.array(z.string()),
    roles: STAFF_ROLES,
    handler: (ctx, input) => addAttachments(ctx, input.caseId, input.items),
  }),
  defineMethod({
    name: 'attachments.update',
    summary: '修改附件信息',
    input: z.strictObject({
      id,
      name: text('文件名称', 200).optional(),
      kind: kind.optional(),
      note: z.string().max(500, '说明不超过500字').nullable().optional(),
      pages: z.number({ error: '页数应为数字' }).int('页数应为整数').min(1, '页数至少为1').max(9999, '页数不超过9999').optional(),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, { id: attachment, ...change }) => {
      await updateAttachment(ctx, attachment, change);
      return null;
    },
  }),
  defineMethod({
    name: 'attachments.remove',
    summary: '移除附件',
    input: z.strictObject({ id, reason: text('移除理由', 500) }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await removeAttachment(ctx, input.id, input.reason);
      return null;
    },
  }),
  defineMethod({
    name: 'attachments.open',
    summary: '打开附件',
    input: z.strictObject({ id, purpose: z.enum(['view', 'export']) }),
    output: z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() }),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      const file = await openAttachment(ctx, input.id, input.purpose);
      return { name: file.name, mime: file.mime, dataBase64: file.data.toString('base64') };
    },
  }),
] as const;
