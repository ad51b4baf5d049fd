import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace } from './support/harness';
import { CasesPage } from './pages/cases-page';
import { DocumentsPage } from './pages/documents-page';

const CASE_NUMBER = '（2026）豫郑知调字第0003号';
// a 1×1 PNG: the "scan" of the signed paper copy
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==', 'base64');

let workspace: Workspace;
let page: Page;
let watch: Workspace['watch'];
let docs: DocumentsPage;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, viewport: { width: 1440, height: 960 } });
  ({ page, watch } = workspace);
  docs = new DocumentsPage(page);
});
afterAll(() => workspace?.close());

describe('documents of a case', () => {
  it('previews the mediation application of the case on its 文书 tab', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.search('hnsy');
    await cases.row(CASE_NUMBER).click();
    await page.getByRole('tab', { name: '文书' }).click();
    await docs.preview().locator('.doc-title', { hasText: '调解申请书' }).waitFor();
    await expect(docs.preview().textContent()).resolves.toContain('河南嵩岳食品有限公司');
    await docs.generated().getByText('本案尚未生成文书').waitFor();
  });

  it('saves the acceptance notice as Word, registers version 1, then version 2', async () => {
    await docs.pickKind('受理通知书');
    await expect(docs.selectedKind().textContent()).resolves.toBe('受理通知书');
    const text = (await docs.preview().textContent()) ?? '';
    expect(text).toContain(CASE_NUMBER);
    expect(text).toContain('管城回族区惠民便利超市');
    await keepScreenshot(page, 'case-documents');

    const download = await docs.saveAsWord();
    expect(download.suggestedFilename()).toBe(`${CASE_NUMBER}-受理通知书.docx`);
    const file = await download.path();
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string');
    expect(xml).toContain('受理通知书');
    expect(xml).toContain('河南嵩岳食品有限公司');
    await docs.generatedRow('第1版').waitFor();

    await docs.saveAsWord();
    await docs.generatedRow('第2版').waitFor();
    await expect(docs.generatedRow('第1版').textContent()).resolves.toContain('受理通知书');
  });

  it('prints the preview alone, one A4 page per copy', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(tempDir('md-e2e-print-'), 'print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(2); // the applicant's copy and the respondent's
    expect(pages[0]).toContain('受理通知书');
    expect(pages[0]).toContain('河南嵩岳食品有限公司：');
    expect(pages[1]).toContain('管城回族区惠民便利超市：');
    expect(pages.join('')).not.toContain('调解工作台'); // nothing of the app around it
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('links the signed scan to the version it was printed from', async () => {
    const first = docs.generatedRow('第1版');
    await docs.attachScan(first, { name: '受理通知书-签字.png', mimeType: 'image/png', buffer: SCAN });
    await first.getByRole('button', { name: /已关联/ }).waitFor();
    await expect(docs.generatedRow('第2版').textContent()).resolves.toContain('未上传');
    await page.getByRole('tab', { name: '日志' }).click();
    await page.getByText('关联签字扫描件').waitFor();
  });
});

describe('文书 area and templates', () => {
  it('lists the generated documents across cases', async () => {
    await docs.openArea('已生成的文书');
    await docs.generatedRow(CASE_NUMBER).first().waitFor();
    expect(await docs.generated().locator('.ant-table-row').count()).toBe(2);
  });

  it('edits a paragraph with a variable, previews it on a case, saves and resets it', async () => {
    await docs.openArea('文书模板');
    await docs.pickParagraph('受理通知书', '调解员与联系方式');
    const box = docs.wordingText();
    await box.fill('本案由{调解员}调解，咨询电话：');
    await page.getByRole('button', { name: '{组织电话}' }).click();
    await expect(box.inputValue()).resolves.toBe('本案由{调解员}调解，咨询电话：{组织电话}');
    // the preview fills the variables for the chosen case before anything is saved
    await docs.preview().getByText(/本案由.+调解，咨询电话：/).first().waitFor();
    await keepScreenshot(page, 'document-templates');

    await box.fill('本案由{调解人}调解。');
    await page.getByRole('button', { name: /保存$/ }).click();
    await page.getByText('不认识的变量：{调解人}').first().waitFor();

    await box.fill('本案由调解员{调解员}负责调解，咨询电话：{组织电话}。');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存为第1版').waitFor();
    await page.getByRole('menu', { name: '可修改的段落' }).getByText('已修改').waitFor();

    await page.getByRole('button', { name: '恢复默认' }).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已恢复默认措辞').waitFor();
    await expect(box.inputValue()).resolves.toBe('本案由调解员{调解员}负责调解。如有疑问，请与本会联系，联系电话：{组织电话}。');
  });

  it('has no serious accessibility problems, no console errors and no foreign requests', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    expect(watch.foreignRequests()).toEqual([]);
  });
});
