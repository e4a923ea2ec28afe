// The incident's history, oldest first, in Chinese: when, what, who (role), status change, reason, details.
import type { TimelineEntry } from '../../api/types';
import { roleName } from '../../i18n/common';
import { ESCALATION_TARGETS, actionName, deadlineName, incidentStatusName, incidentText as t, stars } from '../../i18n/incidents';
import { h } from '../../util/dom';

export type NameOf = (officerId: string) => string;

function fullTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Details worth showing from `data`; unknown keys are left out. */
function details(data: Record<string, unknown> | null, officerName: NameOf): string[] {
  if (!data) return [];
  const out: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if (str(data.officerId)) out.push(`${t.officer}：${officerName(str(data.officerId))}`);
  if (typeof data.minutes === 'number') out.push(`延长 ${data.minutes} 分钟`);
  if (typeof data.accepted === 'boolean') out.push(data.accepted ? t.verifyAccept : t.verifyReject);
  if (typeof data.score === 'number') out.push(`${t.score}：${stars(data.score)}`);
  if (str(data.result)) out.push(`${t.result}：${str(data.result)}`);
  if (str(data.comment)) out.push(`${t.comment}：${str(data.comment)}`);
  if (str(data.deadlineKind)) out.push(`${t.deadlines}：${deadlineName(str(data.deadlineKind))}`);
  if (str(data.level) && str(data.level) in ESCALATION_TARGETS) out.push(ESCALATION_TARGETS[str(data.level) as keyof typeof ESCALATION_TARGETS]);
  if (str(data.mergedInto)) out.push(`合并到 #${str(data.mergedInto)}`);
  if (str(data.incidentId)) out.push(`事件 #${str(data.incidentId)}`);
  if (Array.isArray(data.evidenceIds) && data.evidenceIds.length) out.push(`照片 ${data.evidenceIds.length} 张`);
  return out;
}

export function renderTimeline(entries: TimelineEntry[], officerName: NameOf): HTMLElement {
  if (!entries.length) return h('div', { class: 'muted' }, t.timelineEmpty);
  const sorted = [...entries].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
  return h(
    'ol',
    { class: 'timeline', id: 'incident-timeline' },
    ...sorted.map((e) => {
      const who = e.displayName || e.username;
      const role = e.role ? roleName(e.role) : '';
      const change = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? `${incidentStatusName(e.fromStatus)} → ${incidentStatusName(e.toStatus)}` : e.toStatus && !e.fromStatus ? incidentStatusName(e.toStatus) : '';
      return h(
        'li',
        { class: 'timeline-item', 'data-action': e.action },
        h('div', { class: 'tl-head' }, h('span', { class: 'tl-action' }, actionName(e.action)), h('time', { class: 'tl-time', datetime: e.at }, fullTime(e.at))),
        who || role ? h('div', { class: 'tl-who' }, who && role && who !== role ? `${who}（${role}）` : who || role) : null,
        change ? h('div', { class: 'tl-change' }, change) : null,
        e.reason ? h('div', { class: 'tl-reason' }, `${t.reason}：${e.reason}`) : null,
        ...details(e.data, officerName).map((d) => h('div', { class: 'tl-data' }, d)),
      );
    }),
  );
}
