import fs from 'node:fs';
import dayjs from 'dayjs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { AgreementPage } from './pages/agreement-page';
import { CasesPage } from './pages/cases-page';
import { DocumentsPage } from './pages/documents-page';

/**
 * The agreement from the builder to the court (issue 6): the patent sample under mediation, no
 * agreement yet — installments and a licence, a 确权 term caught and rewritten, signed, the
 * judicial confirmation packet exported and its joint application previewed.
 */
const PATENT = '（2026）豫郑知调字第0800号';

function patentUnderMediation(): unknown {
  const c = sample().cases[1];
  c.caseNumber = PATENT;
  for (const key of ['agreement', 'enforcement', 'followUps', 'termination']) delete c[key];
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [patentUnderMediation()], viewport: { width: 1600, height: 1000 } });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

const day = (days: number) => dayjs().add(days, 'day').format('YYYY-MM-DD');

const pickDate = (input: Locator, date: string) => new AgreementPage(page).pickDate(input, date);
const addTerm = (kind: string) => new AgreementPage(page).addTerm(kind);

describe('the agreement builder', () => {
  it('builds an agreement with an installment plan and a licence, catches a 确权 term, and saves it once rewritten', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(PATENT).click();
    await page.getByRole('tab', { name: '协议' }).click();
    await page.getByText('尚未起草调解协议').waitFor();
    await page.getByTestId('open-builder').click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '起草调解协议' });
    await drawer.getByLabel('纠纷主要事实、争议事项').fill('被申请人生产、销售的FH-2000型秸秆还田机落入申请人实用新型专利的保护范围。');

    const plan = await addTerm('分期支付');
    await plan.getByLabel('第1期金额').fill('100000');
    await pickDate(plan.getByLabel('第1期付款期限'), day(30));
    await plan.getByLabel('第2期金额').fill('50000.50');
    await pickDate(plan.getByLabel('第2期付款期限'), day(90));
    await plan.getByTestId('schedule-total').filter({ hasText: '合计：150,000.50元（大写：壹拾伍万元伍角）' }).waitFor();

    const licence = await addTerm('许可使用');
    await licence.getByLabel('许可范围').fill('制造、销售FH系列秸秆还田机');
    await licence.getByLabel('许可地域').fill('中华人民共和国境内');
    await pickDate(licence.getByLabel('许可起始日'), day(1));
    await pickDate(licence.getByLabel('许可终止日'), day(1096));
    await licence.getByLabel('许可使用费').fill('80000');
    await licence.getByText('大写：捌万元整').waitFor();

    const custom = await addTerm('自定义');
    await custom.getByLabel('条款内容').fill('专利权归申请人所有。');
    const preview = page.getByTestId('agreement-preview-pane');
    await preview.getByTestId('clause-findings').getByText('确权表述').waitFor();
    await expect(preview.getByTestId('clause-findings').textContent()).resolves.toContain('第3项“归申请人所有”');
    await preview.locator('.doc-title', { hasText: '调解协议书' }).waitFor();
    await expect(preview.getByTestId('document-preview').textContent()).resolves.toContain('分二期向李卫东支付人民币150,000.50元（大写：壹拾伍万元伍角），具体如下：');
    await keepScreenshot(page, 'agreement-builder-error');

    await custom.getByLabel('条款内容').fill('双方就本纠纷再无其他争议。');
    await preview.getByTestId('clause-findings').getByText('确权表述').waitFor({ state: 'detached' });
    await expect(preview.getByTestId('document-preview').textContent()).resolves.toContain('三、双方就本纠纷再无其他争议。');
    // the licence goes first: moved up, the preview follows
    await licence.getByRole('button', { name: '上移第2项' }).click();
    await preview.getByTestId('document-preview').getByText(/^一、李卫东许可洛阳丰禾农业机械有限公司以普通许可方式实施实用新型专利/).waitFor();
    await keepScreenshot(page, 'agreement-builder');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // the parties agree to apply for judicial confirmation: the agreement says so
    await drawer.getByLabel('司法确认').check();
    await preview.getByText('双方当事人同意自本协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认。').waitFor();
    await drawer.getByRole('button', { name: '保存协议' }).click();
    await page.getByText('调解协议已保存').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const terms = page.getByTestId('agreement-terms');
    await terms.getByText('1. 许可使用').waitFor();
    await expect(terms.textContent()).resolves.toContain('2. 分期支付');
  });

  it('signs the agreement, exports the judicial confirmation packet, and previews the joint application to the intermediate court', async () => {
    await new AgreementPage(page).markSigned();

    await page.getByRole('tab', { name: '效力确认' }).click();
    const packet = page.getByTestId('packet-card');
    await packet.getByText('司法确认申请书').waitFor();
    await expect(packet.textContent()).resolves.toContain('承诺书（李卫东）');
    const [download] = await Promise.all([page.waitForEvent('download'), packet.getByRole('button', { name: /导出申请材料/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${PATENT}-司法确认申请材料.zip`);
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const names = Object.keys(zip.files).filter((n) => n.endsWith('.docx')).map((n) => n.split('/')[1]);
    expect(names).toEqual(expect.arrayContaining(['confirmation-application.docx', 'agreement.docx', 'commitment-李卫东.docx', 'materials-list.docx']));
    await keepScreenshot(page, 'packet');

    await page.getByRole('tab', { name: '文书' }).click();
    const docs = new DocumentsPage(page);
    await docs.pickKind('司法确认申请书');
    const text = (await docs.preview().textContent()) ?? '';
    expect(text).toContain('此致郑州市中级人民法院');
    expect(text).toContain('确认申请人李卫东与申请人洛阳丰禾农业机械有限公司于');
    await keepScreenshot(page, 'confirmation-application');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('follows the application: applied to the court, accepted, material asked for and supplied, then rejected — and says what can be done next', async () => {
    await page.getByRole('tab', { name: '效力确认' }).click();
    const card = page.getByTestId('tracking-card');
    const step = async (button: string | RegExp, fill: (d: Locator) => Promise<void>) => {
      await card.getByRole('button', { name: button }).click();
      const dialog = settledDialog(page);
      await dialog.waitFor();
      await fill(dialog);
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await step('申请司法确认', async (d) => expect(d.getByLabel('人民法院').inputValue()).resolves.toBe('郑州市中级人民法院'));
    await card.getByText(/向郑州市中级人民法院申请司法确认/).waitFor();
    await page.locator('.ant-tag').filter({ hasText: '效力确认中' }).first().waitFor();
    await step('记录受理', (d) => d.getByLabel('案号').fill('（2026）豫01民特901号'));
    await card.getByText(/人民法院受理，案号（2026）豫01民特901号/).waitFor();
    await step('补充材料要求', async (d) => {
      await d.getByLabel('需补充的材料').fill('专利证书原件');
      await pickDate(d.getByLabel('补充期限'), day(7));
    });
    await card.getByText(/要求补充：专利证书原件/).waitFor();
    await page.getByRole('tab', { name: '概况' }).click();
    await page.getByText('补充专利证书原件；逾期未补充的，可能按撤回申请处理').waitFor();
    await page.getByRole('tab', { name: '效力确认' }).click();
    await card.getByRole('button', { name: /已补交/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await card.locator('.ant-tag').filter({ hasText: '已补交' }).waitFor();
    await step('记录审查结果', async (d) => {
      await d.getByLabel('审查结果').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '裁定驳回申请' }).click();
      await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
      await d.getByLabel('理由').fill('协议第二项分期付款的期限约定不明确');
    });
    const next = card.getByTestId('tracking-next');
    await next.getByText('司法确认：驳回申请（协议第二项分期付款的期限约定不明确）').waitFor();
    await expect(next.textContent()).resolves.toContain('也可以向人民法院提起诉讼');
    await page.locator('.ant-tag').filter({ hasText: '达成协议' }).first().waitFor();
    await keepScreenshot(page, 'enforcement-tracking');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
