import { describe, expect, it } from 'vitest';
import { DEFAULT_FEE_SCHEDULE } from '../../../src-main/domain/arbitration-fees';
import { sampleCasesPerTest } from '../../support/samples';

/** The commission's fee schedule in settings and the fee calculator, through the API. */
const { app, call } = sampleCasesPerTest();

describe('arbitration fees', () => {
  it('counts the fee of an amount with the schedule the commission saved, within the national ranges, which only an administrator may change', async () => {
    expect((await call('settings.getArbitrationFees', {})).data).toEqual({ schedule: DEFAULT_FEE_SCHEDULE, edited: false });
    const fee = await call('arbitration.fee', { amount: '120000', handling: [{ item: '案件处理费', amount: '1000.00' }] });
    expect(fee.data).toMatchObject({ acceptanceFee: 515_000, handlingTotal: 100_000, total: 615_000 });
    expect(fee.data.lines.map((l: { text: string }) => l.text)).toEqual([
      '1,000.00元以下固定收费：100.00元',
      '超过1,000.00元至50,000.00元部分 × 5%：2,450.00元',
      '超过50,000.00元至100,000.00元部分 × 4%：2,000.00元',
      '超过100,000.00元至120,000.00元部分 × 3%：600.00元',
    ]);

    // the commission charges 4% on the first part
    const own = { ...DEFAULT_FEE_SCHEDULE, brackets: DEFAULT_FEE_SCHEDULE.brackets.map((b, i) => (i === 0 ? { ...b, rateBp: 400 } : b)) };
    expect(await call('settings.updateArbitrationFees', { schedule: own })).toEqual({ ok: true, data: null });
    expect((await call('arbitration.fee', { amount: '50000' })).data.acceptanceFee).toBe(206_000); // 100 + 49,000 × 4%
    expect(await app().store.reader.all('SELECT count(*) AS n FROM audit_log WHERE action = ?', ['settings.updateArbitrationFees'])).toEqual([{ n: 1 }]);

    const tooLow = { ...own, baseFee: 1_000 };
    expect(await call('settings.updateArbitrationFees', { schedule: tooLow })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'schedule.baseFee': '1,000元以下的收费应在40.00元至100.00元之间' } } });
    const clerk = app().contextFor({ id: 'c', name: '李文书', roles: ['clerk'] });
    expect(await app().registry.invoke(clerk, 'settings.updateArbitrationFees', { schedule: DEFAULT_FEE_SCHEDULE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('arbitration.fee', { amount: '12.345' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('争议金额') } });
  });
});
