import { z } from 'zod';
import { checkResidentId, checkUscc } from '../identity';
import { AGENT_KINDS, GENDERS, ID_TYPES, PARTY_KINDS, PARTY_ROLES, SPECIAL_POWERS, keysOf } from '../vocabulary';
import { legalDate, oneOf, phone, text } from './primitives';

/** Parties and their agents, as the exchange format and the registration form both check them. */

export const agentSchema = z
  .strictObject({
    name: text('代理人姓名', 50),
    kind: oneOf(keysOf(AGENT_KINDS), '代理人类型'),
    firm: text('执业机构', 100).optional(),
    licenseNo: text('执业证号', 40).optional(),
    idNumber: text('身份证号码', 18).optional(),
    phone: phone().optional(),
    authority: oneOf(['general', 'special'], '代理权限'),
    specialPowers: z.array(oneOf(keysOf(SPECIAL_POWERS), '特别授权事项')).optional(),
  })
  .superRefine((agent, ctx) => {
    const powers = agent.specialPowers ?? [];
    if (agent.authority === 'general' && powers.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['specialPowers'], message: '一般授权的代理人不能列特别授权事项，请改为特别授权' });
    }
    if (agent.authority === 'special' && powers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['specialPowers'], message: '特别授权应列明授权事项' });
    }
    if (agent.idNumber !== undefined) {
      const id = checkResidentId(agent.idNumber);
      if (!id.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: id.message });
    }
  });

export const serviceAddressSchema = z.strictObject({
  address: text('送达地址', 200),
  recipient: text('收件人', 50).optional(),
  phone: phone('送达电话').optional(),
  email: z.email({ error: '电子邮箱格式不正确' }).optional(),
  acceptsElectronicService: z.boolean({ error: '请说明是否同意电子送达' }),
});

const NATURAL_ONLY = ['gender', 'birthDate', 'ethnicity', 'occupation', 'employer', 'idType', 'idNumber'] as const;
const ENTITY_ONLY = ['uscc', 'representative'] as const;

export const partySchema = z
  .strictObject({
    role: oneOf(keysOf(PARTY_ROLES), '当事人地位'),
    kind: oneOf(keysOf(PARTY_KINDS), '当事人类型'),
    name: text('当事人名称', 100),
    gender: oneOf(keysOf(GENDERS), '性别').optional(),
    birthDate: legalDate('出生日期').optional(),
    ethnicity: text('民族', 20).optional(),
    occupation: text('职业', 50).optional(),
    employer: text('工作单位', 100).optional(),
    idType: oneOf(keysOf(ID_TYPES), '证件类型').optional(),
    idNumber: text('证件号码', 30).optional(),
    uscc: text('统一社会信用代码', 18).optional(),
    representative: z.strictObject({ name: text('代表人姓名', 50), title: text('职务', 30) }).optional(),
    address: text('住所地', 200).optional(),
    phone: phone().optional(),
    serviceAddress: serviceAddressSchema.optional(),
    agents: z.array(agentSchema).default([]),
  })
  .superRefine((party, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (party.kind === 'natural') {
      for (const key of ENTITY_ONLY) if (party[key] !== undefined) issue(key, '自然人不填写此项');
      const idType = party.idType ?? (party.idNumber ? 'resident_id' : undefined);
      if (idType === 'resident_id' && party.idNumber !== undefined) {
        const id = checkResidentId(party.idNumber);
        if (!id.ok) issue('idNumber', id.message);
        else {
          if (party.gender && party.gender !== id.gender) issue('gender', '性别与身份证号码不符');
          if (party.birthDate && party.birthDate !== id.birthDate) issue('birthDate', '出生日期与身份证号码不符');
        }
      }
      if (party.idType && !party.idNumber) issue('idNumber', '已选择证件类型，请填写证件号码');
      return;
    }
    for (const key of NATURAL_ONLY) if (party[key] !== undefined) issue(key, '单位当事人不填写此项');
    if (party.uscc !== undefined) {
      const code = checkUscc(party.uscc);
      if (!code.ok) issue('uscc', code.message);
    }
    if (!party.representative) {
      issue('representative', party.kind === 'legal' ? '请填写法定代表人' : party.kind === 'individual_business' ? '请填写经营者' : '请填写负责人');
    }
  });

export type ExchangeParty = z.output<typeof partySchema>;
export type ExchangeAgent = z.output<typeof agentSchema>;
