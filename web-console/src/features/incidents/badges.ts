// Small labels: priority badge and lifecycle status pill.
import { incidentStatusName, priorityName } from './words';
import { incidentStatusColor, priorityColor } from './incidentStyle';
import { h } from '../../util/dom';

export function priorityBadge(p: string, extraClass = ''): HTMLElement {
  return h('span', { class: `priority-badge ${extraClass}`.trim(), 'data-priority': p, style: `--c:${priorityColor(p)}` }, priorityName(p));
}

export function statusPill(s: string, extraClass = ''): HTMLElement {
  return h('span', { class: `status-pill incident-status ${extraClass}`.trim(), 'data-status': s, style: `--c:${incidentStatusColor(s)}` }, incidentStatusName(s));
}

/** Update an existing badge/pill in place. */
export function setPriority(el: HTMLElement, p: string): void {
  if (el.dataset.priority === p) return;
  el.dataset.priority = p;
  el.style.setProperty('--c', priorityColor(p));
  el.textContent = priorityName(p);
}

export function setStatus(el: HTMLElement, s: string): void {
  if (el.dataset.status === s) return;
  el.dataset.status = s;
  el.style.setProperty('--c', incidentStatusColor(s));
  el.textContent = incidentStatusName(s);
}
