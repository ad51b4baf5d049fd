import type { Locator, Page } from 'playwright-core';

/** 案件: the list with its search box. */
export class CasesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '案件' }).click();
    await this.page.getByTestId('case-total').waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('case-search').fill(text);
  }

  total(): Locator {
    return this.page.getByTestId('case-total');
  }

  /** Waits until the total reads `count`. */
  async waitForTotal(count: number): Promise<void> {
    await this.page.getByTestId('case-total').filter({ hasText: `共 ${count} 件` }).waitFor();
  }

  row(text: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: text });
  }

  highlighted(): Locator {
    return this.page.locator('mark.search-hit');
  }
}
