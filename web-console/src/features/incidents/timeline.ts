// The incident's history, oldest first, in Chinese: when, what, who (role), status change, reason, and every value the
// entry records (TimelineData, typed by the generated contract: one line per value that is set). The list itself
// (renderTimelineRows) also shows the whistle's history.
import type { TimelineData, TimelineEntry } from './types';
import { roleName } from '../../shared/words';
import { ESCALATION_TARGETS, actionName, deadlineName, imageTypeName, incidentStatusName, priorityName, sourceName, stars, timelineText as tl, incidentText as t } from './words';
import { h } from '../../util/dom';
import { dateTimeSeconds, shortDateTime } from '../../shared/format';

export type NameOf = (officerId: string) => string;

type Field = keyof TimelineData;
/** One renderer per field: the value (never null here), the whole entry's data for fields read together, the action. */
type Show<K extends Field> = (value: NonNullable<TimelineData[K]>, data: TimelineData, action: string, officerName: NameOf) => string | null;

/**
 * Every field of TimelineData, in the order shown. A mapped type over all keys: when the server adds a field, the
 * regenerated contract makes tsc ask for its line here.
 */
const FIELDS: { [K in Field]-?: Show<K> } = {
  officerId: (id, _d, _a, name) => tl.officer(name(id)),
  replaces: (id, _d, _a, name) => tl.replaces(name(id)),
  outsideDepartment: (outside) => (outside ? tl.outsideDepartment : null),
  result: (text) => tl.result(text),
  evidenceIds: (ids) => (ids.length ? tl.evidenceIds(ids.length, ids.map((id) => `#${id}`).join(tl.listSeparator)) : null),
  accepted: (accepted) => (accepted ? tl.accepted : tl.rejected),
  comment: (text) => tl.comment(text),
  score: (score) => tl.score(stars(score), score),
  minutes: (minutes) => tl.minutes(minutes),
  deadlineKind: (kind) => tl.deadline(deadlineName(kind)),
  level: (level) => ESCALATION_TARGETS[level],
  due: (due) => tl.due(shortDateTime(due)),
  source: (source) => tl.source(sourceName(source)),
  requestedSource: (requested, d) => (requested !== d.source ? tl.requestedSource(sourceName(requested)) : null),
  priority: (priority, _d, action) => (action === 'report' ? tl.priority(priorityName(priority)) : tl.priorityChanged(priorityName(priority))),
  requestedPriority: (requested, d) => (requested !== d.priority ? tl.requestedPriority(priorityName(requested)) : null),
  description: (text) => tl.description(text),
  evidenceId: (id, d) => tl.evidence(id, d.contentType ? imageTypeName(d.contentType) : '—'),
  contentType: (type, d) => (d.evidenceId ? null : imageTypeName(type)), // shown with its photo
  whistleId: (id) => tl.whistle(id),
};

function show<K extends Field>(key: K, data: TimelineData, action: string, officerName: NameOf): string | null {
  const value = data[key];
  return value === null || value === undefined ? null : (FIELDS[key] as Show<K>)(value as NonNullable<TimelineData[K]>, data, action, officerName);
}

/** The lines an entry's data gives, each with the field it comes from. */
export function details(e: TimelineEntry, officerName: NameOf): { field: Field; text: string }[] {
  const data = e.data;
  if (!data) return [];
  const out: { field: Field; text: string }[] = [];
  for (const field of Object.keys(FIELDS) as Field[]) {
    const text = show(field, data, e.action, officerName);
    if (text) out.push({ field, text });
  }
  return out;
}

/** One entry as shown, whatever it belongs to (incidents, whistles): the page names the action, actor and change. */
export interface TimelineRow {
  at: string;
  action: string;
  actionLabel: string;
  who: string;
  role: string;
  change: string;
  reason: string | null;
  lines: { field: string; text: string }[];
}

/** "from → to", or the status alone for the first entry, or '' when the entry does not change it. */
export function statusChange(from: string | null | undefined, to: string | null | undefined, name: (s: string) => string): string {
  if (from && to && from !== to) return `${name(from)} → ${name(to)}`;
  return to && !from ? name(to) : '';
}

/** The timeline list (oldest first): .timeline-item[data-action], each recorded value a .tl-data[data-field] line. */
export function renderTimelineRows(id: string, rows: TimelineRow[]): HTMLElement {
  if (!rows.length) return h('div', { class: 'muted' }, t.timelineEmpty);
  const sorted = [...rows].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
  return h(
    'ol',
    { class: 'timeline', id },
    ...sorted.map((r) =>
      h(
        'li',
        { class: 'timeline-item', 'data-action': r.action },
        h('div', { class: 'tl-head' }, h('span', { class: 'tl-action' }, r.actionLabel), h('time', { class: 'tl-time', datetime: r.at }, dateTimeSeconds(r.at))),
        r.who || r.role ? h('div', { class: 'tl-who' }, r.who && r.role && r.who !== r.role ? `${r.who}（${r.role}）` : r.who || r.role) : null,
        r.change ? h('div', { class: 'tl-change' }, r.change) : null,
        r.reason ? h('div', { class: 'tl-reason' }, `${t.reason}：${r.reason}`) : null,
        ...r.lines.map((d) => h('div', { class: `tl-data tl-${d.field}`, 'data-field': d.field }, d.text)),
      ),
    ),
  );
}

export function renderTimeline(entries: TimelineEntry[], officerName: NameOf): HTMLElement {
  return renderTimelineRows(
    'incident-timeline',
    entries.map((e) => ({
      at: e.at,
      action: e.action,
      actionLabel: actionName(e.action),
      who: e.displayName || e.username,
      role: e.role ? roleName(e.role) : '',
      change: statusChange(e.fromStatus, e.toStatus, incidentStatusName),
      reason: e.reason,
      lines: details(e, officerName),
    })),
  );
}
