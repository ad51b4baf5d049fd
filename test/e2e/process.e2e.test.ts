import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src-main/domain/identity';
import { sample } from '../support/samples';
import { keepScreenshot, openWorkspace, seriousA11yViolations, type Workspace, settledDialog } from './support/harness';
import { CasesPage } from './pages/cases-page';

/**
 * The mediation process. A new accepted case against the same shop as the sample trademark case
 * that 陈静 mediated: assigning 陈静 must show that finding and ask for disclosure and consent.
 */
const NEW_CASE = '（2026）豫郑知调字第0101号';

function newCase(): unknown {
  const c = structuredClone(sample().cases[0]) as Record<string, unknown> & { parties: Record<string, unknown>[] };
  for (const key of ['mediators', 'sessions', 'agreement', 'enforcement', 'followUps', 'referral']) delete c[key];
  Object.assign(c, { caseNumber: NEW_CASE, source: 'party_application', receivedOn: '2026-11-02', acceptedOn: '2026-11-03', subject: '申请人认为被申请人销售的月饼礼盒侵犯其注册商标专用权。' });
  c.parties = [
    { role: 'applicant', kind: 'legal', name: '新乡市牧野食品有限公司', uscc: `91410700MA40QXJ12${usccCheckChar('91410700MA40QXJ12')}`, representative: { name: '王明', title: '总经理' }, agents: [] },
    c.parties[1] as Record<string, unknown>,
  ];
  return c;
}

let workspace: Workspace;
let page: Page;

beforeAll(async () => {
  workspace = await openWorkspace({ samples: true, cases: [newCase()] });
  ({ page } = workspace);
});
afterAll(() => workspace?.close());

describe('mediator assignment', () => {
  it('shows the recusal finding for a party the mediator met in an earlier case', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.row(NEW_CASE).click();
    await page.getByRole('button', { name: /指派调解员/ }).click();
    const drawer = settledDialog(page, '回避审查');
    await drawer.getByLabel('主持调解员').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '陈静（在办2件）' }).click();
    const check = drawer.getByTestId('conflicts-陈静');
    await check.getByText('发现2项可能影响公正调解的情形').waitFor();
    await expect(check.textContent()).resolves.toContain('调解员陈静经办的（2026）豫郑知调字第0003号案件中的被申请人“管城回族区惠民便利超市”一致');
    await keepScreenshot(page, 'assign-recusal');

    await drawer.getByRole('button', { name: /^指\s*派$/ }).click();
    await drawer.getByText('请记录调解员的披露情况').waitFor();
    await drawer.getByLabel('调解员披露情况').fill('本人曾主持调解该超市的另一起商标纠纷，与其无其他关系。');
    await drawer.getByLabel('当事人意见').fill('双方当事人于2026年11月23日书面同意由陈静继续主持调解。');
    await drawer.getByRole('button', { name: /^指\s*派$/ }).click();
    await page.getByText('已指派调解员').waitFor();
    await page.getByText('主持调解员：陈静').waitFor();
  });

  it('records the rights notice given to a party; the other still shows it is missing', async () => {
    await page.getByRole('tab', { name: '当事人' }).click();
    await page.getByRole('button', { name: '记录告知 新乡市牧野食品有限公司' }).click();
    const dialog = settledDialog(page, '记录向新乡市牧野食品有限公司告知权利义务');
    await dialog.getByLabel('告知方式').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '随受理通知书送达' }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已记录向新乡市牧野食品有限公司的告知').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const applicant = page.locator('.ant-card').filter({ hasText: '新乡市牧野食品有限公司' });
    await applicant.getByText(/随受理通知书送达，已签收/).waitFor();
    await page.locator('.ant-card').filter({ hasText: '管城回族区惠民便利超市' }).getByText('尚未告知（调解会议前须告知）').waitFor();
    await keepScreenshot(page, 'rights-notice');
  });

  it('schedules two sessions at the same time and sees the clash, in the case and on the calendar', async () => {
    await page.getByRole('tab', { name: '调解' }).click();
    const schedule = async () => {
      await page.getByRole('button', { name: /安排调解会议/ }).click();
      const dialog = settledDialog(page, '安排调解会议');
      await dialog.getByLabel('地点或调解室').fill('第一调解室');
      return dialog;
    };
    let dialog = await schedule();
    await dialog.getByRole('button', { name: /^安\s*排$/ }).click();
    await page.getByText('已安排调解会议').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    dialog = await schedule();
    await dialog.getByTestId('schedule-clashes').getByText(/调解员陈静同一时段另有（2026）豫郑知调字第0101号（09:00—11:00）的调解会议/).waitFor();
    await dialog.getByTestId('schedule-clashes').getByText(/第一调解室同一时段已安排/).waitFor();
    await dialog.getByRole('button', { name: /^安\s*排$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('session-plan').locator('.ant-table-row').filter({ hasText: '已安排' }).count()).resolves.toBe(2);

    await page.getByRole('menuitem', { name: '日程' }).click();
    await page.getByText('2场会议有冲突').waitFor();
    await page.getByText('周', { exact: true }).click();
    await page.locator('.calendar-clash').filter({ hasText: '调解员陈静同一时段另有' }).first().waitFor();
    await keepScreenshot(page, 'calendar-week');
    await page.getByText('月', { exact: true }).click();
    await page.locator('.calendar-clash').first().click();
    await page.getByTestId('case-number').filter({ hasText: NEW_CASE }).waitFor();
  });

  it('writes the record of a session once every party has had the notice, and opens its document', async () => {
    await page.getByRole('tab', { name: '当事人' }).click();
    await page.getByRole('button', { name: '记录告知 管城回族区惠民便利超市' }).click();
    const notice = settledDialog(page, '记录向管城回族区惠民便利超市告知权利义务');
    await notice.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已记录向管城回族区惠民便利超市的告知').waitFor();
    await notice.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '调解' }).click();
    await page.getByTestId('session-plan').getByRole('button', { name: /记录笔录/ }).first().click();
    const drawer = settledDialog(page, '调解笔录');
    await drawer.getByLabel('到场人员').click();
    for (const name of ['王明', '王建华']) await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await drawer.getByLabel('陈述内容 1').fill('本会已告知双方权利义务，请申请人陈述请求。');
    await drawer.getByRole('button', { name: /添加一段陈述/ }).click();
    await drawer.getByLabel('陈述人 2').fill('王明');
    await drawer.getByLabel('陈述内容 2').fill('请求被申请人停止销售侵权月饼礼盒并赔偿损失。');
    await drawer.getByText('继续调解', { exact: true }).click();
    await keepScreenshot(page, 'session-record-editor');
    await drawer.getByRole('button', { name: /保存笔录/ }).click();
    await page.getByText('已保存调解笔录').waitFor();
    await page.locator('.ant-tag').filter({ hasText: '调解中' }).first().waitFor();

    await page.getByRole('tab', { name: '文书' }).click();
    await page.getByRole('menuitem', { name: '调解笔录', exact: true }).click();
    await page.getByTestId('document-preview').getByText('请求被申请人停止销售侵权月饼礼盒并赔偿损失。', { exact: false }).waitFor();
    await page.getByTestId('document-preview').getByText('以上笔录已阅，无误。').waitFor();
    await keepScreenshot(page, 'session-record-document');
  });

  it('records the assignment in the case’s history, with no serious accessibility problems', async () => {
    await page.getByRole('tab', { name: '日志' }).click();
    const history = page.locator('.ant-timeline');
    for (const action of ['记录调解笔录', '安排调解会议', '记录权利义务告知', '指派调解员']) await history.getByText(action).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(workspace.watch.problems).toEqual([]);
    expect(workspace.watch.foreignRequests()).toEqual([]);
  });
});

