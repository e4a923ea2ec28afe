// Officer list (#officer-list) with keyed rows: only changed cells are touched on each render.
import type { Officer } from '../types';
import { statusName } from '../words';
import { officerText as t } from './words';
import { statusColor } from '../statusStyle';
import { h, setText } from '../../../util/dom';
import { KeyedRows } from '../../../shared/keyedRows';
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

export class OfficerList {
  readonly el: HTMLElement;
  /** Column titles, placed just above the list. */
  readonly head: HTMLElement = h('div', { class: 'officer-list-head', 'aria-hidden': 'true' }, ...t.columns.map((c) => h('span', {}, c)));
  private readonly rows: KeyedRows<Row>;

  constructor(
    private readonly lookup: Lookup,
    onPick: (id: string) => void,
  ) {
    this.el = h('div', { id: 'officer-list', class: 'officer-list', role: 'list' });
    this.rows = new KeyedRows(this.el, h('div', { class: 'officer-list-empty' }, t.listEmpty));
    this.el.addEventListener('click', (ev) => {
      const row = (ev.target as HTMLElement).closest<HTMLElement>('.officer-row');
      const id = row?.dataset.id;
      if (!id) return;
      this.select(id);
      onPick(id);
    });
  }

  select(id: string | null): void {
    this.rows.select(id);
  }

  /** Render the given (already filtered and sorted) officers. */
  render(officers: Officer[], now: number): void {
    this.rows.show(officers.map((o) => this.row(o, now)));
  }

  /** Forget rows of officers that no longer exist. */
  prune(exists: (id: string) => boolean): void {
    this.rows.prune(exists);
  }

  private row(o: Officer, now: number): Row {
    const r = this.rows.row(o.id, () => {
      const name = h('span', { class: 'c-name' });
      const code = h('span', { class: 'c-code' });
      const dept = h('span', { class: 'c-dept' });
      const town = h('span', { class: 'c-town' });
      const status = h('span', { class: 'c-status status-pill' });
      const time = h('span', { class: 'c-time' });
      const el = h('div', { class: 'officer-row', role: 'listitem', 'data-id': o.id }, name, code, dept, town, status, time);
      return { el, name, code, dept, town, status, time };
    });
    setText(r.name, o.name);
    setText(r.code, o.code);
    setText(r.dept, this.lookup.departmentShort(o.departmentId));
    setText(r.town, this.lookup.township(o.townshipId));
    if (r.el.dataset.rowStatus !== o.status) {
      r.el.dataset.rowStatus = o.status;
      r.status.style.setProperty('--c', statusColor(o.status));
      setText(r.status, statusName(o.status));
    }
    setText(r.time, o.position ? relativeTime(o.position.time, now) : t.noPosition);
    return r;
  }
}
