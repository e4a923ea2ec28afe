// Officer list (#officer-list) with keyed rows: only changed cells are touched on each render.
import type { Officer } from '../types';
import { statusName } from '../words';
import { officerText as t } from './words';
import { statusColor } from '../statusStyle';
import { h } from '../../../util/dom';
import type { Lookup } from '../../../shared/lookup';
import { relativeTime } from '../../../shared/format';

interface Row {
  el: HTMLElement;
  name: HTMLElement;
  code: HTMLElement;
  dept: HTMLElement;
  town: HTMLElement;
  status: HTMLElement;
  time: HTMLElement;
}

function set(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export class OfficerList {
  readonly el: HTMLElement;
  /** Column titles, placed just above the list. */
  readonly head: HTMLElement = h('div', { class: 'officer-list-head', 'aria-hidden': 'true' }, ...t.columns.map((c) => h('span', {}, c)));
  private readonly rows = new Map<string, Row>();
  private order: Row[] = [];
  private readonly empty: HTMLElement;
  private selectedId: string | null = null;

  constructor(
    private readonly lookup: Lookup,
    onPick: (id: string) => void,
  ) {
    this.el = h('div', { id: 'officer-list', class: 'officer-list', role: 'list' });
    this.empty = h('div', { class: 'officer-list-empty' }, t.listEmpty);
    this.el.addEventListener('click', (ev) => {
      const row = (ev.target as HTMLElement).closest<HTMLElement>('.officer-row');
      const id = row?.dataset.id;
      if (!id) return;
      this.select(id);
      onPick(id);
    });
  }

  select(id: string | null): void {
    if (this.selectedId) this.rows.get(this.selectedId)?.el.classList.remove('selected');
    this.selectedId = id;
    if (id) this.rows.get(id)?.el.classList.add('selected');
  }

  /** Render the given (already filtered and sorted) officers. */
  render(officers: Officer[], now: number): void {
    const next: Row[] = officers.map((o) => this.row(o, now));
    const same = next.length === this.order.length && next.every((r, i) => r === this.order[i]);
    if (!same) {
      if (next.length) this.el.replaceChildren(...next.map((r) => r.el));
      else this.el.replaceChildren(this.empty);
      this.order = next;
    }
  }

  /** Forget rows of officers that no longer exist. */
  prune(exists: (id: string) => boolean): void {
    for (const id of [...this.rows.keys()]) if (!exists(id)) this.rows.delete(id);
  }

  private row(o: Officer, now: number): Row {
    let r = this.rows.get(o.id);
    if (!r) {
      const name = h('span', { class: 'c-name' });
      const code = h('span', { class: 'c-code' });
      const dept = h('span', { class: 'c-dept' });
      const town = h('span', { class: 'c-town' });
      const status = h('span', { class: 'c-status status-pill' });
      const time = h('span', { class: 'c-time' });
      const el = h('div', { class: 'officer-row', role: 'listitem', 'data-id': o.id }, name, code, dept, town, status, time);
      if (o.id === this.selectedId) el.classList.add('selected');
      r = { el, name, code, dept, town, status, time };
      this.rows.set(o.id, r);
    }
    set(r.name, o.name);
    set(r.code, o.code);
    set(r.dept, this.lookup.departmentShort(o.departmentId));
    set(r.town, this.lookup.township(o.townshipId));
    if (r.el.dataset.rowStatus !== o.status) {
      r.el.dataset.rowStatus = o.status;
      r.status.style.setProperty('--c', statusColor(o.status));
      set(r.status, statusName(o.status));
    }
    set(r.time, o.position ? relativeTime(o.position.time, now) : t.noPosition);
    return r;
  }
}
