// 我的任务: the officer's open incidents in queue order; a tap on active work shows it on the card.
// Hooks: #my-tasks, rows .task-row[data-id][data-status] with .ir-deadline[data-missed].
import { deadlineCountdown, incidentText as it } from '../words';
import { taskText as t } from './words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { priorityBadge, statusPill } from '../badges';
import { isMissed, msLeft, nextDeadline } from '../model';
import type { AssignmentStore } from './assignmentStore';

export class TaskList {
  readonly section: HTMLElement;
  private readonly list = h('div', { id: 'my-tasks', class: 'task-list', role: 'list' });

  constructor(
    private readonly work: AssignmentStore,
    private readonly lookup: Lookup,
    onPick: (id: string) => void,
  ) {
    this.section = h('section', { class: 'card' }, h('h2', {}, t.myTasks), this.list);
    this.list.addEventListener('click', (ev) => {
      const id = (ev.target as HTMLElement).closest<HTMLElement>('.task-row')?.dataset.id;
      if (id) onPick(id);
    });
  }

  render(): void {
    const open = this.work.openList();
    if (!open.length) {
      this.list.replaceChildren(h('div', { class: 'muted task-empty' }, t.noTasks));
      return;
    }
    const now = Date.now();
    this.list.replaceChildren(
      ...open.map((inc) => {
        const d = nextDeadline(inc);
        return h(
          'div',
          { class: `task-row${inc.id === this.work.selectedId ? ' selected' : ''}`, role: 'listitem', 'data-id': inc.id, 'data-status': inc.status },
          h('div', { class: 'ir-top' }, priorityBadge(inc.priority), h('span', { class: 'ir-cat' }, this.lookup.category(inc.category)), h('span', { class: 'ir-id' }, it.idLabel(inc.id))),
          h(
            'div',
            { class: 'ir-bottom' },
            statusPill(inc.status),
            h('span', { class: 'ir-town' }, this.lookup.township(inc.townshipId)),
            d ? h('span', { class: 'ir-deadline', 'data-missed': String(isMissed(d, now)) }, deadlineCountdown(d.kind, msLeft(d, now))) : null,
          ),
        );
      }),
    );
  }

  /** Every second: the countdowns only. */
  tick(now: number): void {
    for (const row of this.list.querySelectorAll<HTMLElement>('.task-row')) {
      const i = this.work.incidents.get(row.dataset.id ?? '');
      const el = row.querySelector<HTMLElement>('.ir-deadline');
      const d = i ? nextDeadline(i) : null;
      if (el && d) {
        el.textContent = deadlineCountdown(d.kind, msLeft(d, now));
        el.dataset.missed = String(isMissed(d, now));
      }
    }
  }
}
