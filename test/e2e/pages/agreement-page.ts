import type { Locator, Page } from 'playwright-core';
import { settledDialog } from '../support/harness';

/** 协议: the agreement builder's drawer, its terms, and marking the agreement signed. */
export class AgreementPage {
  constructor(private readonly page: Page) {}

  async openBuilder(): Promise<Locator> {
    await this.page.getByRole('tab', { name: '协议' }).click();
    await this.page.getByTestId('open-builder').click();
    return this.drawer();
  }

  drawer(): Locator {
    return this.page.locator('.ant-drawer').filter({ hasText: '起草调解协议' });
  }

  /** Adds a term of `kind` from the menu and returns its card. */
  async addTerm(kind: string): Promise<Locator> {
    const before = await this.page.locator('[data-testid^="term-"]').count();
    await this.page.getByTestId('add-term').click();
    // a click while the menu still slides in can be lost: wait for it to settle
    const menu = this.page.locator('.ant-dropdown:not(.ant-slide-up-appear)').filter({ hasText: kind });
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: kind, exact: true }).click();
    await this.page.locator('.ant-dropdown').filter({ hasText: kind }).waitFor({ state: 'hidden' });
    const card = this.page.getByTestId(`term-${before + 1}`);
    await card.waitFor();
    return card;
  }

  /** Types a date into a date picker and confirms it. */
  async pickDate(input: Locator, date: string): Promise<void> {
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  async save(): Promise<void> {
    await this.drawer().getByRole('button', { name: '保存协议' }).click();
    await this.page.getByText('调解协议已保存').waitFor();
    await this.drawer().waitFor({ state: 'hidden' });
  }

  /** 标记已签署 with the seal, everyone signing in person. */
  async markSigned(): Promise<void> {
    await this.page.getByRole('button', { name: /标记已签署/ }).click();
    const dialog = settledDialog(this.page, '已加盖调解组织印章');
    await dialog.getByLabel('已加盖调解组织印章').check();
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await this.page.getByText('已标记签署，案件进入“达成协议”').waitFor();
  }
}
