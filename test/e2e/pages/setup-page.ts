import type { Locator, Page } from 'playwright-core';
import { settledDialog } from '../support/harness';

/** The first-run wizard: 组织信息 → 案号规则 → 调解员名册 → 核对并完成. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { name: /初始设置/ });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The validation message shown under a field. */
  errorOf(label: string): Locator {
    return this.page.locator('.ant-form-item').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
  }

  async fillOrganization(values: { name: string; region: string; phone?: string; court?: string }): Promise<void> {
    await this.field('组织名称').fill(values.name);
    await this.field('地区简称').fill(values.region);
    if (values.phone) await this.field('联系电话').fill(values.phone);
    if (values.court) await this.field('默认司法确认法院').fill(values.court);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
  }

  casePreview(): Locator {
    return this.page.getByTestId('case-number-preview');
  }

  async openMediatorDrawer(): Promise<Locator> {
    await this.page.getByRole('button', { name: '添加调解员' }).click();
    const drawer = settledDialog(this.page, '添加调解员');
    await drawer.waitFor();
    return drawer;
  }

  async saveMediator(): Promise<void> {
    await this.page.getByTestId('mediator-save').click();
  }

  review(): Locator {
    return this.page.getByTestId('setup-review');
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: '完成设置' }).click();
  }
}
