import { z } from 'zod';
import { parseCaseNumberPattern } from './case-number';
import { isValidPhone } from './phone';

/** The kinds of organization the app serves (`cli init --org-kind`). */
export const ORGANIZATION_KINDS = {
  people_mediation: '人民调解委员会',
  industry_mediation: '行业性专业性调解组织',
  arbitration: '仲裁委员会',
  ip_protection_center: '知识产权保护中心',
} as const;
export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;
export const organizationKindSchema = z.enum(
  Object.keys(ORGANIZATION_KINDS) as [OrganizationKind, ...OrganizationKind[]],
  { error: '请选择组织类型' },
);

/** Provincial-level abbreviations, offered as suggestions for the region field. */
export const PROVINCE_ABBREVIATIONS = [
  '京', '津', '冀', '晋', '蒙', '辽', '吉', '黑', '沪', '苏', '浙', '皖', '闽', '赣', '鲁', '豫',
  '鄂', '湘', '粤', '桂', '琼', '渝', '川', '黔', '滇', '藏', '陕', '甘', '青', '宁', '新', '港', '澳', '台',
] as const;

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不能超过${max}个字符`).optional().transform((v) => (v ? v : undefined));

export const caseNumberPatternSchema = z
  .string({ error: '请填写案号规则' })
  .superRefine((value, ctx) => {
    const parsed = parseCaseNumberPattern(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

/** What first-run setup and the settings screen collect about the organization. */
export const organizationInputSchema = z.strictObject({
  name: z.string({ error: '请填写组织名称' }).trim().min(2, '组织名称至少2个字').max(60, '组织名称不能超过60个字'),
  kind: organizationKindSchema,
  region: z
    .string({ error: '请填写地区简称' })
    .trim()
    .min(1, '请填写地区简称，例如“豫”或“豫郑”')
    .max(10, '地区简称不能超过10个字'),
  address: optionalText(120, '地址'),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isValidPhone(v), '联系电话应为11位手机号或带区号的固定电话'),
  defaultCourt: optionalText(60, '默认确认法院'),
  caseNumberPattern: caseNumberPatternSchema,
});
export type OrganizationInput = z.input<typeof organizationInputSchema>;
export type OrganizationFields = z.output<typeof organizationInputSchema>;
