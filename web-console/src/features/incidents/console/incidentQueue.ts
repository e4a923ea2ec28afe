// Incident queue (#incident-list): open work, urgency first, then nearest deadline, with a live countdown per row.
// Ended incidents leave it (they are 历史's). Rows: .incident-row[data-id][data-row-status][data-priority]; countdown
// .ir-deadline[data-missed]; filters #incident-filter (open | an open status), #incident-priority.
import { PRIORITIES, type Incident, type IncidentStatus, type Priority } from '../types';
import { deadlineCountdown, incidentStatusName, priorityName, incidentText as t } from '../words';
import { h, setText } from '../../../util/dom';
import { KeyedRows } from '../../../shared/keyedRows';
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
  private readonly rows: KeyedRows<Row>;

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
    this.rows = new KeyedRows(this.list, h('div', { class: 'officer-list-empty' }, t.queueEmpty));
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
    this.rows.select(id);
  }

  /** `total`: the open incidents held (the summary's "显示 n / total"). */
  render(all: Iterable<Incident>, total: number, now: number): void {
    const visible = [...all].filter((i) => this.matches(i)).sort(compareIncidents);
    this.rows.show(visible.map((i) => this.row(i, now)));
    setText(this.summary, t.queueShown(visible.length, total));
  }

  /** Forget rows of incidents that no longer exist. */
  prune(exists: (id: string) => boolean): void {
    this.rows.prune(exists);
  }

  /** Every second: countdowns only. */
  tick(now: number): void {
    for (const r of this.rows.shown) this.updateDeadline(r, now);
  }

  private row(inc: Incident, now: number): Row {
    const r = this.rows.row(inc.id, () => {
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
      return { el, badge, category, id, deadline, town, status, officer, inc };
    });
    r.inc = inc;
    r.el.dataset.rowStatus = inc.status;
    r.el.dataset.priority = inc.priority;
    setPriority(r.badge, inc.priority);
    setStatus(r.status, inc.status);
    setText(r.category, this.lookup.category(inc.category));
    setText(r.id, t.idLabel(inc.id));
    setText(r.town, this.lookup.township(inc.townshipId));
    setText(r.officer, inc.assignedOfficerId ? t.queueOfficer(this.officerName(inc.assignedOfficerId)) : '');
    this.updateDeadline(r, now);
    return r;
  }

  private updateDeadline(r: Row, now: number): void {
    const d = nextDeadline(r.inc);
    if (!d) {
      setText(r.deadline, '');
      delete r.deadline.dataset.missed;
      delete r.deadline.dataset.kind;
      return;
    }
    const missed = isMissed(d, now);
    setText(r.deadline, deadlineCountdown(d.kind, msLeft(d, now)));
    r.deadline.dataset.kind = d.kind;
    r.deadline.dataset.missed = String(missed);
  }
}
