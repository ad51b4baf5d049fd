import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { wordText } from '../support/documents';
import { CasesPage } from './pages/cases-page';
import { keepScreenshot, seriousA11yViolations, workspaceForFile } from './support/harness';

/**
 * 典型案例 of the trademark sample (河南嵩岳食品有限公司 v. 管城回族区惠民便利超市, agreement signed):
 * the draft drawn from the case and anonymized, amounts rounded on request, a real name typed back
 * in refused, the edited write-up saved and saved again as Word.
 */
const current = workspaceForFile({ samples: true });

const REAL_NAMES = ['河南嵩岳食品有限公司', '管城回族区惠民便利超市', '王建华', '孙立', '陈静'];

describe('the typical-case editor', () => {
  it('drafts the case anonymized, refuses a real name, saves the edited write-up and makes it as Word', async () => {
    const { page, watch } = current();
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row('河南嵩岳食品有限公司').click();
    await page.getByRole('tab', { name: '典型案例' }).click();

    const title = page.getByLabel('标题');
    await expect.poll(() => title.inputValue()).toBe('河南某食品有限公司与管城回族区某便利超市商标侵权纠纷调解案');
    const facts = page.getByLabel('基本案情');
    const result = page.getByLabel('调解结果');
    for (const name of REAL_NAMES) expect(await facts.inputValue()).not.toContain(name);
    await expect(result.inputValue()).resolves.toMatch(/\d{1,3},\d{3}\.\d{2}元/);
    const preview = page.getByTestId('document-preview');
    await preview.getByText('一、基本案情').waitFor();

    // amounts as 万元: the untouched draft is drawn again at once
    await page.getByRole('switch', { name: '金额写作约数' }).click();
    await expect.poll(() => result.inputValue()).toMatch(/\d+(\.\d)?万元/);

    // a real name typed back in is refused under its part, and nothing is saved
    await facts.fill(`${await facts.inputValue()}\n调解时，经营者王建华当场认错。`);
    await page.getByRole('button', { name: /保\s*存/ }).first().click();
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '基本案情中仍有当事人、代理人或调解员的真实姓名或名称' }).waitFor();
    await page.getByText('初稿，尚未保存').waitFor();

    await facts.fill((await facts.inputValue()).replace('王建华', '王某'));
    await page.getByLabel('典型意义').fill('本案是小微经营者销售侵权商品纠纷通过调解快速化解的典型案例。');
    await page.getByRole('button', { name: /保\s*存/ }).first().click();
    await page.getByText('典型案例稿已保存').waitFor();
    await page.getByText(/由 .+ 保存/).waitFor();
    await preview.getByText('调解时，经营者王某当场认错。').waitFor();
    await preview.getByText('本案是小微经营者销售侵权商品纠纷通过调解快速化解的典型案例。').waitFor();
    await page.getByRole('tab', { name: '典型案例' }).scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'typical-case');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /保存为 Word/ }).click()]);
    expect(file.suggestedFilename()).toBe('（2026）豫郑知调字第0003号-典型案例.docx');
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(await file.path()))).file('word/document.xml')?.async('string')) ?? '';
    const text = wordText(xml).join('\n');
    expect(text).toContain('调解时，经营者王某当场认错。');
    expect(text).toMatch(/\d+(\.\d)?万元/);
    for (const name of REAL_NAMES) expect(text).not.toContain(name);
    expect(watch.problems).toEqual([]);
  });
});
