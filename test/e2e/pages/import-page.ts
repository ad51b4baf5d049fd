import type { Locator, Page } from 'playwright-core';

/** 导入: choose a file, check the preview, import. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '案件' }).click();
    await this.page.getByRole('button', { name: /导入$/ }).first().click(); // the icon adds its own name
    await this.page.getByRole('heading', { name: '导入案件' }).waitFor();
  }

  async choose(file: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(file);
  }

  previewRows(): Locator {
    return this.page.locator('.ant-table-row');
  }

  problems(): Locator {
    return this.page.getByTestId('import-problems');
  }

  async run(): Promise<void> {
    await this.page.getByRole('button', { name: '导入', exact: true }).click();
  }
}
