// 历史, the 事件 tab's second sub-view: ended incidents (不予立案 / 已结案 / 已评价) searched on the server by status,
// township, department, category, dates and free text, newest first, a page at a time (加载更多 follows nextCursor and
// is hidden on the last page). The list lags the live incidents by a moment: 数据截至 says up to when, and a newer copy
// the console holds (refetched on a push) replaces a listed row. A click on a row opens the incident as the queue does.
// Hooks: #incident-history; filters #history-status-<rejected|closed|evaluated> (checkboxes), #history-township,
// #history-department, #history-category, #history-from, #history-to (YYYY-MM-DD, both days included), #history-q,
// #history-search; #history-error, #history-as-of, #history-summary; #history-table rows
// .history-row[data-id][data-status] (class selected) with td[data-col] = id | category | description | status | township
// | department | createdAt | updatedAt (each td[data-label] its column's name); #history-empty; #history-more.
import { getIncidents, type IncidentQuery } from '../api';
import { readPages } from '../../../api/page';
import type { Incident } from '../types';
import { historyText as t, incidentStatusName, incidentText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { dateTimeSeconds, dateTimeWithYear } from '../../../shared/format';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { statusPill } from '../badges';
import { categorySelect } from '../formParts';
import { ENDED_STATUSES, type EndedStatus } from '../model';
import { appendPage, historyQuery, isNewer, type HistoryFilters } from './historyQuery';

/** Rows asked for per page. */
export const HISTORY_PAGE = 50;
/** One search or 加载更多 reads on (a page may be short while more follow) until a page's worth, at most this many requests. */
const PAGES_PER_LOAD = 10;

export interface IncidentHistoryDeps {
  lookup: Lookup;
  /** A row was clicked: open the incident's panel. */
  onPick: (id: string) => void;
  /** The console's own copy of an incident, when it holds one (newer than the list when a push refetched it). */
  latest: (id: string) => Incident | undefined;
}

export class IncidentHistory {
  readonly el: HTMLElement;
  private readonly statuses = new Map<EndedStatus, HTMLInputElement>();
  private readonly township: HTMLSelectElement;
  private readonly department: HTMLSelectElement;
  private readonly category: HTMLSelectElement;
  private readonly from = h('input', { type: 'date', id: 'history-from' });
  private readonly to = h('input', { type: 'date', id: 'history-to' });
  private readonly q = h('input', { type: 'search', id: 'history-q', placeholder: t.qPlaceholder });
  private readonly searchButton = h('button', { type: 'submit', class: 'btn btn-primary', id: 'history-search' }, t.search);
  private readonly moreButton = h('button', { type: 'button', class: 'btn', id: 'history-more', hidden: true }, t.more);
  private readonly error = h('div', { class: 'panel-notice', id: 'history-error', role: 'alert' });
  private readonly asOf = h('span', { class: 'history-as-of', id: 'history-as-of', title: t.asOfHint });
  private readonly summary = h('span', { id: 'history-summary' });
  private readonly body = h('div', { class: 'history-body' });
  private readonly tbody = h('tbody', {});
  private readonly table: HTMLElement;
  private readonly empty = h('div', { class: 'officer-list-empty', id: 'history-empty' }, t.empty);
  private readonly runner: BusyRunner;
  private readonly trs = new Map<string, HTMLTableRowElement>();
  private rows: Incident[] = [];
  /** The query of the rows shown, and where its next page starts (null: the last page is shown). */
  private query: IncidentQuery | null = null;
  private cursor: string | null = null;
  private listedAsOf: string | null = null;
  private selectedId: string | null = null;

  constructor(private readonly d: IncidentHistoryDeps) {
    const { lookup } = d;
    this.township = h('select', { id: 'history-township' }, h('option', { value: '' }, t.allTownships), ...lookup.townshipList().map((x) => h('option', { value: x.id }, x.name)));
    this.department = h('select', { id: 'history-department' }, h('option', { value: '' }, t.allDepartments), ...lookup.departmentList().map((x) => h('option', { value: x.id }, x.name)));
    this.category = categorySelect('history-category', lookup, t.allCategories);
    const boxes = ENDED_STATUSES.map((s) => {
      const box = h('input', { type: 'checkbox', id: `history-status-${s}`, value: s });
      this.statuses.set(s, box);
      return h('label', { class: 'history-status' }, box, incidentStatusName(s));
    });
    const field = (label: string, control: HTMLElement) => h('label', {}, h('span', {}, label), control);
    const form = h(
      'form',
      { class: 'history-filters', role: 'search', novalidate: true },
      h('fieldset', { class: 'history-statuses', title: t.statusesHint }, h('legend', {}, t.statuses), ...boxes),
      field(t.township, this.township),
      field(t.department, this.department),
      field(t.category, this.category),
      field(t.from, this.from),
      field(t.to, this.to),
      field(t.q, this.q),
      h('div', { class: 'history-actions' }, this.searchButton),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.search();
    });
    this.runner = new BusyRunner({
      error: this.error,
      setBusy: (b) => {
        this.searchButton.disabled = b;
        this.moreButton.disabled = b;
      },
    });
    this.moreButton.addEventListener('click', () => void this.more());

    this.table = h(
      'table',
      { class: 'history-table', id: 'history-table' },
      h('thead', {}, h('tr', {}, ...Object.values(t.columns).map((c) => h('th', { scope: 'col' }, c)))),
      this.tbody,
    );
    const pick = (ev: Event) => {
      const id = (ev.target as HTMLElement).closest<HTMLElement>('.history-row')?.dataset.id;
      if (id) d.onPick(id);
    };
    this.tbody.addEventListener('click', pick);
    this.tbody.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      pick(ev);
    });
    this.el = h(
      'section',
      { class: 'incident-history', id: 'incident-history' },
      form,
      this.error,
      h('div', { class: 'list-summary history-line' }, this.summary, this.asOf),
      this.body,
      h('div', { class: 'history-more' }, this.moreButton),
    );
  }

  /** Ids of the rows shown. */
  get ids(): string[] {
    return this.rows.map((r) => r.id);
  }

  shows(id: string): boolean {
    return this.trs.has(id);
  }

  /** The sub-view was opened: the first time, search with no filters (the newest ended incidents). */
  shown(): void {
    if (!this.query && !this.runner.busy) void this.search();
  }

  /** A copy the console now holds: it replaces the row when newer (the list lags the pushes). */
  offer(inc: Incident): void {
    const i = this.rows.findIndex((r) => r.id === inc.id);
    if (i < 0 || !isNewer(inc, this.rows[i]!)) return;
    this.rows[i] = inc;
    const old = this.trs.get(inc.id);
    const tr = this.row(inc);
    old?.replaceWith(tr);
  }

  select(id: string | null): void {
    if (this.selectedId) this.trs.get(this.selectedId)?.classList.remove('selected');
    this.selectedId = id;
    if (id) this.trs.get(id)?.classList.add('selected');
  }

  /** What the form holds. */
  filters(): HistoryFilters {
    return {
      statuses: ENDED_STATUSES.filter((s) => this.statuses.get(s)?.checked),
      townshipId: this.township.value,
      departmentId: this.department.value,
      category: this.category.value,
      from: this.from.value,
      to: this.to.value,
      q: this.q.value,
    };
  }

  /** A new search from the form's filters: the first page(s), replacing what was shown. */
  async search(): Promise<void> {
    const asked = historyQuery(this.filters());
    if ('error' in asked) {
      this.error.textContent = asked.error;
      return;
    }
    const page = await this.runner.run(() => this.read(asked.query, undefined));
    if (!page) return;
    this.query = asked.query;
    this.rows = [];
    this.trs.clear();
    this.tbody.replaceChildren();
    this.listedAsOf = null;
    this.show(page);
  }

  /** 加载更多: the next page(s) of the same search, appended. */
  async more(): Promise<void> {
    const query = this.query;
    const cursor = this.cursor;
    if (!query || cursor === null) return;
    const page = await this.runner.run(() => this.read(query, cursor));
    if (page && query === this.query) this.show(page);
  }

  private read(query: IncidentQuery, cursor: string | undefined) {
    return readPages((c) => getIncidents(query, { cursor: c, limit: HISTORY_PAGE }), { cursor, maxPages: PAGES_PER_LOAD, enough: HISTORY_PAGE });
  }

  private show(page: { items: Incident[]; nextCursor: string | null; asOf: string }): void {
    const before = this.rows.length;
    const listed = page.items.map((inc) => {
      const mine = this.d.latest(inc.id);
      return mine && isNewer(mine, inc) ? mine : inc;
    });
    this.rows = appendPage(this.rows, listed);
    for (const inc of this.rows.slice(before)) this.tbody.append(this.row(inc));
    this.cursor = page.nextCursor;
    // What every row shown reflects at least: the earliest of the pages'.
    if (this.listedAsOf === null || Date.parse(page.asOf) < Date.parse(this.listedAsOf)) this.listedAsOf = page.asOf;
    this.asOf.textContent = t.asOf(dateTimeSeconds(this.listedAsOf));
    this.moreButton.hidden = this.cursor === null;
    this.summary.textContent = t.shown(this.rows.length, this.cursor !== null);
    const nothing = !this.rows.length && this.cursor === null;
    this.body.replaceChildren(nothing ? this.empty : this.table);
  }

  private row(inc: Incident): HTMLTableRowElement {
    const { lookup } = this.d;
    const cell = (col: keyof typeof t.columns, ...content: (string | Node)[]) => h('td', { 'data-col': col, 'data-label': t.columns[col] }, ...content);
    // What was reported, on one line (cut off with …); the whole text on hover and in the panel.
    const description = h('span', { class: 'hr-description', title: inc.description }, inc.description);
    const tr = h(
      'tr',
      { class: 'history-row', tabindex: 0, 'data-id': inc.id, 'data-status': inc.status },
      cell('id', incidentText.idLabel(inc.id)),
      cell('category', lookup.category(inc.category)),
      cell('description', description),
      cell('status', statusPill(inc.status)),
      cell('township', lookup.township(inc.townshipId)),
      cell('department', lookup.departmentShort(inc.departmentId)),
      cell('createdAt', dateTimeWithYear(inc.createdAt)),
      cell('updatedAt', dateTimeWithYear(inc.updatedAt)),
    );
    if (inc.id === this.selectedId) tr.classList.add('selected');
    this.trs.set(inc.id, tr);
    return tr;
  }
}
