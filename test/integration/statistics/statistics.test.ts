import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { wordText } from '../../support/documents';
import { describe, expect, it } from 'vitest';
import { sample, sampleCasesPerTest } from '../../support/samples';

/**
 * The figures of a period, checked against a hand count. The fixture: the three samples — A the
 * trademark case (accepted 3-04, agreement signed 3-10 settling a payment of 30,000 (the
 * liquidated damages are not money settled), confirmation applied for and pending), B the patent
 * case (accepted 5-12, signed 5-27 settling installments of 300,000, confirmed, one follow-up:
 * partly performed, satisfaction 5), C the software case (accepted 8-05, terminated 8-12) — plus D,
 * a copy of A received 3-20 and accepted 3-21 with nothing else yet, and E, received in 2025.
 */
const { call } = sampleCasesPerTest();

async function withFixture(): Promise<void> {
  const a = sample().cases[0];
  const d = { ...structuredClone(a), caseNumber: '（2026）豫郑知调字第0009号', receivedOn: '2026-03-20', acceptedOn: '2026-03-21', claimAmount: '50000.00', referral: { ...a.referral, referredOn: '2026-03-19' }, sessions: [], followUps: [] };
  for (const key of ['agreement', 'enforcement']) delete d[key];
  const c = sample().cases[2];
  const e = { ...structuredClone(c), caseNumber: '（2025）豫郑知调字第0100号', receivedOn: '2025-12-30', acceptedOn: '2025-12-31', sessions: [], termination: { ...c.termination, on: '2026-01-05' } };
  const imported = await call('cases.import', { content: JSON.stringify({ format: 'mediation-case/1', cases: [d, e] }) });
  expect(imported.ok, JSON.stringify(imported.error)).toBe(true);
}

const statistics = async (query: object) => {
  const r = await call('statistics.get', query);
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.data;
};
const keyed = (slices: { key: string; cases: number }[]) => Object.fromEntries(slices.filter((s) => s.cases > 0).map((s) => [s.key, s.cases]));

