import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Which bar or slice was clicked: its position in the data, and its series. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
}

/**
 * An ECharts chart drawn on a canvas in the window (nothing is fetched), resized with its box. A
 * click on a bar or slice is handed to `onClick`; the label says in words what the chart shows.
 */
export function Chart({ option, onClick, height = 280, label, testId }: { option: EChartsCoreOption; onClick?: (c: ChartClick) => void; height?: number; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useRef(onClick);
  useEffect(() => {
    clicked.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!box.current) return undefined;
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => clicked.current?.({ dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0 }));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
