import type { Locator, Page } from 'playwright-core';

/** 登记案件: the four-step registration form. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '登记案件' }).first().click();
    await this.page.getByRole('heading', { name: '登记案件' }).waitFor();
  }

  party(index: number): Locator {
    return this.page.getByTestId(`party-${index}`);
  }

  field(scope: Locator | Page, label: string): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  errorIn(scope: Locator, message: string): Locator {
    return scope.locator('.ant-form-item-explain-error').filter({ hasText: message });
  }

  async chooseKind(party: Locator, kind: '自然人' | '法人' | '非法人组织' | '个体工商户'): Promise<void> {
    await party.locator('.ant-segmented-item').filter({ hasText: kind }).click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交登记' }).click();
  }
}
