import { z } from 'zod';
import { courtDirectorySchema } from '../../domain/courts';
import { text } from '../../domain/exchange/primitives';
import { ALL_ROLES, STAFF_ROLES } from '../../domain/roles';
import { courtFor, getCourtDirectory, overrideCourt, updateCourtDirectory } from '../../services/courts';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

/** The court directory, and which court confirms a case's agreement. */
export const courtMethods = [
  defineMethod({
    name: 'settings.getCourts',
    summary: '法院名录',
    input: noInput,
    output: z.object({ courts: courtDirectorySchema, edited: z.boolean() }),
    roles: ALL_ROLES,
    handler: (ctx) => getCourtDirectory(ctx),
  }),
  defineMethod({
    name: 'settings.updateCourts',
    summary: '修改法院名录',
    input: z.strictObject({ courts: courtDirectorySchema }),
    output: z.null(),
    roles: ['admin'],
    handler: async (ctx, input) => {
      await updateCourtDirectory(ctx, input.courts);
      return null;
    },
  }),
  defineMethod({
    name: 'cases.court',
    summary: '司法确认法院',
    input: z.strictObject({ caseId: z.uuid({ error: '案件标识无效' }) }),
    output: z.object({ court: z.string().nullable(), basis: z.string(), alternatives: z.array(z.string()), overridden: z.boolean() }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => courtFor(ctx, input.caseId),
  }),
  defineMethod({
    name: 'cases.overrideCourt',
    summary: '指定司法确认法院',
    input: z.strictObject({
      caseId: z.uuid({ error: '案件标识无效' }),
      choice: z.strictObject({ court: text('法院名称', 60), reason: text('指定理由', 500) }).nullable(),
    }),
    output: z.null(),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      await overrideCourt(ctx, input.caseId, input.choice);
      return null;
    },
  }),
] as const;
