// Dispatcher console: live officer map + status counts, filters and officer list; incident queue, panel,
// escalation alerts and hotline intake (tabs 事件 / 人员 beside the map).
import { getCounty, getOfficer, getOfficers } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/http';
import { getCategories } from '../../api/incidents';
import type { County, Me, Officer, OfficerMoved, OfficerStatus, OfficerStatusChanged, Role, SystemInfo } from '../../api/types';
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
import { ConsoleIncidents } from './consoleIncidents';
import { FilterBar } from './filterBar';
import { emptyFilters, matches, matchesScope, type Filters } from './filters';
import { Lookup } from '../../shared/lookup';
import { OfficerList } from './officerList';
import { officerPopupHtml } from './popup';
import { OfficerStore, type ChangeSet } from './officerStore';
import { StatusChips } from './statusChips';

const byCode = (a: Officer, b: Officer) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Roles that take in incidents by hotline (新建事件). */
const INTAKE_ROLES: ReadonlySet<Role> = new Set(['zoneDispatcher', 'countyCommander']);
const TAB_KEY = 'dispatch.consoleTab';
type Tab = 'incidents' | 'officers';

export async function renderConsolePage(root: HTMLElement, system: SystemInfo | null, me: Me): Promise<void> {
  const live = new LiveConnection(HUBS.console);
  const store = new OfficerStore();
  const filters: Filters = emptyFilters();
  const notice = h('div', { class: 'panel-notice', id: 'console-notice', role: 'alert' });

  let county: County | null = null;
  const categories = getCategories().catch(() => []);
  try {
    county = await getCounty();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    notice.textContent = t.loadFailed + errorMessage(e);
  }
  const lookup = new Lookup(county);
  lookup.setCategories(await categories);
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
  const mapWrap = h('section', { class: 'console-map-wrap' }, mapEl);
  const officerPane = h('div', { class: 'tab-pane', id: 'pane-officers', role: 'tabpanel', 'aria-labelledby': 'tab-officers' }, chips.el, filterBar.el, summary, list.head, list.el);
  const incidentPane = h('div', { class: 'tab-pane', id: 'pane-incidents', role: 'tabpanel', 'aria-labelledby': 'tab-incidents' });
  const tabIncidents = h('button', { type: 'button', class: 'tab', id: 'tab-incidents', role: 'tab', 'data-tab': 'incidents' }, t.tabIncidents, h('span', { class: 'tab-count', id: 'incident-count' }));
  const tabOfficers = h('button', { type: 'button', class: 'tab', id: 'tab-officers', role: 'tab', 'data-tab': 'officers' }, t.tabOfficers, h('span', { class: 'tab-count', id: 'officer-count' }));
  const tabs = h('div', { class: 'panel-tabs', role: 'tablist' }, tabIncidents, tabOfficers);
  function showTab(tab: Tab): void {
    for (const [b, pane, name] of [[tabIncidents, incidentPane, 'incidents'], [tabOfficers, officerPane, 'officers']] as const) {
      const on = name === tab;
      b.setAttribute('aria-selected', String(on));
      b.classList.toggle('selected', on);
      pane.hidden = !on;
    }
    sessionStorage.setItem(TAB_KEY, tab);
  }
  tabIncidents.addEventListener('click', () => showTab('incidents'));
  tabOfficers.addEventListener('click', () => showTab('officers'));
  showTab(sessionStorage.getItem(TAB_KEY) === 'officers' ? 'officers' : 'incidents');

  root.replaceChildren(
    ...[pageHeader(title, me, live, () => void live.stop()), modeBanner(system)].filter((x): x is HTMLElement => !!x),
    h('main', { class: 'console-main' }, mapWrap, h('aside', { class: 'console-panel' }, tabs, notice, incidentPane, officerPane)),
  );
  document.title = title;

  // ---- map
  const map = createBaseMap(mapEl, county?.center ?? null);
  map.zoomControl.setPosition('topright'); // the incident panel opens on the left
  const legend = addStatusLegend(map, t.legend, t.incidentLegend);
  if (county) {
    const outlines = addOutlineLayers(map, county);
    if (outlines.bounds) fitBesideLegend(map, outlines.bounds, legend);
  }
  const layer = new OfficerLayer(map, (id) => officerPopupHtml(store.get(id), lookup));

  // ---- incidents
  const incidents = new ConsoleIncidents({
    map,
    mapWrap,
    pane: incidentPane,
    tabCount: tabIncidents.querySelector<HTMLElement>('.tab-count')!,
    lookup,
    officers: store,
    live,
    notice,
    canCreate: INTAKE_ROLES.has(me.role),
  });

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
    tabOfficers.querySelector('.tab-count')!.textContent = String(store.size);
    incidents.officersChanged();
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
    const incidentSnapshot = incidents.refresh();
    try {
      store.replaceAll(await getOfficers());
      if (notice.textContent?.startsWith(t.snapshotFailed)) notice.textContent = '';
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) notice.textContent = t.snapshotFailed + errorMessage(e);
    } finally {
      loading = false;
      for (const apply of queue.splice(0)) apply();
    }
    await incidentSnapshot;
  }

  live.onReconnected(() => void refresh());
  await live.start();
  await refresh();
  if (live.state !== 'connected') void live.whenConnected().then(refresh);
}
