import { z } from 'zod';
import { fileHash } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { getIntakeSettings, intakeSettingsSchema, updateIntakeSettings } from '../../services/case-settings';
import { clearDraft, draftSchema, DRAFT_KINDS, getDraft, saveDraft } from '../../services/drafts';
import { ACCEPTED_TYPES, MAX_FILE_BYTES, readStoredFile, storeFile } from '../../services/file-store';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

const storedFile = z.object({ sha256: z.string(), size: z.number(), mime: z.string() });

/** Intake settings, the content-addressed file store and form drafts. */
export const intakeMethods = [
  defineMethod({
    name: 'settings.getIntake',
    summary: '查看受理规则',
    input: noInput,
    output: intakeSettingsSchema,
    roles: ALL_ROLES,
    handler: (ctx) => getIntakeSettings(ctx),
  }),
  defineMethod({
    name: 'settings.updateIntake',
    summary: '修改受理规则',
    input: intakeSettingsSchema,
    output: intakeSettingsSchema,
    roles: ['admin'],
    handler: (ctx, input) => updateIntakeSettings(ctx, input),
  }),
  defineMethod({
    name: 'files.store',
    summary: '保存文件',
    input: z.strictObject({
      mime: z.enum(Object.keys(ACCEPTED_TYPES) as [string, ...string[]], { error: '只能上传 JPG、PNG 图片或 PDF 文件' }),
      dataBase64: z.base64({ error: '文件内容无效' }).max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, '文件不能超过20MB'),
    }),
    output: storedFile,
    roles: ALL_ROLES,
    handler: (ctx, input) => storeFile(ctx, Buffer.from(input.dataBase64, 'base64'), input.mime),
  }),
  defineMethod({
    name: 'files.read',
    summary: '打开文件',
    input: z.strictObject({ sha256: fileHash }),
    output: z.object({ mime: z.string(), dataBase64: z.string() }),
    roles: ALL_ROLES,
    handler: async (ctx, input) => {
      const file = await readStoredFile(ctx, input.sha256);
      return { mime: file.mime, dataBase64: file.data.toString('base64') };
    },
  }),
  defineMethod({
    name: 'drafts.get',
    summary: '读取草稿',
    input: z.strictObject({ kind: z.enum(DRAFT_KINDS) }),
    output: z.object({ content: z.string(), savedAt: z.string() }).nullable(),
    roles: STAFF_ROLES,
    handler: (ctx, input) => getDraft(ctx, input.kind),
  }),
  defineMethod({
    name: 'drafts.save',
    summary: '保存草稿',
    input: draftSchema,
    output: z.object({ savedAt: z.string() }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => saveDraft(ctx, input.kind, input.content),
  }),
  defineMethod({
    name: 'drafts.clear',
    summary: '丢弃草稿',
    input: z.strictObject({ kind: z.enum(DRAFT_KINDS) }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await clearDraft(ctx, input.kind);
      return null;
    },
  }),
] as const;
