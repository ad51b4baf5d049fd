import { z } from 'zod';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { writeUpSchema } from '../../domain/typical-case';
import { draftOf, saveTypicalCase, typicalCaseOf } from '../../services/typical-cases';
import { defineMethod } from '../contract';
import { caseIdSchema } from '../schemas';

const writeUp = z.object({ title: z.string(), facts: z.string(), process: z.string(), result: z.string(), significance: z.string(), roundAmounts: z.boolean() });

export const typicalCaseMethods = [
  defineMethod({
    name: 'typicalCases.get',
    summary: '典型案例稿',
    input: z.strictObject({ caseId: caseIdSchema }),
    output: z.object({ writeUp, saved: z.object({ at: z.string(), by: z.string() }).nullable() }),
    roles: ALL_ROLES,
    handler: (ctx, input) => typicalCaseOf(ctx, input.caseId),
  }),
  defineMethod({
    name: 'typicalCases.draft',
    summary: '从案件生成典型案例初稿',
    input: z.strictObject({ caseId: caseIdSchema, roundAmounts: z.boolean() }),
    output: writeUp,
    roles: ALL_ROLES,
    handler: (ctx, input) => draftOf(ctx, input.caseId, input.roundAmounts),
  }),
  defineMethod({
    name: 'typicalCases.save',
    summary: '保存典型案例稿',
    input: z.strictObject({ caseId: caseIdSchema, writeUp: writeUpSchema }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await saveTypicalCase(ctx, input.caseId, input.writeUp);
      return null;
    },
  }),
];
