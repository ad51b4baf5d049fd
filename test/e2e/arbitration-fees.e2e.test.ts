import { describe, expect, it } from 'vitest';
import { keepScreenshot, seriousA11yViolations, workspaceForFile } from './support/harness';

/** 设置 → 仲裁收费: the commission's schedule inside the national ranges, tried on an amount. */
const current = workspaceForFile({ samples: true });

describe('arbitration fees in settings', () => {
  it('counts the acceptance fee of an amount part by part, and follows the schedule the commission saves', async () => {
    const { page, watch } = current();
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '仲裁收费' }).click();
    await page.getByText('当前为各段幅度的上限（预置）').waitFor();
    const calculator = page.getByTestId('fee-calculator');
    await calculator.getByLabel('争议金额').fill('120000');
    await calculator.getByLabel('案件处理费').fill('1000');
    await calculator.getByText('超过100,000.00元至120,000.00元部分 × 3%：600.00元').waitFor();
    await calculator.getByText('6,150.00元').waitFor();
    await keepScreenshot(page, 'arbitration-fees');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // the commission charges 4% on the part up to 50,000 yuan
    const rate = page.getByLabel('超过1,000.00元至50,000.00元的部分');
    await rate.fill('4');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await page.getByText('当前为各段幅度的上限（预置）').waitFor({ state: 'detached' });
    await calculator.getByLabel('争议金额').fill('50000');
    await calculator.getByText('超过1,000.00元至50,000.00元部分 × 4%：1,960.00元').waitFor();
    // the field keeps a rate inside the national range
    await rate.fill('6');
    await rate.blur();
    await expect(rate.inputValue()).resolves.toBe('5.00');
    expect(watch.problems).toEqual([]);
  });
});
