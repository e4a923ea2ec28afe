// The console's officer side: store, map markers, status chips, filters and list, and the hub events officersMoved /
// officerStatusChanged (buffered while a snapshot loads; unknown officers fetched once).
import type L from 'leaflet';
import { getOfficer, getOfficers } from '../api';
import type { County } from '../../../api/types';
import type { Officer, OfficerStatus } from '../types';
import { hubEvents } from '../../../live/hubContract';
import { officerText as t } from './words';
import type { LiveConnection } from '../../../live';
import { OfficerLayer } from './officerLayer';
import type { Lookup } from '../../../shared/lookup';
import { Disposables } from '../../../shared/page';
import { SnapshotGate } from '../../../shared/snapshotGate';
import { h } from '../../../util/dom';
import { frameThrottle } from '../../../util/throttle';
import { FilterBar } from './filterBar';
import { emptyFilters, matches, matchesScope, type Filters } from './filters';
import { OfficerList } from './officerList';
import { officerPopupHtml } from './popup';
import { OfficerStore, type ChangeSet } from '../officerStore';
import { StatusChips } from './statusChips';

const byCode = (a: Officer, b: Officer) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export interface ConsoleOfficersDeps {
  map: L.Map;
  county: County | null;
  lookup: Lookup;
  live: LiveConnection;
  /** The pane the chips, filters and list go into. */
  pane: HTMLElement;
  count: HTMLElement;
  notice: HTMLElement;
  /** After each list render (the incident side shows officer names and statuses). */
  onRendered: () => void;
}

export class ConsoleOfficers {
  readonly store = new OfficerStore();
  private readonly filters: Filters = emptyFilters();
  private readonly layer: OfficerLayer;
  private readonly chips: StatusChips;
  private readonly filterBar: FilterBar;
  private readonly list: OfficerList;
  private readonly summary = h('div', { class: 'list-summary', id: 'list-summary' });
  private readonly disposables = new Disposables();
  private dirtyMarkers: ChangeSet = new Set();
  private readonly renderMarkers = frameThrottle(() => this.drawMarkers(), 100);
  private readonly renderPanel = frameThrottle(() => this.drawPanel(), 500);
  private readonly gate = new SnapshotGate();
  private readonly pending = new Set<string>();

  constructor(private readonly d: ConsoleOfficersDeps) {
    this.chips = new StatusChips((s) => this.setFilters({ status: s === this.filters.status ? '' : s }));
    this.filterBar = new FilterBar(d.county?.departments ?? [], (p) => this.setFilters(p));
    this.list = new OfficerList(d.lookup, (id) => {
      d.notice.textContent = this.layer.focus(id) ? '' : `${this.store.get(id)?.name ?? ''} ${t.noPosition}`;
    });
    d.pane.append(this.chips.el, this.filterBar.el, this.summary, this.list.head, this.list.el);
    this.layer = new OfficerLayer(d.map, (id) => officerPopupHtml(this.store.get(id), d.lookup));

    this.disposables.add(
      this.store.onChange((c) => {
        if (c === 'all') this.list.prune((id) => !!this.store.get(id));
        this.markDirty(c);
      }),
      d.live.on(hubEvents.officersMoved, (batch) => this.whenLoaded(() => this.fetchUnknown(this.store.applyMoves(Array.isArray(batch) ? batch : [batch])))),
      d.live.on(hubEvents.officerStatusChanged, (e) =>
        this.whenLoaded(() => {
          if (!this.store.applyStatus(e)) this.fetchUnknown([e.officerId]);
        }),
      ),
    );
    this.disposables.every(1000, this.renderPanel); // keep "x秒前" fresh
  }

  /** Snapshot of the officers in scope (first load and after every reconnect). Never rejects. */
  async refresh(): Promise<void> {
    await this.gate.loadWithNotice(this.d.notice, t.snapshotFailed, async () => this.store.replaceAll(await getOfficers()));
  }

  dispose(): void {
    this.disposables.dispose();
  }

  private whenLoaded(apply: () => void): void {
    this.gate.whenLoaded(apply);
  }

  private fetchUnknown(ids: string[]): void {
    for (const id of ids) {
      if (this.pending.has(id)) continue;
      this.pending.add(id);
      getOfficer(id)
        .then((o) => this.store.upsert(o))
        .catch(() => undefined)
        .finally(() => window.setTimeout(() => this.pending.delete(id), 30_000));
    }
  }

  private setFilters(p: Partial<Filters>): void {
    Object.assign(this.filters, p);
    this.markDirty('all');
  }

  private markDirty(c: ChangeSet): void {
    if (c === 'all' || this.dirtyMarkers === 'all') this.dirtyMarkers = 'all';
    else for (const id of c) this.dirtyMarkers.add(id);
    this.renderMarkers();
    this.renderPanel();
  }

  private drawMarkers(): void {
    const dirty = this.dirtyMarkers;
    const ids = dirty === 'all' ? [...new Set([...this.layer.ids(), ...[...this.store.all()].map((o) => o.id)])] : [...dirty];
    this.dirtyMarkers = new Set();
    for (const id of ids) {
      const o = this.store.get(id);
      if (!o || !o.position) {
        this.layer.remove(id);
        continue;
      }
      this.layer.upsert({ id, name: o.name, lat: o.position.lat, lon: o.position.lon, status: o.status }, matches(o, this.filters));
    }
  }

  private drawPanel(): void {
    const counts = new Map<OfficerStatus, number>();
    const visible: Officer[] = [];
    let scope = 0;
    for (const o of this.store.all()) {
      if (!matchesScope(o, this.filters)) continue;
      scope++;
      counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
      if (!this.filters.status || o.status === this.filters.status) visible.push(o);
    }
    visible.sort(byCode);
    this.chips.update(counts, scope, this.filters.status);
    this.filterBar.sync(this.filters);
    this.list.render(visible, Date.now());
    this.summary.textContent = t.shown(visible.length, this.store.size);
    this.d.count.textContent = String(this.store.size);
    this.d.onRendered();
  }
}
