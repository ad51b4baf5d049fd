import type { Download, Locator, Page } from 'playwright-core';

/** The documents of a case (its 文书 tab) and the 文书 area with its template editor. */
export class DocumentsPage {
  constructor(private readonly page: Page) {}

  preview(): Locator {
    return this.page.getByTestId('document-preview');
  }

  /** Picks a kind by its name in the menu and waits for its preview, whose title may be printed otherwise (和解裁决书 prints 裁决书). */
  async pickKind(title: string, printed = title): Promise<void> {
    await this.page.getByRole('menuitem', { name: title, exact: true }).click();
    await this.preview().locator('.doc-title', { hasText: printed }).first().waitFor();
  }

  selectedKind(): Locator {
    return this.page.locator('.doc-kind-menu .ant-menu-item-selected');
  }

  /** 保存为 Word; in browser mode the file arrives as a download. */
  async saveAsWord(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: '保存为 Word' }).click()]);
    return download;
  }

  generated(): Locator {
    return this.page.getByTestId('generated-documents');
  }

  generatedRow(text: string): Locator {
    return this.generated().locator('.ant-table-row').filter({ hasText: text });
  }

  async attachScan(row: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), row.getByRole('button', { name: /上传签字件/ }).click()]);
    await chooser.setFiles(file);
  }

  async openArea(tab: '已生成的文书' | '文书模板'): Promise<void> {
    await this.page.getByRole('menuitem', { name: '文书' }).click();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  async pickParagraph(kindTitle: string, label: string): Promise<void> {
    const menu = this.page.getByRole('menu', { name: '可修改的段落' });
    const paragraph = menu.getByRole('menuitem', { name: label, exact: true });
    if (!(await paragraph.isVisible())) await menu.getByRole('menuitem', { name: kindTitle, exact: true }).click();
    await paragraph.click();
  }

  wordingText(): Locator {
    return this.page.getByLabel('段落内容');
  }
}
