import { z } from 'zod';
import { legalDate } from './exchange/primitives';

/** The audit viewer's filters: a period (China dates), who, what, on which kind of record; a page of rows, newest first. */
export const auditQuerySchema = z
  .strictObject({
    from: legalDate('起始日期').optional(),
    to: legalDate('截止日期').optional(),
    actor: z.string().trim().max(50, '操作人不能超过50个字').optional(),
    action: z.string().trim().max(60, '操作类型过长').optional(),
    entity: z.string().trim().max(30, '对象类型过长').optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, { path: ['to'], message: '截止日期不能早于起始日期' });
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** What the rows are about, in words. */
export const AUDIT_ENTITIES: Record<string, string> = {
  case: '案件',
  organization: '组织信息',
  mediator: '调解员',
  settings: '设置',
  file: '文件',
  backup: '备份',
  wording: '文书措辞',
  draft: '草稿',
};

/** Actions that are not API methods (whose own summaries name them). */
export const OTHER_AUDIT_ACTIONS: Record<string, string> = {
  'backup.make': '备份',
  'backup.restore': '从备份恢复',
  'backup.copy': '复制备份',
  'files.store': '保存文件',
  'files.integrityFailure': '文件校验不符',
  'files.blockedRead': '读取已封存的文件',
  'files.unblock': '解除文件封存',
  'attachments.refused': '附件被拒收',
  accept: '受理',
  refuse: '不予受理',
  terminate: '终止调解',
};
