// The indicators as people read them: rates as percentages to one decimal (— when there was nothing to count), the
// visits saved as a count of 户次, the default period (this calendar year in the county) and the CSV file's name.
import type { Indicators } from '../types';
import { common } from '../../../shared/words';
import { INDICATOR_KEYS, INDICATOR_NAMES, inspectionText as t, type IndicatorKey } from '../words';
import { isoDate } from '../../../shared/format';

const PERCENT = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The rates (0..1), every indicator but the count of visits saved. */
export const RATE_KEYS = INDICATOR_KEYS.filter((k): k is Exclude<IndicatorKey, 'visitsSaved'> => k !== 'visitsSaved');

/** 0.3269 → "32.7%"; null (nothing to count) or a non-number → —. */
export function percentText(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate) ? PERCENT.format(rate) : common.none;
}

/** One indicator's value as shown in its tile. */
export function indicatorText(key: IndicatorKey, ind: Indicators): string {
  if (key === 'visitsSaved') return t.indicators.households(ind.visitsSaved);
  return percentText(ind[key]);
}

/** Percentage points for the chart (one decimal); null stays a gap in the bar series. */
export function chartValue(rate: number | null | undefined): number | null {
  return typeof rate === 'number' && Number.isFinite(rate) ? Math.round(rate * 1000) / 10 : null;
}

export interface ChartSeries {
  name: string;
  data: (number | null)[];
}

/** Departments along the axis, one bar series per rate. */
export function chartSeries(rows: { label: string; indicators: Indicators }[]): { categories: string[]; series: ChartSeries[] } {
  return {
    categories: rows.map((r) => r.label),
    series: RATE_KEYS.map((k) => ({ name: INDICATOR_NAMES[k], data: rows.map((r) => chartValue(r.indicators[k])) })),
  };
}

/** This calendar year in the county, 1 January to 31 December (plans run to the year's last quarter). */
export function defaultPeriod(now: number): { from: string; to: string } {
  const year = isoDate(now).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** "综合查一次指标_全县_2026-01-01_2026-12-31.csv"; characters a file system refuses become _. */
export function csvFileName(scopeLabel: string, from: string, to: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_') || '全部';
  return t.indicators.csvName(safe(scopeLabel), safe(from), safe(to));
}
