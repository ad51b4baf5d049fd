import { z } from 'zod';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { assignmentOptions, assignMediators, checkConflicts } from '../../services/assignment';
import { defineMethod } from '../contract';

/** Mediator assignment with its recusal check. */
const caseId = z.uuid({ error: '案件标识无效' });
const mediatorId = z.uuid({ error: '请选择调解员' });
const person = z.object({ name: z.string(), role: z.string(), idNumber: z.string().nullish(), uscc: z.string().nullish() });
const finding = z.object({
  kind: z.string(),
  strength: z.string(),
  subject: person,
  matched: person.extend({ caseNumber: z.string().nullish() }),
  evidence: z.string(),
});

export const assignmentMethods = [
  defineMethod({
    name: 'cases.assignmentOptions',
    summary: '可指派的调解员',
    input: z.strictObject({ caseId }),
    output: z.object({
      roster: z.array(z.object({ id: z.string(), name: z.string(), mediatorNo: z.string().nullable(), specialties: z.array(z.string()), openCases: z.number() })),
      current: z.array(
        z.object({ mediatorId: z.string(), name: z.string(), role: z.string(), findings: z.array(z.unknown()), disclosure: z.string().nullable(), consent: z.string().nullable(), assignedAt: z.string() }),
      ),
    }),
    roles: ALL_ROLES,
    handler: (ctx, input) => assignmentOptions(ctx, input.caseId),
  }),
  defineMethod({
    name: 'cases.checkConflicts',
    summary: '回避审查',
    input: z.strictObject({ caseId, mediatorId }),
    output: z.array(finding),
    roles: ALL_ROLES,
    handler: (ctx, input) => checkConflicts(ctx.store.db, input.caseId, input.mediatorId),
  }),
  defineMethod({
    name: 'cases.assignMediators',
    summary: '指派调解员',
    input: z.strictObject({
      caseId,
      lead: z.uuid({ error: '请选择主持调解员' }),
      assistants: z.array(mediatorId).max(5, '协助调解员不超过5名'),
      disclosures: z.record(z.string(), z.strictObject({ disclosure: z.string().max(1000, '不超过1000字'), consent: z.string().max(1000, '不超过1000字') })).default({}),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await assignMediators(ctx, input.caseId, input);
      return null;
    },
  }),
] as const;
