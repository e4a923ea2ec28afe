// Small whistle labels: urgency badge (紧急 / 较急 / 一般), whistle status pill, part status pill. Colours come from
// styles/whistles.css by data attribute.
import { partStatusName, urgencyName, whistleStatusName } from './words';
import { h } from '../../util/dom';

export function urgencyBadge(u: string): HTMLElement {
  return h('span', { class: 'priority-badge urgency-badge', 'data-urgency': u }, urgencyName(u));
}

export function whistleStatusPill(s: string): HTMLElement {
  return h('span', { class: 'status-pill whistle-status', 'data-status': s }, whistleStatusName(s));
}

export function partStatusPill(s: string): HTMLElement {
  return h('span', { class: 'status-pill part-status', 'data-part-status': s }, partStatusName(s));
}