describe('statistics', () => {
  it('count the period’s cases, how they ended, how long they took, the money, the confirmations, the follow-ups and each mediator', async () => {
    await withFixture();
    const s = await statistics({ from: '2026-01-01', to: '2026-12-31' });
    expect(s.overall).toEqual({
      cases: 4,
      agreed: 2, // A, B
      concluded: 3, // A, B and C terminated
      successRate: 2 / 3,
      averageDays: 9.3, // (6 + 15 + 7) / 3
      medianDays: 7,
      claimedFen: 85_000_000, // 100,000 + 500,000 + 200,000 + 50,000
      agreedFen: 33_000_000, // 30,000 + 300,000
      confirmation: { applied: 2, confirmed: 1, rejected: 0, rate: 0.5 },
      performanceRate: 0, // B's latest follow-up: partly performed
      satisfaction: 5,
    });
    expect(s.byCategory.map((x: { key: string; cases: number }) => [x.key, x.cases])).toEqual([
      ['patent_infringement', 1],
      ['trademark_infringement', 2],
      ['software', 1],
    ]);
    expect(keyed(s.bySource)).toEqual({ court_delegated: 2, party_application: 1, admin_referral: 1 });
    expect(s.byMonth.map((m: { label: string; cases: number }) => `${m.label}:${m.cases}`)).toEqual(['2026年1月:0', '2026年2月:0', '2026年3月:2', '2026年4月:0', '2026年5月:1', '2026年6月:0', '2026年7月:0', '2026年8月:1', '2026年9月:0', '2026年10月:0', '2026年11月:0', '2026年12月:0']);
    expect(s.byStatus.reduce((n: number, x: { cases: number }) => n + x.cases, 0)).toBe(4);
    expect(s.byMediator.map((m: { label: string; cases: number; agreed: number; concluded: number; successRate: number }) => [m.label, m.cases, m.agreed, m.concluded, m.successRate])).toEqual([
      ['陈静', 3, 2, 2, 1], // A, B, D
      ['杨帆', 2, 1, 2, 0.5], // B, C
    ]);
  });

  it('narrow to the categories, sources and dates asked for, and say which field is wrong', async () => {
    await withFixture();
    const trademark = await statistics({ from: '2026-01-01', to: '2026-12-31', categories: ['trademark_infringement'] });
    expect([trademark.overall.cases, trademark.overall.agreed, trademark.overall.concluded, trademark.overall.medianDays]).toEqual([2, 1, 1, 6]);
    const may = await statistics({ from: '2026-05-01', to: '2026-05-31' });
    expect([may.overall.cases, may.byMonth.map((m: { key: string }) => m.key)]).toEqual([1, ['2026-05']]);
    expect((await statistics({ from: '2025-12-01', to: '2025-12-31', sources: ['admin_referral'] })).overall).toMatchObject({ cases: 1, concluded: 1, averageDays: 5 });
    const empty = await statistics({ from: '2024-01-01', to: '2024-12-31' });
    expect(empty.overall).toMatchObject({ cases: 0, successRate: null, averageDays: null, medianDays: null, satisfaction: null });
    expect(await call('statistics.get', { from: '2026-12-31', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: '统计截止日期不能早于起始日期' } } });
  });

  it('export as a workbook: the summary, a table per category, source, month and mediator, and the case list, with the same hand-counted figures', async () => {
    await withFixture();
    const r = await call('statistics.exportWorkbook', { from: '2026-01-01', to: '2026-12-31' });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.data.fileName).toBe('示例知识产权纠纷人民调解委员会案件统计报表（2026-01-01至2026-12-31）.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(r.data.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '按纠纷类别', '按案件来源', '按月份', '按调解员', '案件清单']);
    const summary = book.getWorksheet('汇总') as ExcelJS.Worksheet;
    const value = (label: string) => (summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as unknown[] | undefined)?.[2];
    expect(summary.getCell('A1').value).toBe('示例知识产权纠纷人民调解委员会案件统计报表');
    expect([value('登记案件数'), value('达成协议（件）'), value('调解结束（件）'), value('调解成功率'), value('平均办理天数'), value('中位办理天数')]).toEqual([4, 2, 3, 2 / 3, 9.3, 7]);
    expect([value('请求金额（元）'), value('协议金额（元）'), value('申请司法确认（件）'), value('裁定确认（件）'), value('司法确认率'), value('平均满意度（5分制）')]).toEqual([850_000, 330_000, 2, 1, 0.5, 5]);
    const rate = summary.getSheetValues().findIndex((row) => Array.isArray(row) && row[1] === '调解成功率');
    expect(summary.getCell(rate, 2).numFmt).toBe('0.0%');
    const rows = (name: string) => (book.getWorksheet(name)?.getSheetValues() ?? []).filter(Array.isArray).map((row) => (row as unknown[]).slice(1, 4));
    expect(rows('按纠纷类别')).toEqual([
      ['纠纷类别', '案件数', '达成协议'],
      ['专利侵权纠纷', 1, 1],
      ['商标侵权纠纷', 2, 1],
      ['计算机软件纠纷', 1, 0],
      ['合计', 4, 2],
    ]);
    expect(rows('按调解员')).toEqual([
      ['调解员', '案件数', '达成协议'],
      ['陈静', 3, 2],
      ['杨帆', 2, 1],
    ]);
    expect(rows('按月份')).toHaveLength(1 + 12 + 1);
    const list = rows('案件清单');
    expect(list.map((row) => row[0])).toEqual(['案号', '（2026）豫郑知调字第0003号', '（2026）豫郑知调字第0009号', '（2026）豫郑知调字第0001号', '（2026）豫郑知调字第0002号']);
  });

  it('export the narrative in Word with the same figures, and refuse a period without cases', async () => {
    await withFixture();
    const r = await call('statistics.exportNarrative', { from: '2026-01-01', to: '2026-12-31' });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.data.fileName).toBe('示例知识产权纠纷人民调解委员会工作情况报告（2026-01-01至2026-12-31）.docx');
    const xml = (await (await JSZip.loadAsync(Buffer.from(r.data.dataBase64, 'base64'))).file('word/document.xml')?.async('string')) ?? '';
    const text = wordText(xml).join('');
    expect(text).toContain('共登记纠纷案件4件，调解结束3件，其中达成调解协议2件，调解成功率66.7%。案件自受理至调解结束平均用时9.3天（中位数7天）。');
    expect(text).toContain('当事人申请司法确认2件，人民法院裁定确认1件，驳回或者不予受理0件，确认率50.0%。');
    expect(await call('statistics.exportNarrative', { from: '2024-01-01', to: '2024-12-31' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '该期间没有登记的案件，没有可以报告的内容' } });
  });
});
