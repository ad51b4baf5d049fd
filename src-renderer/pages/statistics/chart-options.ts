import type { EChartsCoreOption } from 'echarts/core';

/** The chart settings of the statistics page: what each chart draws from its slices. */

interface Slice {
  label: string;
  cases: number;
  agreed: number;
}

/** Drawn at once: a chart that moves after a change of period would put its bars under the pointer late. */
const BASE = { textStyle: { fontFamily: 'inherit' }, animation: false };
/** Tooltips drawn on the canvas: ECharts' HTML tooltips carry inline style attributes, which the window's CSP refuses. */
const TOOLTIP = { renderMode: 'richText' } as const;

/** Cases received each month as bars, the agreements among them as a line. */
export const monthOption = (months: Slice[], casesName: string, agreedName: string): EChartsCoreOption => ({
  ...BASE,
  tooltip: { ...TOOLTIP, trigger: 'axis' },
  legend: { top: 0 },
  grid: { left: 40, right: 16, top: 32, bottom: 24 },
  xAxis: { type: 'category', data: months.map((m) => m.label.replace(/^\d{4}年/, '')) },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    { name: casesName, type: 'bar', data: months.map((m) => m.cases), itemStyle: { color: '#1677ff' } },
    { name: agreedName, type: 'line', data: months.map((m) => m.agreed), itemStyle: { color: '#52c41a' } },
  ],
});

/** Horizontal bars, most cases at the top. */
export const barOption = (slices: Slice[], casesName: string): EChartsCoreOption => ({
  ...BASE,
  tooltip: { ...TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
  grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
  xAxis: { type: 'value', minInterval: 1 },
  yAxis: { type: 'category', inverse: true, data: slices.map((s) => s.label) },
  series: [{ name: casesName, type: 'bar', data: slices.map((s) => s.cases), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'right' } }],
});

/** A ring of slices with their counts and shares. */
export const pieOption = (slices: Slice[]): EChartsCoreOption => ({
  ...BASE,
  tooltip: { ...TOOLTIP, trigger: 'item', formatter: '{b}：{c}（{d}%）' },
  legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
  series: [
    {
      type: 'pie',
      radius: ['40%', '70%'],
      center: ['38%', '50%'],
      label: { formatter: '{b}\n{c}' },
      data: slices.map((s) => ({ name: s.label, value: s.cases })),
    },
  ],
});
