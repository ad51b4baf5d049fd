import ExcelJS from 'exceljs';
import { statisticsNarrative } from '../documents/statistics-narrative';
import { toDocx } from '../documents/to-docx';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { CASE_CATEGORIES, type CaseCategory } from '../domain/categories';
import { AppError } from '../domain/errors';
import type { Figures, Slice, Statistics, StatisticsQuery } from '../domain/statistics';
import { CASE_SOURCES, CASE_STATUSES, type CaseSource, type CaseStatus } from '../domain/vocabulary';
import { caseListQuerySchema, listCases } from './case-query';
import type { ServiceContext } from './context';
import { findOrganization } from './organization';
import { getStatistics } from './statistics';
import { HEADER_FILL, sheetTable } from './workbook';

/**
 * The statistics report (统计报表) as a workbook, in the shape a justice bureau asks for: a
 * summary sheet with the headline figures and how they are counted, a table per category, source,
 * month and mediator, and the list of the period's cases. Amounts in yuan, rates as percentages.
 */

const YUAN = '#,##0.00';
const PERCENT = '0.0%';

export const DEFINITIONS =
  '口径：统计期间内登记的案件；调解成功率 = 达成协议（已签署）÷ 调解结束（达成协议或终止调解）；办理天数自受理之日至协议签署或终止调解之日；司法确认率 = 裁定确认 ÷ 申请；全部履行率以最近一次回访为准；协议金额为支付及分期付款条款的金额合计。';

const yuan = (fen: number) => fen / 100;

const SLICE_COLUMNS = [
  { header: '案件数', width: 10 },
  { header: '达成协议', width: 10 },
  { header: '调解结束', width: 10 },
  { header: '调解成功率', width: 12, format: PERCENT },
  { header: '平均办理天数', width: 13 },
  { header: '请求金额（元）', width: 18, format: YUAN },
  { header: '协议金额（元）', width: 18, format: YUAN },
  { header: '司法确认申请', width: 13 },
  { header: '司法确认', width: 10 },
  { header: '全部履行率', width: 12, format: PERCENT },
  { header: '平均满意度', width: 12 },
];
const sliceRow = (label: string, f: Figures) => [
  label,
  f.cases,
  f.agreed,
  f.concluded,
  f.successRate,
  f.averageDays,
  yuan(f.claimedFen),
  yuan(f.agreedFen),
  f.confirmation.applied,
  f.confirmation.confirmed,
  f.performanceRate,
  f.satisfaction,
];

/** A table of slices, with the total of the period under it when the slices add up to it. */
function sliceSheet(book: ExcelJS.Workbook, name: string, first: string, slices: Slice[], total: Figures | null): void {
  const sheet = book.addWorksheet(name);
  sheetTable(sheet, [{ header: first, width: 22 }, ...SLICE_COLUMNS], [...slices.map((s) => sliceRow(s.label, s)), ...(total ? [sliceRow('合计', total)] : [])]);
  if (total) sheet.getRow(sheet.rowCount).font = { bold: true };
}

function summarySheet(book: ExcelJS.Workbook, organization: string, s: Statistics, madeAt: string): void {
  const sheet = book.addWorksheet('汇总');
  const o = s.overall;
  const filters = [
    s.query.categories?.length ? `纠纷类别：${s.query.categories.map((k) => CASE_CATEGORIES[k as CaseCategory] ?? k).join('、')}` : null,
    s.query.sources?.length ? `案件来源：${s.query.sources.map((k) => CASE_SOURCES[k as CaseSource] ?? k).join('、')}` : null,
  ].filter(Boolean);
  sheet.columns = [{ width: 22 }, { width: 22 }];
  sheet.addRow([`${organization}案件统计报表`]).font = { bold: true, size: 14 };
  sheet.addRow(['统计期间', `${s.query.from} 至 ${s.query.to}（按登记日期）`]);
  if (filters.length) sheet.addRow(['筛选条件', filters.join('；')]);
  sheet.addRow(['制表时间', madeAt]);
  sheet.addRow([]);
  const head = sheet.addRow(['指标', '数值']);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = HEADER_FILL));
  const line = (label: string, value: number | null, format?: string) => {
    const row = sheet.addRow([label, value ?? '—']);
    if (format && value !== null) row.getCell(2).numFmt = format;
  };
  line('登记案件数', o.cases);
  line('达成协议（件）', o.agreed);
  line('调解结束（件）', o.concluded);
  line('调解成功率', o.successRate, PERCENT);
  line('平均办理天数', o.averageDays);
  line('中位办理天数', o.medianDays);
  line('请求金额（元）', yuan(o.claimedFen), YUAN);
  line('协议金额（元）', yuan(o.agreedFen), YUAN);
  line('申请司法确认（件）', o.confirmation.applied);
  line('裁定确认（件）', o.confirmation.confirmed);
  line('驳回或不予受理（件）', o.confirmation.rejected);
  line('司法确认率', o.confirmation.rate, PERCENT);
  line('全部履行率', o.performanceRate, PERCENT);
  line('平均满意度（5分制）', o.satisfaction);
  sheet.addRow([]);
  sheet.addRow([DEFINITIONS]);
  sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 2);
  sheet.getRow(sheet.rowCount).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(sheet.rowCount).height = 90;
}

