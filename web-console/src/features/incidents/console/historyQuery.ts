// 历史 (ended incidents) as plain rules: the filters the form holds → the GET /api/incidents query (the one validation
// path), and the pages read so far → the rows shown.
import type { IncidentQuery } from '../api';
import type { Incident } from '../types';
import { historyText as t } from '../words';
import { isoTime } from '../../../shared/keyedStore';
import { ENDED_STATUSES, type EndedStatus } from '../model';

/** What the 历史 form holds; '' is "any". */
export interface HistoryFilters {
  /** The ended statuses ticked; none: all of them. */
  statuses: readonly EndedStatus[];
  townshipId: string;
  departmentId: string;
  category: string;
  /** YYYY-MM-DD, both days included as people read a range (the server's `to` is exclusive: the day after is sent). */
  from: string;
  to: string;
  q: string;
}

export const NO_FILTERS: HistoryFilters = { statuses: [], townshipId: '', departmentId: '', category: '', from: '', to: '', q: '' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day after a YYYY-MM-DD day (pure calendar arithmetic; no time zone involved). */
export function nextDay(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return next.toISOString().slice(0, 10);
}

/** The query for the filters (ended statuses only, whatever is ticked), or why it cannot be asked. */
export function historyQuery(f: HistoryFilters): { query: IncidentQuery } | { error: string } {
  if (f.from && f.to && f.from > f.to) return { error: t.badRange };
  const ticked = ENDED_STATUSES.filter((s) => f.statuses.includes(s));
  return {
    query: {
      status: ticked.length ? ticked : ENDED_STATUSES,
      townshipId: f.townshipId,
      departmentId: f.departmentId,
      category: f.category,
      from: f.from,
      to: f.to && nextDay(f.to),
      q: f.q.trim(),
    },
  };
}

/**
 * The rows after one more page: the page's items appended in the server's order (newest first); an id already shown
 * keeps its place and the newer copy by updatedAt.
 */
export function appendPage(shown: readonly Incident[], page: readonly Incident[]): Incident[] {
  const rows = [...shown];
  const at = new Map(rows.map((inc, i) => [inc.id, i]));
  for (const inc of page) {
    const i = at.get(inc.id);
    if (i === undefined) {
      at.set(inc.id, rows.length);
      rows.push(inc);
    } else if (isNewer(inc, rows[i]!)) rows[i] = inc;
  }
  return rows;
}

/** True when `a` is a newer copy than `b` (a pushed change the lagging list does not show yet). */
export function isNewer(a: Pick<Incident, 'updatedAt'>, b: Pick<Incident, 'updatedAt'>): boolean {
  return isoTime(a.updatedAt) > isoTime(b.updatedAt);
}
