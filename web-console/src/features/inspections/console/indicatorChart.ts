// The department comparison as an ECharts bar chart: departments along the axis, one series per rate (percent). Only
// the parts used are imported so the bundle stays small.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartSeries } from './indicatorFormat';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export class IndicatorChart {
  private chart: echarts.ECharts | null = null;

  constructor(readonly el: HTMLElement) {}

  /** Draw (or redraw) the chart; the element must be laid out (a hidden pane has no size). */
  show(data: { categories: string[]; series: ChartSeries[] }): void {
    this.chart ??= echarts.init(this.el, null, { renderer: 'canvas' });
    this.chart.setOption(
      {
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 40, right: 12, top: 36, bottom: 28, containLabel: true },
        xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: data.series.map((s) => ({ type: 'bar', name: s.name, data: s.data })),
      },
      true,
    );
    this.chart.resize();
  }

  resize(): void {
    this.chart?.resize();
  }

  dispose(): void {
    this.chart?.dispose();
    this.chart = null;
  }
}
