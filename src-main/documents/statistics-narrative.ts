import { chineseDate, renminbi } from '../domain/chinese-format';
import type { Slice, Statistics } from '../domain/statistics';
import { safeFileName } from './compose';
import { para, type Block, type DocModel } from './model';

/**
 * The statistics report's short narrative (工作情况报告) on the document engine: the period's
 * cases and how they ended, the kinds of dispute and where they came from, confirmations and
 * performance, and the mediators' work, in the sentences an office sends up to the justice bureau,
 * with the categories as a table. Figures as the 统计 page counts them.
 */

const count = (n: number) => n.toLocaleString('en-US');
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const rate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const HEADINGS = ['一、基本情况', '二、纠纷类别', '三、案件来源', '四、司法确认与履行', '五、调解员工作'];

/** `商标侵权纠纷4,991件，占27.8%` for the largest slices, largest first. */
const largest = (slices: Slice[], whole: number, n: number) =>
  [...slices]
    .sort((a, b) => b.cases - a.cases)
    .slice(0, n)
    .map((s) => `${s.label}${count(s.cases)}件，占${share(s.cases, whole)}`)
    .join('；');

function basics(s: Statistics, organization: string, period: string): string {
  const o = s.overall;
  const days = o.averageDays === null ? '' : `案件自受理至调解结束平均用时${o.averageDays}天（中位数${o.medianDays}天）。`;
  return `${period}，${organization}共登记纠纷案件${count(o.cases)}件，调解结束${count(o.concluded)}件，其中达成调解协议${count(o.agreed)}件，调解成功率${rate(o.successRate)}。${days}当事人请求金额合计${renminbi(o.claimedFen)}，调解协议确定的给付金额合计${renminbi(o.agreedFen)}。`;
}

function enforcement(s: Statistics): string {
  const o = s.overall;
  const c = o.confirmation;
  const confirmation = c.applied > 0 ? `当事人申请司法确认${count(c.applied)}件，人民法院裁定确认${count(c.confirmed)}件，驳回或者不予受理${count(c.rejected)}件，确认率${rate(c.rate)}。` : '本期没有申请司法确认的案件。';
  // satisfaction is asked at follow-ups, so there is none without them
  const followUps = o.performanceRate === null ? '本期案件尚无回访记录。' : `回访案件中，调解协议全部履行的占${rate(o.performanceRate)}${o.satisfaction === null ? '' : `，当事人平均满意度${o.satisfaction}分（5分制）`}。`;
  return confirmation + followUps;
}

function mediatorsText(s: Statistics): string {
  if (s.byMediator.length === 0) return '本期案件尚未指派调解员。';
  const top = s.byMediator.slice(0, 3).map((m) => `${m.label}${count(m.cases)}件（达成协议${count(m.agreed)}件，成功率${rate(m.successRate)}）`);
  return `本期共有${s.byMediator.length}名调解员参与调解，办理案件较多的是${top.join('、')}。`;
}

export function statisticsNarrative(s: Statistics, organization: string, today: string): DocModel {
  const { from, to } = s.query;
  const period = `${chineseDate(from)}至${chineseDate(to)}`;
  const o = s.overall;
  const blocks: Block[] = [
    { type: 'title', text: `关于${period}知识产权纠纷调解工作情况的报告` },
    { type: 'heading', level: 1, text: HEADINGS[0] as string },
    para(basics(s, organization, period)),
    { type: 'heading', level: 1, text: HEADINGS[1] as string },
    para(`从纠纷类别看，${largest(s.byCategory, o.cases, 3)}。各类别的案件数和调解成功率如下：`),
    {
      type: 'table',
      columns: [
        { header: '纠纷类别', width: 40 },
        { header: '件数', width: 20 },
        { header: '占比', width: 20 },
        { header: '调解成功率', width: 20 },
      ],
      rows: s.byCategory.map((c) => [c.label, count(c.cases), share(c.cases, o.cases), rate(c.successRate)]),
    },
    { type: 'heading', level: 1, text: HEADINGS[2] as string },
    para(`从案件来源看，${largest(s.bySource, o.cases, s.bySource.length)}。`),
    { type: 'heading', level: 1, text: HEADINGS[3] as string },
    para(enforcement(s)),
    { type: 'heading', level: 1, text: HEADINGS[4] as string },
    para(mediatorsText(s)),
    { type: 'seal', organization, date: chineseDate(today) },
  ];
  return { kind: 'statistics-narrative', fileName: safeFileName(`${organization}工作情况报告（${from}至${to}）`), title: '工作情况报告', blocks, pageNumbers: 'dash' };
}
