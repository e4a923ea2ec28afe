// Dispatcher console: live officer map + status counts, filters and officer list.
import { getCounty, getOfficer, getOfficers } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/http';
import type { County, Me, Officer, OfficerMoved, OfficerStatus, OfficerStatusChanged, SystemInfo } from '../../api/types';
import { APP_TITLE } from '../../i18n/common';
import { consoleText as t } from '../../i18n/console';
import { HUBS, LiveConnection } from '../../live';
import { createBaseMap } from '../../map/baseMap';
import { addStatusLegend, fitBesideLegend } from '../../map/legend';
import { OfficerLayer } from '../../map/officerLayer';
import { addOutlineLayers } from '../../map/townshipLayer';
import { h } from '../../util/dom';
import { frameThrottle } from '../../util/throttle';
import { modeBanner } from '../shared/banner';
import { pageHeader } from '../shared/header';
import { FilterBar } from './filterBar';
import { emptyFilters, matches, matchesScope, type Filters } from './filters';
import { Lookup } from './lookup';
import { OfficerList } from './officerList';
import { officerPopupHtml } from './popup';
import { OfficerStore, type ChangeSet } from './officerStore';
import { StatusChips } from './statusChips';

const byCode = (a: Officer, b: Officer) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export async function renderConsolePage(root: HTMLElement, system: SystemInfo | null, me: Me): Promise<void> {
  const live = new LiveConnection(HUBS.console);
  const store = new OfficerStore();
  const filters: Filters = emptyFilters();
  const notice = h('div', { class: 'panel-notice', id: 'console-notice', role: 'alert' });

  let county: County | null = null;
  try {
    county = await getCounty();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    notice.textContent = t.loadFailed + errorMessage(e);
  }
  const lookup = new Lookup(county);
  const title = `${county?.name ?? system?.countyName ?? ''} · ${APP_TITLE}`.replace(/^ · /, '');

  // ---- layout
  const mapEl = h('div', { id: 'map', class: 'console-map' });
  const chips = new StatusChips((s) => setFilters({ status: s === filters.status ? '' : s }));
  const filterBar = new FilterBar(county?.departments ?? [], (p) => setFilters(p));
  const summary = h('div', { class: 'list-summary', id: 'list-summary' });
  const list = new OfficerList(lookup, (id) => {
    if (!layer.focus(id)) notice.textContent = `${store.get(id)?.name ?? ''} ${t.noPosition}`;
    else notice.textContent = '';
  });
  root.replaceChildren(
    ...[pageHeader(title, me, live, () => void live.stop()), modeBanner(system)].filter((x): x is HTMLElement => !!x),
    h(
      'main',
      { class: 'console-main' },
      h('section', { class: 'console-map-wrap' }, mapEl),
      h('aside', { class: 'console-panel' }, chips.el, filterBar.el, notice, summary, list.head, list.el),
    ),
  );
  document.title = title;

  // ---- map
  const map = createBaseMap(mapEl, county?.center ?? null);
  const legend = addStatusLegend(map, t.legend);
  if (county) {
    const outlines = addOutlineLayers(map, county);
    if (outlines.bounds) fitBesideLegend(map, outlines.bounds, legend);
  }
  const layer = new OfficerLayer(map, (id) => officerPopupHtml(store.get(id), lookup));

  // ---- rendering (throttled)
  let dirtyMarkers: ChangeSet = new Set();
  const renderMarkers = frameThrottle(() => {
    const ids = dirtyMarkers === 'all' ? [...new Set([...layer.ids(), ...[...store.all()].map((o) => o.id)])] : [...dirtyMarkers];
    dirtyMarkers = new Set();
    for (const id of ids) {
      const o = store.get(id);
      if (!o || !o.position) {
        layer.remove(id);
        continue;
      }
      layer.upsert({ id, name: o.name, lat: o.position.lat, lon: o.position.lon, status: o.status }, matches(o, filters));
    }
  }, 100);

  const renderPanel = frameThrottle(() => {
    const counts = new Map<OfficerStatus, number>();
    const visible: Officer[] = [];
    let scope = 0;
    for (const o of store.all()) {
      if (!matchesScope(o, filters)) continue;
      scope++;
      counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
      if (!filters.status || o.status === filters.status) visible.push(o);
    }
    visible.sort(byCode);
    chips.update(counts, scope, filters.status);
    filterBar.sync(filters);
    list.render(visible, Date.now());
    summary.textContent = t.shown(visible.length, store.size);
  }, 500);

  function markDirty(c: ChangeSet): void {
    if (c === 'all' || dirtyMarkers === 'all') dirtyMarkers = 'all';
    else for (const id of c) dirtyMarkers.add(id);
    renderMarkers();
    renderPanel();
  }

  function setFilters(p: Partial<Filters>): void {
    Object.assign(filters, p);
    markDirty('all');
  }

  store.onChange((c) => {
    if (c === 'all') list.prune((id) => !!store.get(id));
    markDirty(c);
  });
  window.setInterval(renderPanel, 1000); // keep "x秒前" fresh

  // ---- live events; buffered while a snapshot is loading
  let loading = false;
  const queue: (() => void)[] = [];
  const pending = new Set<string>();

  function fetchUnknown(ids: string[]): void {
    for (const id of ids) {
      if (pending.has(id)) continue;
      pending.add(id);
      getOfficer(id)
        .then((o) => store.upsert(o))
        .catch(() => undefined)
        .finally(() => window.setTimeout(() => pending.delete(id), 30_000));
    }
  }

  live.on<OfficerMoved[]>('officersMoved', (batch) => {
    const apply = () => fetchUnknown(store.applyMoves(Array.isArray(batch) ? batch : [batch]));
    if (loading) queue.push(apply);
    else apply();
  });
  live.on<OfficerStatusChanged>('officerStatusChanged', (e) => {
    const apply = () => {
      if (!store.applyStatus(e)) fetchUnknown([e.officerId]);
    };
    if (loading) queue.push(apply);
    else apply();
  });

  async function refresh(): Promise<void> {
    loading = true;
    try {
      store.replaceAll(await getOfficers());
      if (notice.textContent?.startsWith(t.snapshotFailed)) notice.textContent = '';
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) notice.textContent = t.snapshotFailed + errorMessage(e);
    } finally {
      loading = false;
      for (const apply of queue.splice(0)) apply();
    }
  }

  live.onReconnected(() => void refresh());
  await live.start();
  await refresh();
  if (live.state !== 'connected') void live.whenConnected().then(refresh);
}
