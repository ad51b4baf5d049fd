import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace } from './support/harness';
import { CasesPage } from './pages/cases-page';

/** Evidence on the sample patent case (李卫东 v. 洛阳丰禾): dropped in, counted, previewed, and blocked once tampered with. */
let workspace: Workspace;
let page: Page;
let dataDir = '';

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Bank transfer receipt, page 1', 'Page 2']) doc.addPage([420, 595]).drawText(text, { x: 40, y: 540, size: 18, font });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, setUp: (dir) => (dataDir = dir) });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

const table = () => page.getByTestId('attachments');

describe('attachments', () => {
  it('files a photo and a PDF dropped on the case, with pages, size and hash', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('洛阳丰禾农业机械有限公司').click();
    await page.getByRole('tab', { name: '附件' }).click();
    await page.getByText('还没有附件').waitFor();
    await page.getByLabel('归入卷宗项目').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '履行凭证' }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await page.locator('.ant-upload input[type=file]').setInputFiles([
      { name: '侵权产品照片.png', mimeType: 'image/png', buffer: PNG },
      { name: '转账凭证.pdf', mimeType: 'application/pdf', buffer: await twoPagePdf() },
    ]);
    await page.getByText('已添加 2 个附件').waitFor();
    const pdfRow = table().locator('.ant-table-row').filter({ hasText: '转账凭证.pdf' });
    await expect(pdfRow.textContent()).resolves.toMatch(/履行凭证\s*2/);
    await expect(table().locator('.ant-table-row').filter({ hasText: '侵权产品照片.png' }).textContent()).resolves.toContain('履行凭证');
    await keepScreenshot(page, 'attachments');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('previews the image and draws the PDF page by page', async () => {
    await page.getByRole('button', { name: /预览 侵权产品照片.png/ }).click();
    await page.getByRole('dialog').getByRole('img', { name: '侵权产品照片.png' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /预览 转账凭证.pdf/ }).click();
    const preview = page.getByTestId('pdf-preview');
    await preview.getByText('共 2 页').waitFor();
    await expect(preview.getByRole('img').count()).resolves.toBe(2);
    await keepScreenshot(page, 'attachment-pdf-preview');
    await page.keyboard.press('Escape');
  });

  it('refuses a file changed on disk, and marks it blocked', async () => {
    const row = table().locator('.ant-table-row').filter({ hasText: '转账凭证.pdf' });
    const short = ((await row.locator('code').textContent()) ?? '').trim();
    const folder = path.join(dataDir, 'files', short.slice(0, 2));
    const pdf = fs.readdirSync(folder).map((f) => path.join(folder, f)).find((f) => path.basename(f).startsWith(short));
    expect(pdf).toBeDefined();
    fs.chmodSync(pdf as string, 0o644);
    fs.appendFileSync(pdf as string, '%changed');
    await page.getByRole('button', { name: /导出 转账凭证.pdf/ }).click();
    await page.getByText('文件已损坏或被改动').waitFor();
    await row.getByText('已封存').waitFor();
    await expect(row.getByRole('button', { name: /导出 转账凭证.pdf/ }).isDisabled()).resolves.toBe(true);
    await page.getByRole('tab', { name: '日志' }).click();
    await page.getByText('附件校验不符，拒绝打开').first().waitFor();
  });
});
