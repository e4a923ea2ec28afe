// Incident queue (#incident-list): open work, urgency first, then nearest deadline, with a live countdown per row.
// Ended incidents leave it (they are 历史's). Rows: .incident-row[data-id][data-row-status][data-priority]; countdown
// .ir-deadline[data-missed]; filters #incident-filter (open | an open status), #incident-priority.
import { PRIORITIES, type Incident, type IncidentStatus, type Priority } from '../types';
import { deadlineCountdown, incidentStatusName, priorityName, incidentText as t } from '../words';
import { h } from '../../../util/dom';
import { priorityBadge, setPriority, setStatus, statusPill } from '../badges';
import { compareIncidents, isMissed, isOpen, msLeft, nextDeadline, OPEN_STATUSES } from '../model';
import type { Lookup } from '../../../shared/lookup';

export type QueueFilter = 'open' | IncidentStatus;

interface Row {
  el: HTMLElement;
  badge: HTMLElement;
  category: HTMLElement;
  id: HTMLElement;
  deadline: HTMLElement;
  town: HTMLElement;
  status: HTMLElement;
  officer: HTMLElement;
  inc: Incident;
}

function set(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export class IncidentQueue {
  readonly el: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly summary: HTMLElement;
  readonly newButton: HTMLButtonElement;
  filter: QueueFilter = 'open';
  priority: Priority | '' = '';
  private readonly list: HTMLElement;
  private readonly statusSelect: HTMLSelectElement;
  private readonly prioritySelect: HTMLSelectElement;
  private readonly rows = new Map<string, Row>();
  private order: Row[] = [];
  private readonly empty: HTMLElement;
  private selectedId: string | null = null;

  constructor(
    private readonly lookup: Lookup,
    private readonly officerName: (id: string) => string,
    onPick: (id: string) => void,
    onFilter: () => void,
    canCreate: boolean,
  ) {
    this.newButton = h('button', { type: 'button', class: 'btn btn-primary', id: 'new-incident-button', hidden: !canCreate }, `＋ ${t.newIncident}`);
    this.statusSelect = h(
      'select',
      { id: 'incident-filter', 'aria-label': t.filterStatusLabel },
      h('option', { value: 'open' }, t.filterOpen),
      ...OPEN_STATUSES.map((s) => h('option', { value: s }, incidentStatusName(s))),
    );
    this.prioritySelect = h(
      'select',
      { id: 'incident-priority', 'aria-label': t.filterPriorityLabel },
      h('option', { value: '' }, t.filterPriority),
      ...PRIORITIES.map((p) => h('option', { value: p }, priorityName(p))),
    );
    this.statusSelect.addEventListener('change', () => {
      this.filter = this.statusSelect.value as QueueFilter;
      onFilter();
    });
    this.prioritySelect.addEventListener('change', () => {
      this.priority = this.prioritySelect.value as Priority | '';
      onFilter();
    });
    this.toolbar = h('div', { class: 'incident-toolbar' }, this.statusSelect, this.prioritySelect, this.newButton);
    this.summary = h('div', { class: 'list-summary', id: 'incident-summary' });
    this.list = h('div', { id: 'incident-list', class: 'incident-list', role: 'list' });
    this.el = this.list;
    this.empty = h('div', { class: 'officer-list-empty' }, t.queueEmpty);
    this.list.addEventListener('click', (ev) => {
      const row = (ev.target as HTMLElement).closest<HTMLElement>('.incident-row');
      const id = row?.dataset.id;
      if (id) onPick(id);
    });
    this.list.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const id = (ev.target as HTMLElement).closest<HTMLElement>('.incident-row')?.dataset.id;
      if (id) {
        ev.preventDefault();
        onPick(id);
      }
    });
  }

  matches(inc: Incident): boolean {
    if (this.priority && inc.priority !== this.priority) return false;
    if (this.filter === 'open') return isOpen(inc.status);
    return inc.status === this.filter;
  }

  select(id: string | null): void {
    if (this.selectedId) this.rows.get(this.selectedId)?.el.classList.remove('selected');
    this.selectedId = id;
    if (id) this.rows.get(id)?.el.classList.add('selected');
  }

  /** `total`: the open incidents held (the summary's "显示 n / total"). */
  render(all: Iterable<Incident>, total: number, now: number): void {
    const visible = [...all].filter((i) => this.matches(i)).sort(compareIncidents);
    const next = visible.map((i) => this.row(i, now));
    const same = next.length === this.order.length && next.every((r, i) => r === this.order[i]);
    if (!same) {
      if (next.length) this.list.replaceChildren(...next.map((r) => r.el));
      else this.list.replaceChildren(this.empty);
      this.order = next;
    }
    set(this.summary, t.queueShown(visible.length, total));
  }

  /** Forget rows of incidents that no longer exist. */
  prune(exists: (id: string) => boolean): void {
    for (const id of [...this.rows.keys()]) if (!exists(id)) this.rows.delete(id);
  }

  /** Every second: countdowns only. */
  tick(now: number): void {
    for (const r of this.order) this.updateDeadline(r, now);
  }

  private row(inc: Incident, now: number): Row {
    let r = this.rows.get(inc.id);
    if (!r) {
      const badge = priorityBadge(inc.priority);
      const category = h('span', { class: 'ir-cat' });
      const id = h('span', { class: 'ir-id' });
      const deadline = h('span', { class: 'ir-deadline' });
      const town = h('span', { class: 'ir-town' });
      const status = statusPill(inc.status);
      const officer = h('span', { class: 'ir-officer' });
      const el = h(
        'div',
        { class: 'incident-row', role: 'listitem', tabindex: 0, 'data-id': inc.id },
        h('div', { class: 'ir-top' }, badge, category, id, deadline),
        h('div', { class: 'ir-bottom' }, status, town, officer),
      );
      if (inc.id === this.selectedId) el.classList.add('selected');
      r = { el, badge, category, id, deadline, town, status, officer, inc };
      this.rows.set(inc.id, r);
    }
    r.inc = inc;
    r.el.dataset.rowStatus = inc.status;
    r.el.dataset.priority = inc.priority;
    setPriority(r.badge, inc.priority);
    setStatus(r.status, inc.status);
    set(r.category, this.lookup.category(inc.category));
    set(r.id, t.idLabel(inc.id));
    set(r.town, this.lookup.township(inc.townshipId));
    set(r.officer, inc.assignedOfficerId ? t.queueOfficer(this.officerName(inc.assignedOfficerId)) : '');
    this.updateDeadline(r, now);
    return r;
  }

  private updateDeadline(r: Row, now: number): void {
    const d = nextDeadline(r.inc);
    if (!d) {
      set(r.deadline, '');
      delete r.deadline.dataset.missed;
      delete r.deadline.dataset.kind;
      return;
    }
    const missed = isMissed(d, now);
    set(r.deadline, deadlineCountdown(d.kind, msLeft(d, now)));
    r.deadline.dataset.kind = d.kind;
    r.deadline.dataset.missed = String(missed);
  }
}
