import { z } from 'zod';
import { CASE_CATEGORY_KEYS } from './categories';
import { checkResidentId, checkUscc } from './identity';
import { isValidPhone } from './phone';

/** Kinds of relation a mediator declares so that recusal checks can find conflicts. */
export const RELATION_KINDS = {
  close_relative: '近亲属',
  employment: '任职或曾任职',
  agent_or_counsel: '代理人或法律顾问',
  financial_interest: '投资或利害关系',
  other: '其他可能影响公正的关系',
} as const;
export type RelationKind = keyof typeof RELATION_KINDS;

const blankToUndefined = (v: string | undefined) => (v ? v : undefined);

/** An optional code (ID number, credit code): blank means absent, anything else must pass `check`. */
const optionalCheckedCode = (check: (v: string) => { ok: true } | { ok: false; message: string }) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform(blankToUndefined)
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      const r = check(v);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
    });

export const declaredRelationSchema = z.strictObject({
  name: z.string({ error: '请填写关系人姓名或名称' }).trim().min(1, '请填写关系人姓名或名称').max(60, '关系人名称不能超过60个字'),
  kind: z.enum(Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]], { error: '请选择关系类型' }),
  idNumber: optionalCheckedCode(checkResidentId),
  uscc: optionalCheckedCode(checkUscc),
  note: z.string().trim().max(200, '说明不能超过200个字').optional().transform(blankToUndefined),
});

/** A roster entry as first-run setup and the roster screen submit it. */
export const mediatorInputSchema = z.strictObject({
  name: z.string({ error: '请填写调解员姓名' }).trim().min(2, '调解员姓名至少2个字').max(30, '调解员姓名不能超过30个字'),
  mediatorNo: z
    .string({ error: '请填写调解员编号' })
    .trim()
    .min(1, '请填写调解员编号')
    .max(30, '调解员编号不能超过30个字符'),
  phone: z
    .string()
    .trim()
    .optional()
    .transform(blankToUndefined)
    .refine((v) => v === undefined || isValidPhone(v), '电话应为11位手机号或带区号的固定电话'),
  specialties: z.array(z.enum(CASE_CATEGORY_KEYS, { error: '擅长领域无效' })).max(18).default([]),
  relations: z.array(declaredRelationSchema).max(100, '申报关系不能超过100条').default([]),
});
export type MediatorInput = z.input<typeof mediatorInputSchema>;
export type MediatorFields = z.output<typeof mediatorInputSchema>;
