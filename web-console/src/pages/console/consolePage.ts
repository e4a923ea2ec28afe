// Dispatcher console, the page controller: loads the county, lays out the map and the tabs beside it, and composes
// the officer side (ConsoleOfficers), the incident side (ConsoleIncidents), the whistle side (ConsoleWhistles) and, for
// the roles that assess departments, the scorecard (Scorecard) over one live connection; joint inspections
// (ConsoleInspections) for the roles that plan or read them. The county joint-meeting office (planner) dispatches
// nothing: its console is the map and 综合查一次 alone.
import type L from 'leaflet';
import { getCounty } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/http';
import { getCategories } from '../../features/incidents/api';
import type { County, Me, Role, SystemInfo } from '../../api/types';
import { APP_TITLE } from '../../shared/words';
import { consoleText as t } from './words';
import { HUBS, LiveConnection } from '../../live';
import { createBaseMap } from '../../map/baseMap';
import { addStatusLegend, fitBesideLegend } from './legend';
import { addOutlineLayers } from '../../map/townshipLayer';
import { whistleLegend } from '../../features/whistles/console/whistleLayer';
import { Lookup } from '../../shared/lookup';
import { Disposables, pageTop, type PageController } from '../../shared/page';
import { h } from '../../util/dom';
import { ConsoleHotline, TRIAGE_ROLES } from '../../features/hotline/console/consoleHotline';
import { hotlineText } from '../../features/hotline/words';
import { ConsoleIncidents } from '../../features/incidents/console/consoleIncidents';
import { ConsoleOfficers } from '../../features/officers/console/consoleOfficers';
import { ConsoleWhistles } from '../../features/whistles/console/consoleWhistles';
import { Scorecard } from '../../features/whistles/console/scorecard';
import { seesScorecard, viewerOf } from '../../features/whistles/whistleRoles';
import { whistleText } from '../../features/whistles/words';
import { ConsoleTabs } from './consoleTabs';
import { ConsoleInspections } from '../../features/inspections/console/consoleInspections';
import { seesInspections } from '../../features/inspections/console/inspectionRoles';
import { inspectionText } from '../../features/inspections/words';

/** Roles that take in incidents by hotline (新建事件). */
const INTAKE_ROLES: ReadonlySet<Role> = new Set(['zoneDispatcher', 'countyCommander']);

export class ConsolePage implements PageController {
  /** None for the planner: nothing of joint inspections is pushed to the console, and the console hub is not its to watch. */
  private readonly live: LiveConnection | null;
  private readonly notice = h('div', { class: 'panel-notice', id: 'console-notice', role: 'alert' });
  private readonly disposables = new Disposables();
  private officers: ConsoleOfficers | null = null;
  private incidents: ConsoleIncidents | null = null;
  private whistles: ConsoleWhistles | null = null;
  private hotline: ConsoleHotline | null = null;
  /** The panel's width follows the tab (and the 事件 tab's sub-view); the map is told. */
  private layout: () => void = () => undefined;

  constructor(
    private readonly system: SystemInfo | null,
    private readonly me: Me,
  ) {
    this.live = me.role === 'planner' ? null : new LiveConnection(HUBS.console);
  }

