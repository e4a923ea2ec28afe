// The scorecard's numbers as people read them: on-time counts with their share, medians in minutes, the average
// rating to one decimal, rows in the county's department order; and the default period (the last 30 days).
import type { DepartmentScore } from '../types';
import { whistleText as t } from '../words';
import { common } from '../../../shared/words';
import { isoDate } from '../../../shared/format';

const PERCENT = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const MINUTES = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** "8（80%）"; just the count when nothing was received. */
export function shareText(n: number, total: number): string {
  return total > 0 ? t.share(n, PERCENT.format(n / total)) : String(n);
}

/** Seconds as minutes to one decimal ("4.5 分钟"); — when there is no median. */
export function minutesText(seconds: number | null): string {
  return seconds == null ? common.none : t.minutes(MINUTES.format(seconds / 60));
}

export function ratingText(avg: number | null): string {
  return avg == null ? common.none : ONE_DECIMAL.format(avg);
}

/** Rows in the county's department order; departments the county does not list go last, by id. */
export function orderScores(rows: DepartmentScore[], departmentOrder: string[]): DepartmentScore[] {
  const rank = new Map(departmentOrder.map((id, i) => [id, i]));
  const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => r(a.departmentId) - r(b.departmentId) || a.departmentId.localeCompare(b.departmentId));
}

/** The last 30 days up to today, in the county's calendar. */
export function defaultRange(now: number): { from: string; to: string } {
  return { from: isoDate(now - 30 * 86_400_000), to: isoDate(now) };
}
