import { z } from 'zod';
import { statisticsQuerySchema } from '../../domain/statistics';
import { ALL_ROLES } from '../../domain/roles';
import { statisticsNarrativeDocx, statisticsWorkbook } from '../../services/report';
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
  defineMethod({
    name: 'statistics.exportWorkbook',
    summary: '导出统计报表',
    input: statisticsQuerySchema,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: ALL_ROLES,
    handler: async (ctx, input) => {
      const book = await statisticsWorkbook(ctx, input);
      return { fileName: book.fileName, dataBase64: book.bytes.toString('base64') };
    },
  }),
  defineMethod({
    name: 'statistics.exportNarrative',
    summary: '导出工作情况报告',
    input: statisticsQuerySchema,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: ALL_ROLES,
    handler: async (ctx, input) => {
      const doc = await statisticsNarrativeDocx(ctx, input);
      return { fileName: doc.fileName, dataBase64: Buffer.from(doc.bytes).toString('base64') };
    },
  }),
];
