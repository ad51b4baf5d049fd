import { ALL_ROLES } from '../../domain/roles';
import { getPreferences, preferencesSchema, updatePreferences } from '../../services/preferences';
import { defineMethod } from '../contract';
import { noInput } from '../schemas';

export const preferencesMethods = [
  defineMethod({
    name: 'preferences.get',
    summary: '读取界面偏好',
    input: noInput,
    output: preferencesSchema,
    roles: ALL_ROLES,
    handler: (ctx) => getPreferences(ctx),
  }),
  defineMethod({
    name: 'preferences.update',
    summary: '修改界面偏好',
    input: preferencesSchema.partial(),
    output: preferencesSchema,
    roles: ALL_ROLES,
    handler: (ctx, input) => updatePreferences(ctx, input),
  }),
] as const;
