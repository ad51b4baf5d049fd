import { z } from 'zod';
import { statisticsQuerySchema } from '../../domain/statistics';
import { ALL_ROLES } from '../../domain/roles';
import { getStatistics } from '../../services/statistics';
import { defineMethod } from '../contract';

const figures = {
  cases: z.number(),
  agreed: z.number(),
  concluded: z.number(),
  successRate: z.number().nullable(),
  averageDays: z.number().nullable(),
  claimedFen: z.number(),
  agreedFen: z.number(),
  confirmation: z.object({ applied: z.number(), confirmed: z.number(), rejected: z.number(), rate: z.number().nullable() }),
  performanceRate: z.number().nullable(),
  satisfaction: z.number().nullable(),
};
const slices = z.array(z.object({ key: z.string(), label: z.string(), ...figures }));

export const statisticsMethods = [
  defineMethod({
    name: 'statistics.get',
    summary: '案件统计',
    input: statisticsQuerySchema,
    output: z.object({
      query: z.object({ from: z.string(), to: z.string(), categories: z.array(z.string()).optional(), sources: z.array(z.string()).optional() }),
      overall: z.object({ ...figures, medianDays: z.number().nullable() }),
      byCategory: slices,
      bySource: slices,
      byStatus: slices,
      byMonth: slices,
      byMediator: slices,
    }),
    roles: ALL_ROLES,
    handler: (ctx, input) => getStatistics(ctx, input),
  }),
];