describe('工作台', () => {
  it('gathers this week’s sessions, each a click away from its case', async () => {
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const week = page.getByTestId('week-sessions');
    await week.getByText(NEW_CASE).first().waitFor();
    await expect(week.locator('.ant-list-item').count()).resolves.toBe(2);
    await page.getByTestId('due-deadlines').waitFor();
    await keepScreenshot(page, 'workbench');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await week.locator('.ant-list-item').first().click();
    await page.getByTestId('case-number').filter({ hasText: NEW_CASE }).waitFor();
  });
});

describe('termination', () => {
  it('terminates the mediation with its reason and leads to the termination notice', async () => {
    await page.getByRole('button', { name: /终止调解/ }).first().click();
    const dialog = settledDialog(page, '终止原因');
    await dialog.getByLabel('终止原因').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '当事人拒绝继续调解' }).click();
    await page.locator('.ant-select-dropdown').filter({ hasText: '当事人拒绝继续调解' }).waitFor({ state: 'hidden' });
    await dialog.getByLabel('说明').fill('被申请人明确表示不再参加调解。');
    await dialog.getByRole('button', { name: /终止调解/ }).click();
    await page.getByText('已终止调解，请生成终止调解通知书').waitFor();
    await page.locator('.ant-tag').filter({ hasText: '调解终止' }).first().waitFor();
    await page.getByRole('menuitem', { name: '终止调解通知书', exact: true }).click();
    const preview = page.getByTestId('document-preview');
    await preview.locator('.doc-title', { hasText: '终止调解通知书' }).first().waitFor();
    await expect(preview.textContent()).resolves.toContain('终止调解');
    await expect(page.getByTestId('document-caveat').count()).resolves.toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('follow-up', () => {
  it('records a follow-up on an agreed case and shows it in the follow-up record', async () => {
    const cases = new CasesPage(page);
    await cases.open();
    await cases.search('（2026）豫郑知调字第0003号');
    await cases.row('（2026）豫郑知调字第0003号').click();
    await page.getByRole('button', { name: /记录回访/ }).click();
    const dialog = settledDialog(page, '履行情况');
    await dialog.getByLabel('履行情况').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '全部履行' }).click();
    await page.locator('.ant-select-dropdown').filter({ hasText: '全部履行' }).waitFor({ state: 'hidden' });
    await dialog.getByLabel('备注').fill('被申请人已全部履行，双方无异议。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已记录回访').waitFor();
    await page.getByText('被申请人已全部履行，双方无异议。').first().waitFor();
    await page.getByRole('tab', { name: '文书' }).click();
    await page.getByRole('menuitem', { name: '回访记录', exact: true }).click();
    await page.getByTestId('document-preview').getByText('被申请人已全部履行，双方无异议。').waitFor();
  });
});
