import type { Locator, Page } from 'playwright-core';

/** 统计: the period, the headline figures, the charts (drawn on canvases) and the cases behind a bar. */
export class StatisticsPage {
  constructor(private readonly page: Page) {}

  /** Types the period into the range picker, as a keyboard user would. */
  async setPeriod(from: string, to: string): Promise<void> {
    const start = this.page.getByPlaceholder(/开始日期|Start date/);
    await start.click();
    await start.fill(from);
    await start.press('Enter');
    const end = this.page.getByPlaceholder(/结束日期|End date/);
    await end.fill(to);
    await end.press('Enter');
    await this.page.keyboard.press('Escape');
    await this.page.locator('.ant-picker-dropdown').first().waitFor({ state: 'hidden' });
  }

  /** The value of a headline figure, by its title. */
  headline(title: string): Locator {
    return this.page.getByTestId('statistics-headline').locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  }

  /**
   * Clicks the month bar of the month chart: the bars stand in equal bands between the grid's
   * edges (40 px left, 16 px right, 24 px bottom), so the click lands just above the axis in the
   * middle of the band.
   */
  async clickMonthBar(index: number, months: number): Promise<void> {
    const chart = this.page.getByTestId('chart-month');
    const box = await chart.boundingBox();
    if (!box) throw new Error('month chart not shown');
    const band = (box.width - 56) / months;
    await chart.click({ position: { x: 40 + band * (index + 0.5), y: box.height - 30 } });
  }
}
