// The whistle's history (GET /api/whistles/{id}/timeline) in the incident timeline's list: when, what, who, status
// change, reason, and one line per value the entry's data records. The data's keys are not in a generated contract yet,
// so the known ones get their Chinese line and any other value is still shown, under its own key.
// Hooks: #whistle-timeline .timeline-item[data-action] with .tl-data[data-field].
import type { WhistleTimelineEntry } from '../types';
import { roleName } from '../../../shared/words';
import { PART_DEADLINE_NAMES, whistleActionName, whistleStatusName, whistleTimelineText as tl } from '../words';
import { shortDateTime } from '../../../shared/format';
import { renderTimelineRows, statusChange } from '../../incidents/timeline';

export interface TimelineNames {
  department: (id: string) => string;
  officer: (id: string) => string;
}

type Show = (value: unknown, n: TimelineNames) => string | null;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const score = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** The keys the whistle actions record (the gateway's WhistleTimelineData), in the order shown. */
const KNOWN: Record<string, Show> = {
  departmentId: (v, n) => (text(v) ? tl.department(n.department(v as string)) : null),
  departmentIds: (v, n) => (list(v).length ? tl.departments(list(v).map(n.department).join(tl.listSeparator)) : null),
  officerIds: (v, n) => (list(v).length ? tl.officers(list(v).map(n.officer).join(tl.listSeparator)) : null),
  result: (v) => (text(v) ? tl.result(v as string) : null),
  needs: (v) => (text(v) ? tl.needs(v as string) : null),
  ratings: (v, n) => {
    if (!Array.isArray(v)) return null;
    const rows = v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
    return rows.map((r) => tl.rating(n.department(String(r.departmentId ?? '')), { response: score(r.response), result: score(r.result), attitude: score(r.attitude) })).join('；') || null;
  },
  stage: (v) => (text(v) ? tl.kind((PART_DEADLINE_NAMES as Record<string, string>)[v as string] ?? (v as string)) : null),
  due: (v) => (text(v) ? tl.due(shortDateTime(v as string)) : null),
  incidentId: (v) => (text(v) ? tl.incident(v as string) : null),
  approvalWaived: (v) => (v === true ? tl.approvalWaived : null),
};

/** The lines an entry's data gives, each with the key it comes from; null values say nothing. */
export function whistleDetails(data: Record<string, unknown> | null, n: TimelineNames): { field: string; text: string }[] {
  if (!data) return [];
  const out: { field: string; text: string }[] = [];
  for (const [field, show] of Object.entries(KNOWN)) {
    const value = data[field];
    const line = value === null || value === undefined ? null : show(value, n);
    if (line) out.push({ field, text: line });
  }
  for (const [field, value] of Object.entries(data)) {
    if (field in KNOWN || value === null || value === undefined || value === '') continue;
    out.push({ field, text: tl.other(field, typeof value === 'object' ? JSON.stringify(value) : String(value)) });
  }
  return out;
}

export function renderWhistleTimeline(entries: WhistleTimelineEntry[], n: TimelineNames): HTMLElement {
  return renderTimelineRows(
    'whistle-timeline',
    entries.map((e) => {
      const role = e.role ?? e.actorRole;
      return {
        at: e.at,
        action: e.action,
        actionLabel: whistleActionName(e.action),
        who: e.displayName || e.username || e.actor || '',
        role: role ? roleName(role) : '',
        change: statusChange(e.fromStatus, e.toStatus, whistleStatusName),
        reason: e.reason ?? null,
        lines: whistleDetails(e.data, n),
      };
    }),
  );
}
