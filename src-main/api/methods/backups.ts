import { z } from 'zod';
import { backupEntrySchema, backupPolicySchema, DEFAULT_BACKUP_POLICY } from '../../domain/backup-rotation';
import { backupForCopy, backupPolicy, inspectBackup, listBackups, listedBackupPath, makeBackup, restoreBackup, saveBackupPolicy } from '../../services/backups';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

/** 设置 → 备份与恢复: the backups folder, a backup now, a copy to take away, and a restore after seeing what it brings back. System administrators only: a backup holds everything. */
const inspection = z.object({ file: z.string(), ok: z.boolean(), problems: z.array(z.string()), sha256: z.string(), schemaVersion: z.number(), counts: backupEntrySchema.shape.counts, createdAt: z.string().nullable() });
const listedName = z.strictObject({ file: z.string().min(1, '请选择一份备份').max(200) });
const ADMIN = ['admin' as const];

export const backupMethods = [
  defineMethod({
    name: 'backups.list',
    summary: '备份列表',
    input: noInput,
    output: z.object({ folder: z.string(), policy: backupPolicySchema, backups: z.array(backupEntrySchema.extend({ reasonLabel: z.string(), present: z.boolean() })) }),
    roles: ADMIN,
    // in recovery the database cannot be read: the policy shown is the default
    handler: async (ctx) => ({ folder: ctx.paths.backups, policy: ctx.damaged ? DEFAULT_BACKUP_POLICY : await backupPolicy(ctx), backups: listBackups(ctx) }),
  }),
  defineMethod({
    name: 'backups.make',
    summary: '立即备份',
    input: noInput,
    output: backupEntrySchema,
    roles: ADMIN,
    handler: (ctx) => makeBackup(ctx, 'manual'),
  }),
  defineMethod({
    name: 'backups.inspect',
    summary: '检查备份',
    input: listedName,
    output: inspection,
    roles: ADMIN,
    handler: (ctx, input) => inspectBackup(ctx, listedBackupPath(ctx, input.file)),
  }),
  defineMethod({
    name: 'backups.restore',
    summary: '从备份恢复',
    input: listedName,
    output: z.object({ restored: inspection, preRestore: backupEntrySchema.nullable(), damagedKeptAs: z.string().nullable() }),
    roles: ADMIN,
    handler: (ctx, input) => restoreBackup(ctx, listedBackupPath(ctx, input.file)),
  }),
  defineMethod({
    name: 'backups.download',
    summary: '复制备份',
    input: listedName,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: ADMIN,
    handler: async (ctx, input) => ({ fileName: input.file, dataBase64: (await backupForCopy(ctx, input.file)).toString('base64') }),
  }),
  defineMethod({
    name: 'backups.savePolicy',
    summary: '保存备份设置',
    input: backupPolicySchema,
    output: z.null(),
    roles: ADMIN,
    handler: async (ctx, input) => {
      await saveBackupPolicy(ctx, input);
      return null;
    },
  }),
];
