import { z } from 'zod';
import type { Db } from '../db/store';
import { chinaTimestamp } from '../domain/china-time';
import { DEFAULT_TRIAGE_RULES, triageRulesSchema, type TriageRules } from '../domain/triage';
import { writeUnit, type ServiceContext } from './context';
import { readSetting, writeSetting } from './settings-store';

/** The organization's intake rules: triage thresholds and the duplicate-warning period. */
export const intakeSettingsSchema = z.strictObject({
  triage: triageRulesSchema,
  duplicateWindowDays: z.number({ error: '请填写重复提醒期限' }).int('期限应为整数天').min(0, '期限不能为负').max(3650, '期限不超过3650天'),
});
export type IntakeSettings = z.output<typeof intakeSettingsSchema>;

export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = { triage: DEFAULT_TRIAGE_RULES, duplicateWindowDays: 365 };
const KEY = 'intake';

export async function readIntakeSettings(db: Db): Promise<IntakeSettings> {
  return (await readSetting(db, KEY, intakeSettingsSchema, DEFAULT_INTAKE_SETTINGS)).value;
}

export const getIntakeSettings = (ctx: ServiceContext) => readIntakeSettings(ctx.store.db);

export function updateIntakeSettings(ctx: ServiceContext, next: IntakeSettings): Promise<IntakeSettings> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readIntakeSettings(tx);
    await writeSetting(tx, KEY, next, chinaTimestamp(ctx.clock.now()));
    audit({ action: 'settings.updateIntake', entity: 'settings', entityId: KEY, before, after: next });
    return next;
  });
}

export type { TriageRules };
