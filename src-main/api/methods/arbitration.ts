import { z } from 'zod';
import { AGREEMENT_FORMS, APPOINTERS, reliedAgreementSchema, SETTLEMENT_WAYS, TRIBUNAL_FORMS, TRIBUNAL_ROLES, tribunalInputSchema } from '../../domain/arbitration';
import { awardTextSchema, OUTCOME_KINDS, outcomeStepSchema } from '../../domain/arbitration-outcome';
import { keysOf } from '../../domain/vocabulary';
import { feeScheduleSchema } from '../../domain/arbitration-fees';
import { legalDate, money, text } from '../../domain/exchange/primitives';
import { formatYuan, parseYuan } from '../../domain/money';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { composeTribunal, extendArbitrationPeriod, getArbitration, recordOutcome, saveArbitration, type ArbitrationDetail } from '../../services/arbitration';
import { calculateFee, getFeeSchedule, updateFeeSchedule } from '../../services/arbitration-fees';
import { defineMethod } from '../contract';
import { caseIdSchema, noInput } from '../schemas';

/** The arbitration fee schedule and calculator; the arbitration particulars of a commission's case. */
const fen = (amount: string) => {
  const p = parseYuan(amount);
  return p.ok ? p.fen : 0; // `money` has checked it already
};

const handlingInput = z.array(z.strictObject({ item: text('收费项目', 50), amount: money('金额') })).max(20, '案件处理费最多20项').default([]);
const feeOutput = z.object({ acceptanceFee: z.number(), lines: z.array(z.object({ text: z.string(), fee: z.number() })), handlingTotal: z.number(), total: z.number() });

const detailOutput = z.object({
  commission: z.string(),
  record: z
    .object({
      agreement: z.object({ form: z.enum(keysOf(AGREEMENT_FORMS)), source: z.string(), signedOn: z.string().optional(), namedCommission: z.string().optional(), wording: z.string().optional() }),
      secretary: z.string().optional(),
      handling: z.array(z.object({ item: z.string(), amount: z.string() })),
    })
    .nullable(),
  tribunal: z
    .object({
      form: z.enum(keysOf(TRIBUNAL_FORMS)),
      composedOn: z.string(),
      members: z.array(z.object({ arbitratorId: z.string(), name: z.string(), role: z.enum(keysOf(TRIBUNAL_ROLES)), appointedBy: z.enum(keysOf(APPOINTERS)) })),
    })
    .nullable(),
  outcome: z
    .object({
      kind: z.enum(keysOf(OUTCOME_KINDS)),
      on: z.string(),
      way: z.enum(keysOf(SETTLEMENT_WAYS)).optional(),
      receipts: z.array(z.object({ party: z.string(), on: z.string() })).optional(),
      retraction: z.object({ party: z.string(), on: z.string(), note: z.string().optional() }).optional(),
      afterRetraction: z.object({ party: z.string(), on: z.string() }).optional(),
      award: awardTextSchema.optional(),
      note: z.string().optional(),
    })
    .nullable(),
  outcomeState: z.object({ effective: z.boolean(), effectiveOn: z.string().optional(), waitingFor: z.array(z.string()), mustAward: z.boolean() }),
  findings: z.array(z.string()),
  fee: feeOutput.nullable(),
  scheduleNow: z.number().nullable(),
});

/** Handling costs travel as yuan strings, like every amount the user types. */
const inYuan = (d: ArbitrationDetail) => ({ ...d, record: d.record && { ...d.record, handling: d.record.handling.map((h) => ({ item: h.item, amount: formatYuan(h.fee) })) } });

export const arbitrationMethods = [
  defineMethod({
    name: 'arbitration.get',
    summary: '仲裁案件信息',
    input: z.strictObject({ caseId: caseIdSchema }),
    output: detailOutput,
    roles: ALL_ROLES,
    handler: async (ctx, input) => inYuan(await getArbitration(ctx, input.caseId)),
  }),
  defineMethod({
    name: 'arbitration.save',
    summary: '保存仲裁协议及仲裁费用',
    input: z.strictObject({ caseId: caseIdSchema, agreement: reliedAgreementSchema, secretary: z.string().trim().max(20, '仲裁秘书不能超过20个字').optional(), handling: handlingInput }),
    output: detailOutput,
    roles: STAFF_ROLES,
    handler: async (ctx, input) =>
      inYuan(
        await saveArbitration(ctx, input.caseId, {
          agreement: input.agreement,
          secretary: input.secretary || undefined,
          handling: input.handling.map((h) => ({ item: h.item, fee: fen(h.amount) })),
        }),
      ),
  }),
  defineMethod({
    name: 'arbitration.composeTribunal',
    summary: '组成仲裁庭',
    input: z.strictObject({
      caseId: caseIdSchema,
      tribunal: tribunalInputSchema,
      disclosures: z.record(z.string(), z.strictObject({ disclosure: z.string().max(1000, '不超过1000字'), consent: z.string().max(1000, '不超过1000字') })).default({}),
    }),
    output: detailOutput,
    roles: STAFF_ROLES,
    handler: async (ctx, input) => inYuan(await composeTribunal(ctx, input.caseId, input.tribunal, input.disclosures)),
  }),
  defineMethod({
    name: 'arbitration.extendPeriod',
    summary: '延长仲裁期限',
    input: z.strictObject({
      caseId: caseIdSchema,
      n: z.number({ error: '请填写延长的时长' }).int('时长应为整数').min(1, '时长至少为1').max(365, '时长不能超过365'),
      unit: z.enum(['days', 'months'], { error: '请选择日或月' }),
      approvedOn: legalDate('批准日期'),
      approval: text('批准情况', 500),
    }),
    output: detailOutput,
    roles: STAFF_ROLES,
    handler: async (ctx, { caseId, ...extension }) => inYuan(await extendArbitrationPeriod(ctx, caseId, extension)),
  }),
  defineMethod({
    name: 'arbitration.recordOutcome',
    summary: '记录仲裁结果',
    input: z.strictObject({ caseId: caseIdSchema, step: outcomeStepSchema }),
    output: detailOutput,
    roles: STAFF_ROLES,
    handler: async (ctx, input) => inYuan(await recordOutcome(ctx, input.caseId, input.step)),
  }),
  defineMethod({
    name: 'settings.getArbitrationFees',
    summary: '仲裁收费标准',
    input: noInput,
    output: z.object({ schedule: feeScheduleSchema, edited: z.boolean() }),
    roles: ALL_ROLES,
    handler: (ctx) => getFeeSchedule(ctx),
  }),
  defineMethod({
    name: 'settings.updateArbitrationFees',
    summary: '修改仲裁收费标准',
    input: z.strictObject({ schedule: feeScheduleSchema }),
    output: z.null(),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await updateFeeSchedule(ctx, input.schedule);
      return null;
    },
  }),
  defineMethod({
    name: 'arbitration.fee',
    summary: '计算仲裁费用',
    input: z.strictObject({ amount: money('争议金额'), handling: handlingInput }),
    output: feeOutput,
    roles: ALL_ROLES,
    handler: (ctx, input) => calculateFee(ctx, fen(input.amount), input.handling.map((h) => ({ item: h.item, fee: fen(h.amount) }))),
  }),
] as const;
