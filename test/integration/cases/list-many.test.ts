import { expect, it } from 'vitest';
import { caseListQuerySchema, listCases } from '../../../src-main/services/case-query';
import { seedDemo } from '../../../src-main/services/demo/seed';
import { setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/**
 * A list of more cases than SQLite binds in one statement (the statistics report's case list, an
 * export): each case id is bound twice for the names, so 16,500 cases would be 33,000 values.
 */
it('lists 16,500 cases at once, each with its parties and mediators', async () => {
  const app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  try {
    await setUpSampleOrganization(app);
    const ctx = operatorContext(app);
    await seedDemo(ctx, 16_500);
    const list = await listCases(ctx, caseListQuerySchema.parse({ limit: 100_000, sort: 'receivedOn', order: 'asc' }));
    expect(list.total).toBe(16_500);
    expect(list.rows).toHaveLength(16_500);
    expect(list.rows.filter((r) => r.applicants.length === 0 || r.respondents.length === 0)).toEqual([]);
    const [first, last] = [list.rows[0], list.rows.at(-1)];
    expect(first && last && first.receivedOn <= last.receivedOn).toBe(true);
  } finally {
    await app.close();
  }
}, 120_000);
