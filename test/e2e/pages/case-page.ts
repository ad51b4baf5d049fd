import type { Locator, Page } from 'playwright-core';
import { settledDialog } from '../support/harness';

/** One case: its header and actions. */
export class CasePage {
  constructor(private readonly page: Page) {}

  number(): Locator {
    return this.page.getByTestId('case-number');
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: '受理', exact: true }).click();
    const dialog = settledDialog(this.page, '受理案件');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  status(): Locator {
    return this.page.locator('.ant-tag').first();
  }
}
