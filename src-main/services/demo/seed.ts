import { chinaDate } from '../../domain/china-time';
import { addDays } from '../../domain/dates';
import { importExchangeCases } from '../case-import';
import type { ServiceContext } from '../context';
import { demoCases } from './generate';

const BATCH = 5000;

/**
 * Adds `count` demo cases received over the last five years, in write units of 5,000 so that
 * progress can be shown and a stopped run keeps the batches it finished.
 */
export async function seedDemo(ctx: ServiceContext, count: number, onProgress: (done: number, total: number) => void = () => undefined): Promise<number> {
  const today = chinaDate(ctx.clock.now());
  const all = demoCases(count, 20_261_124 + count, addDays(today, -5 * 365), today);
  let done = 0;
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    await importExchangeCases(ctx, batch, 'fail', 'cases.seedDemo');
    done += batch.length;
    onProgress(done, count);
  }
  return done;
}
