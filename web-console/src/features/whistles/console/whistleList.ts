// The whistle list (#whistle-list): active first, then urgency and the nearest deadline, with a live countdown per row.
// A desk's rows count down to its own department's part; everyone else's to the whistle's nearest part deadline.
// Hooks: #whistle-filter (active | all | a status), #new-whistle-button (township staff), #whistle-summary, rows
// .whistle-row[data-whistle-id][data-status][data-urgency] (class overdue), .wr-deadline[data-kind][data-missed],
// parts .wr-part[data-department-id][data-part-status].
import { WHISTLE_STATUSES, type Whistle, type WhistleStatus } from '../types';
import { partStatusName, whistleStatusName, whistleText as t } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { urgencyBadge, whistleStatusPill } from '../badges';
import { partCountdown, showCountdown } from '../countdown';
import { compareWhistles, isActive, lateParts, nextDeadline } from '../whistleRules';

export type WhistleFilter = 'active' | 'all' | WhistleStatus;

export class WhistleList {
  readonly toolbar: HTMLElement;
  readonly summary = h('div', { class: 'list-summary', id: 'whistle-summary' });
  readonly el = h('div', { id: 'whistle-list', class: 'incident-list whistle-list', role: 'list' });
  readonly newButton: HTMLButtonElement;
  private filter: WhistleFilter = 'active';
  private selectedId: string | null = null;
  private shown: Whistle[] = [];

  constructor(
    private readonly lookup: Lookup,
    /** A desk's own department: its rows count down to that part. */
    private readonly ownDepartment: string | null,
    onPick: (id: string) => void,
    onFilter: () => void,
    canRaise: boolean,
  ) {
    this.newButton = h('button', { type: 'button', class: 'btn btn-primary', id: 'new-whistle-button', hidden: !canRaise }, `＋ ${t.newWhistle}`);
    const select = h(
      'select',
      { id: 'whistle-filter', 'aria-label': t.filterLabel },
      h('option', { value: 'active' }, t.filterActive),
      h('option', { value: 'all' }, t.filterAll),
      ...WHISTLE_STATUSES.map((s) => h('option', { value: s }, whistleStatusName(s))),
    );
    select.addEventListener('change', () => {
      this.filter = select.value as WhistleFilter;
      onFilter();
    });
    this.toolbar = h('div', { class: 'incident-toolbar' }, select, this.newButton);
    const pick = (ev: Event) => {
      const id = (ev.target as HTMLElement).closest<HTMLElement>('.whistle-row')?.dataset.whistleId;
      if (id) onPick(id);
    };
    this.el.addEventListener('click', pick);
    this.el.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      pick(ev);
    });
  }

  matches(w: Whistle): boolean {
    if (this.filter === 'active') return isActive(w.status);
    return this.filter === 'all' || w.status === this.filter;
  }

  select(id: string | null): void {
    this.selectedId = id;
    for (const row of this.el.querySelectorAll<HTMLElement>('.whistle-row')) row.classList.toggle('selected', row.dataset.whistleId === id);
  }

  render(all: Iterable<Whistle>, total: number, now: number): void {
    this.shown = [...all].filter((w) => this.matches(w)).sort(compareWhistles);
    this.el.replaceChildren(...(this.shown.length ? this.shown.map((w) => this.row(w, now)) : [h('div', { class: 'officer-list-empty' }, t.listEmpty)]));
    this.summary.textContent = t.shown(this.shown.length, total);
  }

  /** Every second: countdowns and the overdue mark only. */
  tick(now: number): void {
    for (const w of this.shown) {
      const row = this.el.querySelector<HTMLElement>(`.whistle-row[data-whistle-id="${CSS.escape(w.id)}"]`);
      if (row) this.updateDeadline(row, w, now);
    }
  }

  private row(w: Whistle, now: number): HTMLElement {
    const own = this.ownDepartment;
    const parts = w.departments.map((p) =>
      h(
        'span',
        { class: `wr-part${p.departmentId === own ? ' own' : ''}`, 'data-department-id': p.departmentId, 'data-part-status': p.status, title: partStatusName(p.status) },
        `${this.lookup.departmentShort(p.departmentId)} ${partStatusName(p.status)}`,
      ),
    );
    const row = h(
      'div',
      { class: 'incident-row whistle-row', role: 'listitem', tabindex: 0, 'data-whistle-id': w.id, 'data-status': w.status, 'data-urgency': w.urgency },
      h('div', { class: 'ir-top' }, urgencyBadge(w.urgency), h('span', { class: 'ir-cat' }, w.title), h('span', { class: 'ir-id' }, t.idLabel(w.id)), h('span', { class: 'ir-deadline wr-deadline' })),
      h('div', { class: 'ir-bottom' }, whistleStatusPill(w.status), h('span', { class: 'ir-town' }, this.lookup.township(w.townshipId))),
      h('div', { class: 'wr-parts' }, ...parts),
    );
    row.classList.toggle('selected', w.id === this.selectedId);
    this.updateDeadline(row, w, now);
    return row;
  }

  private updateDeadline(row: HTMLElement, w: Whistle, now: number): void {
    const next = nextDeadline(w, this.ownDepartment);
    showCountdown(row.querySelector<HTMLElement>('.wr-deadline')!, next ? partCountdown(next.part, now) : null);
    // A desk's row is late when its own part is; everyone else's when any part is.
    row.classList.toggle('overdue', lateParts(w, now, this.ownDepartment) > 0);
  }
}
