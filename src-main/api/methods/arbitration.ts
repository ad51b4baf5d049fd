import { z } from 'zod';
import { feeScheduleSchema } from '../../domain/arbitration-fees';
import { money, text } from '../../domain/exchange/primitives';
import { parseYuan } from '../../domain/money';
import { ALL_ROLES } from '../../domain/roles';
import { calculateFee, getFeeSchedule, updateFeeSchedule } from '../../services/arbitration-fees';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

/** The arbitration fee schedule and calculator. */
const fen = (amount: string) => {
  const p = parseYuan(amount);
  return p.ok ? p.fen : 0; // `money` has checked it already
};

export const arbitrationMethods = [
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
    input: z.strictObject({ amount: money('争议金额'), handling: z.array(z.strictObject({ item: text('收费项目', 50), amount: money('金额') })).max(20).default([]) }),
    output: z.object({ acceptanceFee: z.number(), lines: z.array(z.object({ text: z.string(), fee: z.number() })), handlingTotal: z.number(), total: z.number() }),
    roles: ALL_ROLES,
    handler: (ctx, input) => calculateFee(ctx, fen(input.amount), input.handling.map((h) => ({ item: h.item, fee: fen(h.amount) }))),
  }),
] as const;
