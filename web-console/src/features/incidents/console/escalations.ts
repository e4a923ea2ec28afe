// Escalation alerts (incidentEscalated): a stack of toasts over the map, newest first, kept until dismissed.
// Hooks: #escalations, .escalation-toast[data-id][data-level][data-kind], .escalation-dismiss.
import type { IncidentAwaitingOfficer, IncidentEscalated } from '../../../live/hubContract';

import { ESCALATION_TARGETS, deadlineName, incidentText as t } from '../words';
import { h } from '../../../util/dom';
import { icon } from '../../../util/icons';
import { clockTime, shortDateTime } from '../../../shared/format';

const MAX = 5;

export function escalationMessage(e: IncidentEscalated): string {
  const kind = deadlineName(e.deadlineKind);
  if (e.level === 'reminder') return t.reminder(e.id, kind, shortDateTime(e.due));
  return t.escalation(e.id, kind, ESCALATION_TARGETS[e.level] ?? e.level);
}

export class EscalationToasts {
  readonly el: HTMLElement = h('div', { id: 'escalations', class: 'escalation-stack', role: 'log', 'aria-live': 'assertive', 'aria-label': t.escalationsTitle });

  constructor(private readonly onOpen: (id: string) => void) {}

  push(e: IncidentEscalated): void {
    this.show(`${e.id}|${e.level}|${e.deadlineKind}`, e.id, escalationMessage(e), e.level === 'reminder' ? 'clock' : 'warning', {
      'data-level': e.level,
      'data-kind': e.deadlineKind,
    });
  }

  /** Urgent work auto-dispatch could not place: the zone centre should know at once (it may dispatch by hand). */
  pushAwaiting(e: IncidentAwaitingOfficer, departmentName: string): void {
    this.show(`${e.id}|awaiting`, e.id, t.awaitingOfficer(e.id, departmentName), 'warning', { 'data-level': 'awaiting', 'data-kind': 'dispatch' });
  }

  private show(key: string, id: string, message: string, iconName: 'clock' | 'warning', data: Record<string, string>): void {
    for (const old of this.el.querySelectorAll<HTMLElement>('.escalation-toast')) if (old.dataset.key === key) old.remove();
    const dismiss = h('button', { type: 'button', class: 'escalation-dismiss', title: t.dismiss, 'aria-label': t.dismiss }, '×');
    const text = h('button', { type: 'button', class: 'escalation-text' }, message);
    const toast = h(
      'div',
      { class: 'escalation-toast', 'data-id': id, 'data-key': key, ...data },
      icon(iconName, 'escalation-icon'),
      h('div', { class: 'escalation-body' }, text, h('time', { class: 'escalation-time' }, clockTime(new Date().toISOString()))),
      dismiss,
    );
    dismiss.addEventListener('click', () => toast.remove());
    text.addEventListener('click', () => this.onOpen(id));
    this.el.prepend(toast);
    const all = this.el.querySelectorAll('.escalation-toast');
    for (let i = MAX; i < all.length; i++) all[i]!.remove();
  }
}
