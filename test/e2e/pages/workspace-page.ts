import type { Locator, Page } from 'playwright-core';

/** The main layout: left navigation, the organization in the top bar, the language switch. */
export class WorkspacePage {
  constructor(private readonly page: Page) {}

  organizationName(): Locator {
    return this.page.getByTestId('organization-name');
  }

  navItem(label: string): Locator {
    return this.page.getByRole('menuitem', { name: label });
  }

  async open(label: string): Promise<void> {
    await this.navItem(label).click();
  }

  async switchLanguage(to: '中文' | 'English'): Promise<void> {
    await this.page.getByRole('combobox', { name: /界面语言|Language/ }).click();
    await this.page.locator('.ant-select-item-option').filter({ hasText: to }).click();
  }
}
