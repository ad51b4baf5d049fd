import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import { checkAgreement } from '../../services/clause-checks';
import { defineMethod } from '../contract';

/** The agreement's clause checks. */
export const agreementMethods = [
  defineMethod({
    name: 'agreements.check',
    summary: '条款审查',
    input: z.strictObject({ caseId: z.uuid({ error: '案件标识无效' }) }),
    output: z.object({
      hasAgreement: z.boolean(),
      findings: z.array(z.object({ rule: z.string(), severity: z.enum(['error', 'warning']), term: z.number().nullable(), message: z.string() })),
    }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => checkAgreement(ctx, input.caseId),
  }),
] as const;
