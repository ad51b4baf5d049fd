import type { Db } from '../db/store';
import { arbitrationFee, DEFAULT_FEE_SCHEDULE, feeLineText, feeScheduleSchema, type FeeSchedule } from '../domain/arbitration-fees';
import { chinaTimestamp } from '../domain/china-time';
import { writeUnit, type ServiceContext } from './context';
import { readSetting, writeSetting } from './settings-store';

/** The commission's fee schedule (设置 → 仲裁收费), and the fee of a dispute counted with it. */
const KEY = 'arbitrationFees';

async function readSchedule(db: Db): Promise<{ schedule: FeeSchedule; edited: boolean }> {
  const { value, edited } = await readSetting(db, KEY, feeScheduleSchema, DEFAULT_FEE_SCHEDULE);
  return { schedule: value, edited };
}

export const getFeeSchedule = (ctx: ServiceContext) => readSchedule(ctx.store.db);

export function updateFeeSchedule(ctx: ServiceContext, schedule: FeeSchedule): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const before = await readSchedule(tx);
    await writeSetting(tx, KEY, schedule, chinaTimestamp(ctx.clock.now()));
    audit({ action: 'settings.updateArbitrationFees', entity: 'settings', entityId: KEY, before: before.schedule, after: schedule });
  });
}

/** The acceptance fee of a dispute of `amount` fen, how it was counted, and the total with the handling costs. */
export async function calculateFee(ctx: ServiceContext, amount: number, handling: readonly { item: string; fee: number }[]) {
  const { schedule } = await readSchedule(ctx.store.db);
  const c = arbitrationFee(amount, schedule, handling);
  return { acceptanceFee: c.acceptanceFee, lines: c.lines.map((l) => ({ text: feeLineText(l), fee: l.fee })), handlingTotal: c.handlingTotal, total: c.total };
}