async function caseListSheet(ctx: ServiceContext, book: ExcelJS.Workbook, q: StatisticsQuery): Promise<void> {
  const list = await listCases(
    ctx,
    caseListQuerySchema.parse({ receivedFrom: q.from, receivedTo: q.to, categories: q.categories, sources: q.sources, sort: 'receivedOn', order: 'asc', limit: 100_000 }),
  );
  sheetTable(
    book.addWorksheet('案件清单'),
    [
      { header: '案号', width: 28 },
      { header: '登记日期', width: 12 },
      { header: '受理日期', width: 12 },
      { header: '纠纷类别', width: 18 },
      { header: '案件来源', width: 12 },
      { header: '状态', width: 12 },
      { header: '申请人', width: 30 },
      { header: '被申请人', width: 30 },
      { header: '调解员', width: 16 },
      { header: '请求金额（元）', width: 18, format: YUAN },
    ],
    list.rows.map((r) => [
      r.caseNumber ?? '（未编号）',
      r.receivedOn,
      r.acceptedOn,
      CASE_CATEGORIES[r.category as CaseCategory] ?? r.category,
      CASE_SOURCES[r.source as CaseSource] ?? r.source,
      CASE_STATUSES[r.status as CaseStatus] ?? r.status,
      r.applicants.join('、'),
      r.respondents.join('、'),
      r.mediators.join('、'),
      r.claimAmountFen === null ? null : yuan(r.claimAmountFen),
    ]),
  );
}

/** The organization's name and the period's statistics, which each form of the report starts from. */
async function reportOf(ctx: ServiceContext, q: StatisticsQuery): Promise<{ organization: string; s: Statistics }> {
  const org = await findOrganization(ctx.store.db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  return { organization: org.name, s: await getStatistics(ctx, q) };
}

/** The report of the period as `.xlsx` bytes, with its file name. */
export async function statisticsWorkbook(ctx: ServiceContext, q: StatisticsQuery): Promise<{ fileName: string; bytes: Buffer }> {
  const { organization, s } = await reportOf(ctx, q);
  const book = new ExcelJS.Workbook();
  book.creator = ctx.user.name;
  book.created = ctx.clock.now();
  summarySheet(book, organization, s, chinaTimestamp(ctx.clock.now()).slice(0, 16).replace('T', ' '));
  sliceSheet(book, '按纠纷类别', '纠纷类别', s.byCategory, s.overall);
  sliceSheet(book, '按案件来源', '案件来源', s.bySource, s.overall);
  sliceSheet(book, '按月份', '登记月份', s.byMonth, s.overall);
  // a case counts for each of its mediators, so their rows do not add up to the period's total
  sliceSheet(book, '按调解员', '调解员', s.byMediator, null);
  await caseListSheet(ctx, book, q);
  return { fileName: `${organization}案件统计报表（${q.from}至${q.to}）.xlsx`, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}

/** The report's short narrative as a Word file; refused for a period without cases, which has nothing to say. */
export async function statisticsNarrativeDocx(ctx: ServiceContext, q: StatisticsQuery): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { organization, s } = await reportOf(ctx, q);
  if (s.overall.cases === 0) throw new AppError('VALIDATION', '该期间没有登记的案件，没有可以报告的内容', { from: '该期间没有登记的案件' });
  const model = statisticsNarrative(s, organization, chinaDate(ctx.clock.now()));
  return { fileName: `${model.fileName}.docx`, bytes: await toDocx(model, { author: ctx.user.name, at: ctx.clock.now() }) };
}
