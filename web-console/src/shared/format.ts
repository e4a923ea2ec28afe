// Dates, times and relative times as people in the county read them: Intl formatters for 'zh-CN' in Asia/Shanghai,
// whatever the device's own time zone. Words (fallbacks) come from ./words; nothing here is hand-formatted.
import { common } from './words';

export const LOCALE = 'zh-CN';
export const TIME_ZONE = 'Asia/Shanghai';

const CLOCK = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const DATE_MINUTE = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const YEAR_DATE_MINUTE = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const DATE_SECOND = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
// en-CA writes dates as YYYY-MM-DD, the form APIs and <input type=date> take.
const ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const RELATIVE = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always', style: 'short' });
const TWO_DIGITS = new Intl.NumberFormat(LOCALE, { minimumIntegerDigits: 2, useGrouping: false });

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Wall-clock time, e.g. "14:03:27". */
export function clockTime(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? CLOCK.format(d) : common.none;
}

/** Month, day and minute, e.g. "11/24 14:03" (lists, deadlines). */
export function shortDateTime(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? DATE_MINUTE.format(d) : common.none;
}

/** Year, month, day and minute, e.g. "2025/11/24 14:03" (历史, whose rows span years). */
export function dateTimeWithYear(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? YEAR_DATE_MINUTE.format(d) : common.none;
}

/** Month, day and second, e.g. "11/30 14:03:27" (timeline entries). */
export function dateTimeSeconds(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? DATE_SECOND.format(d) : common.none;
}

/** The calendar day in the county, "2025-11-24", of an instant (ms). */
export function isoDate(ms: number): string {
  return ISO_DATE.format(new Date(ms));
}

/** How long ago, e.g. "12秒前", "5分钟前"; `none` when there is no time at all. */
export function relativeTime(iso: string | null | undefined, now: number = Date.now(), none: string = common.noFix): string {
  if (!iso) return none;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return common.unknown;
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return RELATIVE.format(-s, 'second');
  const m = Math.floor(s / 60);
  if (m < 60) return RELATIVE.format(-m, 'minute');
  const h = Math.floor(m / 60);
  if (h < 24) return RELATIVE.format(-h, 'hour');
  return RELATIVE.format(-Math.floor(h / 24), 'day');
}

/** A number with at least two digits ("04"), for countdowns. */
export function twoDigits(n: number): string {
  return TWO_DIGITS.format(n);
}
