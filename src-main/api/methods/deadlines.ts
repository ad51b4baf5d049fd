import { z } from 'zod';
import { deadlineRulesSchema } from '../../domain/deadlines';
import { holidayFileSchema, holidayYearSchema } from '../../domain/holidays';
import { legalDate, text } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { getCase } from '../../services/case-detail';
import { deadlinesOf, dueDeadlines, exportHolidayYears, getDeadlineSettings, importHolidayYears, removeHolidayYear, updateDeadlineRules } from '../../services/deadlines';
import { extendMediationPeriod } from '../../services/extensions';
import { defineMethod } from '../contract';
import { caseIdSchema, noInput } from '../schemas';

/** A case's deadlines, and the periods and holiday calendar they are computed with. */
const caseDeadlines = z.object({
  deadlines: z.array(z.object({ kind: z.string(), due: z.string(), basis: z.string() })),
  warnings: z.array(z.string()),
});

export const deadlineMethods = [
  defineMethod({
    name: 'deadlines.due',
    summary: '即将到期和已过期的期限',
    input: z.strictObject({ days: z.number().int().min(0).max(90).default(7) }),
    output: z.array(z.object({ caseId: z.string(), caseNumber: z.string().nullable(), kind: z.string(), due: z.string(), basis: z.string(), overdue: z.boolean() })),
    roles: ALL_ROLES,
    handler: (ctx, input) => dueDeadlines(ctx, input.days),
  }),
  defineMethod({
    name: 'cases.deadlines',
    summary: '案件期限',
    input: z.strictObject({ id: caseIdSchema }),
    output: caseDeadlines,
    roles: ALL_ROLES,
    handler: async (ctx, input) => deadlinesOf(ctx, input.id, (await getCase(ctx, input.id)).exchange),
  }),
  defineMethod({
    name: 'cases.extendMediationPeriod',
    summary: '延长调解期限',
    input: z.strictObject({
      caseId: caseIdSchema,
      n: z.number({ error: '请填写延长的时长' }).int('时长应为整数').min(1, '时长至少为1').max(90, '一次延长不超过90日'),
      unit: z.enum(['days', 'months'], { error: '请选择日或月' }),
      agreedOn: legalDate('同意日期'),
      consent: text('当事人同意情况', 500),
    }).refine((v) => v.unit === 'days' || v.n <= 3, { message: '一次延长不超过3个月', path: ['n'] }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, { caseId, ...input }) => {
      await extendMediationPeriod(ctx, caseId, input);
      return null;
    },
  }),
  defineMethod({
    name: 'settings.getDeadlines',
    summary: '期限与节假日设置',
    input: noInput,
    output: z.object({
      rules: deadlineRulesSchema,
      defaults: deadlineRulesSchema,
      years: z.array(z.object({ year: z.number(), holidays: z.number(), workdays: z.number(), source: z.string().nullable(), supplied: z.boolean() })),
      nextYear: z.number(),
      nextYearKnown: z.boolean(),
    }),
    roles: ALL_ROLES,
    handler: (ctx) => getDeadlineSettings(ctx),
  }),
  defineMethod({
    name: 'settings.updateDeadlineRules',
    summary: '修改期限',
    input: z.strictObject({ rules: deadlineRulesSchema }),
    output: z.null(),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await updateDeadlineRules(ctx, input.rules);
      return null;
    },
  }),
  defineMethod({
    name: 'settings.importHolidays',
    summary: '导入节假日安排',
    input: z.strictObject({ file: holidayFileSchema }),
    output: z.object({ years: z.array(z.number()) }),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await importHolidayYears(ctx, input.file);
      return { years: input.file.years.map((y) => y.year) };
    },
  }),
  defineMethod({
    name: 'settings.exportHolidays',
    summary: '导出节假日安排',
    input: noInput,
    output: z.object({ format: z.string(), years: z.array(holidayYearSchema) }),
    roles: ALL_ROLES,
    handler: (ctx) => exportHolidayYears(ctx),
  }),
  defineMethod({
    name: 'settings.removeHolidayYear',
    summary: '删除导入的年份',
    input: z.strictObject({ year: z.number().int() }),
    output: z.null(),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await removeHolidayYear(ctx, input.year);
      return null;
    },
  }),
] as const;