  async mount(root: HTMLElement): Promise<void> {
    const categories = getCategories().catch(() => []);
    const county = await this.loadCounty();
    if (county === undefined) return; // signed out
    const lookup = new Lookup(county);
    lookup.setCategories(await categories);
    const title = `${county?.name ?? this.system?.countyName ?? ''} · ${APP_TITLE}`.replace(/^ · /, '');

    const dispatches = this.me.role !== 'planner';
    const tabs = new ConsoleTabs([
      ...(dispatches
        ? [
            { name: 'incidents', label: t.tabIncidents, countId: 'incident-count' },
            { name: 'officers', label: t.tabOfficers, countId: 'officer-count' },
            { name: 'whistles', label: whistleText.tab, countId: 'whistle-count' },
          ]
        : []),
      ...(seesScorecard(this.me.role) ? [{ name: 'scorecards', label: whistleText.tabScorecards }] : []),
      ...(TRIAGE_ROLES.has(this.me.role) ? [{ name: 'hotline', label: hotlineText.tab, countId: 'hotline-count' }] : []),
      ...(seesInspections(this.me.role) ? [{ name: 'inspections', label: inspectionText.tab }] : []),
    ]);
    const mapEl = h('div', { id: 'map', class: 'console-map' });
    const mapWrap = h('section', { class: 'console-map-wrap' }, mapEl);
    const panel = h('aside', { class: 'console-panel' }, tabs.el, this.notice, ...tabs.panes);
    root.replaceChildren(...pageTop(title, this.me, this.live, this.system), h('main', { class: 'console-main' }, mapWrap, panel));
    document.title = title;

    panel.classList.toggle('wide', tabs.selected === 'inspections'); // before the map measures itself
    const map = createBaseMap(mapEl, county?.center ?? null);
    map.zoomControl.setPosition('topright'); // the incident panel opens on the left
    // The planner's map shows the county's outlines only: no incidents or whistles to explain in a legend.
    const legend = dispatches ? addStatusLegend(map, t.legend, t.incidentLegend) : null;
    legend?.append(...whistleLegend(whistleText.legend));
    if (county) {
      const outlines = addOutlineLayers(map, county);
      if (outlines.bounds) {
        if (legend) fitBesideLegend(map, outlines.bounds, legend);
        else map.fitBounds(outlines.bounds);
      }
    }

    // Plans, runs, indicators and 历史's table need room: the panel widens while 综合查一次 or 事件 · 历史 is shown.
    const inspections = seesInspections(this.me.role) ? new ConsoleInspections({ pane: tabs.pane('inspections'), lookup, me: this.me }) : null;
    this.layout = () => {
      const history = tabs.selected === 'incidents' && !!this.incidents?.historyShown;
      panel.classList.toggle('wide', tabs.selected === 'inspections' || history);
      panel.classList.toggle('history', history); // on a narrow screen it also takes most of the height
      map.invalidateSize();
    };
    const tabShown = (name: string) => {
      if (name === 'inspections') inspections?.activate();
      this.layout();
    };
    tabs.onShow = tabShown;
    tabShown(tabs.selected);

    const live = this.live;
    if (!dispatches || !live) return;
    this.mountDispatch(map, mapWrap, tabs, lookup, county, live);
    this.disposables.add(live.onReconnected(() => void this.refresh()));
    await live.start();
    await this.refresh();
    if (live.state !== 'connected') void live.whenConnected().then(() => this.refresh());
  }

  /** The dispatching sides: officers, incidents, whistles, the scorecard and the hotline, as the role has them. */
  private mountDispatch(map: L.Map, mapWrap: HTMLElement, tabs: ConsoleTabs, lookup: Lookup, county: County | null, live: LiveConnection): void {
    const officers = new ConsoleOfficers({
      map,
      county,
      lookup,
      live,
      pane: tabs.pane('officers'),
      count: tabs.count('officers'),
      notice: this.notice,
      onRendered: () => {
        this.incidents?.officersChanged();
        this.whistles?.officersChanged();
      },
    });
    this.officers = officers;
    this.incidents = new ConsoleIncidents({
      map,
      mapWrap,
      pane: tabs.pane('incidents'),
      tabCount: tabs.count('incidents'),
      lookup,
      officers: officers.store,
      live,
      notice: this.notice,
      canCreate: INTAKE_ROLES.has(this.me.role),
      onOpen: () => this.whistles?.closeOverlays(),
      onLayout: () => this.layout(),
    });
    this.whistles = new ConsoleWhistles({
      map,
      mapWrap,
      pane: tabs.pane('whistles'),
      tabCount: tabs.count('whistles'),
      lookup,
      officers: officers.store,
      live,
      notice: this.notice,
      viewer: viewerOf(this.me),
      onOpen: () => this.incidents?.closeOverlays(),
    });
    if (seesScorecard(this.me.role)) new Scorecard(tabs.pane('scorecards'), lookup, county, this.me.zoneIds);
    if (TRIAGE_ROLES.has(this.me.role))
      this.hotline = new ConsoleHotline({ pane: tabs.pane('hotline'), count: tabs.count('hotline'), map, lookup, role: this.me.role, onIncident: () => void this.incidents?.refresh() });
  }

  dispose(): void {
    this.disposables.dispose();
    this.officers?.dispose();
    this.incidents?.dispose();
    this.whistles?.dispose();
    this.hotline?.dispose();
    void this.live?.stop();
  }

  /** The county, null when it could not be loaded (the page still works), undefined when signed out. */
  private async loadCounty(): Promise<County | null | undefined> {
    try {
      return await getCounty();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return undefined;
      this.notice.textContent = t.loadFailed + errorMessage(e);
      return null;
    }
  }

  private async refresh(): Promise<void> {
    const incidents = this.incidents?.refresh();
    const whistles = this.whistles?.refresh();
    const hotline = this.hotline?.refresh();
    await this.officers?.refresh();
    await Promise.all([incidents, whistles, hotline]);
  }
}
