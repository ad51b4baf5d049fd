import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import { checkAgreement } from '../../services/clause-checks';
import { routesFor } from '../../services/enforcement-routes';
import { defineMethod } from '../contract';

/** The agreement's clause checks, and which routes can make it enforceable. */
const caseId = z.uuid({ error: '案件标识无效' });

export const agreementMethods = [
  defineMethod({
    name: 'agreements.check',
    summary: '条款审查',
    input: z.strictObject({ caseId }),
    output: z.object({
      hasAgreement: z.boolean(),
      findings: z.array(z.object({ rule: z.string(), severity: z.enum(['error', 'warning']), term: z.number().nullable(), message: z.string() })),
    }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => checkAgreement(ctx, input.caseId),
  }),
  defineMethod({
    name: 'agreements.routes',
    summary: '效力确认途径建议',
    input: z.strictObject({ caseId }),
    output: z.array(z.object({ route: z.enum(['judicial_confirmation', 'notarization', 'arbitration']), advice: z.enum(['suitable', 'conditional', 'unsuitable']), reasons: z.array(z.string()) })),
    roles: STAFF_ROLES,
    handler: (ctx, input) => routesFor(ctx, input.caseId),
  }),
] as const;
