// Popup content for an officer marker.
import type { Officer } from '../types';
import { statusName } from '../words';
import { officerText as t } from './words';
import { statusColor } from '../statusStyle';
import { escapeHtml } from '../../../util/dom';
import type { Lookup } from '../../../shared/lookup';
import { clockTime, relativeTime } from '../../../shared/format';

export function officerPopupHtml(o: Officer | undefined, lookup: Lookup): string {
  if (!o) return '';
  const p = o.position;
  const rows: [string, string][] = [
    [t.popup.code, escapeHtml(o.code)],
    [t.popup.department, escapeHtml(lookup.departmentName(o.departmentId))],
    [t.popup.township, escapeHtml(lookup.township(o.townshipId))],
    [
      t.popup.status,
      `<span class="status-pill" style="--c:${statusColor(o.status)}">${escapeHtml(statusName(o.status))}</span>`,
    ],
    [t.popup.lastFix, p ? `${escapeHtml(clockTime(p.time))}（${escapeHtml(relativeTime(p.time))}）` : t.noPosition],
  ];
  if (p?.accuracy != null) rows.push([t.popup.accuracy, escapeHtml(t.popup.meters(p.accuracy))]);
  return (
    `<div class="officer-popup"><div class="officer-popup-name">${escapeHtml(o.name)}</div><table>` +
    rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('') +
    '</table></div>'
  );
}
