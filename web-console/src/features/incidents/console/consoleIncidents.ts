// The console's incident side: store, queue, map markers, panel, escalation toasts, hotline intake,
// and the hub events incidentChanged / incidentEscalated. Two sub-views: 在办 (the queue: the open incidents, every
// page of them, kept live) and 历史 (ended incidents searched on the server, IncidentHistory); both open the same panel.
// Hooks: #incident-view-queue, #incident-view-history (aria-pressed).
import { getIncident } from '../api';
import type { Incident } from '../types';
import { hubEvents, type IncidentChanged } from '../../../live/hubContract';
import { historyText, incidentStatusName, incidentText as t } from '../words';
import { IncidentLayer } from './incidentLayer';
import { changedAfter } from '../../../shared/keyedStore';
import { LiveItems } from '../../../shared/liveItems';
import { Disposables } from '../../../shared/page';
import { h } from '../../../util/dom';
import { frameThrottle } from '../../../util/throttle';
import { getOpenIncidents, IncidentStore, type IncidentChangeSet } from '../incidentStore';
import { isMissed, isOpen, knowsChange, nextDeadline } from '../model';
import { EscalationToasts } from './escalations';
import { IncidentHistory } from './incidentHistory';
import { IncidentPanel } from './incidentPanel';
import { IncidentQueue } from './incidentQueue';
import { NewIncidentForm } from './newIncidentForm';
import type { OfficerStore } from '../../officers/officerStore';
import type { ConsoleSide } from '../../../shared/consoleSide';

export interface ConsoleIncidentsDeps extends ConsoleSide {
  officers: OfficerStore;
  canCreate: boolean;
  /** The incident panel or form opens over the map: close the other sides' (whistles). */
  onOpen?: () => void;
  /** The sub-view changed: 历史's table wants the wide panel (read `historyShown`). */
  onLayout?: () => void;
}

export type IncidentView = 'queue' | 'history';

export class ConsoleIncidents {
  private readonly items = new LiveItems(new IncidentStore(), {
    // Open work only (bounded: hundreds), read to the end; ended incidents are 历史's, searched on the server.
    list: getOpenIncidents,
    one: getIncident,
    // The list lags the pushes by a moment: a copy changed after it stays; so does the ended incident the panel shows.
    keep: (asOf) => {
      const later = changedAfter<Incident>(asOf);
      return (inc) => later(inc) || (inc.id === this.panel.openId && !isOpen(inc.status));
    },
  });
  private readonly store = this.items.store;
  private readonly queue: IncidentQueue;
  private readonly history: IncidentHistory;
  private readonly views = new Map<IncidentView, { button: HTMLButtonElement; pane: HTMLElement }>();
  private view: IncidentView = 'queue';
  private readonly panel: IncidentPanel;
  private readonly form: NewIncidentForm;
  private readonly toasts: EscalationToasts;
  private readonly layer: IncidentLayer;
  private readonly overdue = new Map<string, boolean>();
  private readonly renderAll: () => void;
  private readonly disposables = new Disposables();

  constructor(private readonly d: ConsoleIncidentsDeps) {
    const officerName = (id: string) => d.officers.get(id)?.name ?? id;
    this.queue = new IncidentQueue(d.lookup, officerName, (id) => void this.open(id), () => this.renderAll(), d.canCreate);
    this.history = new IncidentHistory({ lookup: d.lookup, onPick: (id) => void this.open(id), latest: (id) => this.store.get(id) });
    this.mountViews();

    this.panel = new IncidentPanel({
      lookup: d.lookup,
      officers: d.officers,
      officerName,
      onUpdated: (inc) => this.store.upsert(inc),
      refetch: (id) => this.fetchOne(id),
      onClose: () => this.closePanel(),
    });
    this.form = new NewIncidentForm(
      d.map,
      d.lookup,
      (inc) => {
        this.store.upsert(inc);
        this.form.close();
        void this.open(inc.id).then(() => this.panel.flash(inc.merged ? t.openedMerged(inc.id) : t.created(inc.id)));
      },
      () => this.form.close(),
    );
    this.toasts = new EscalationToasts((id) => void this.open(id));
    d.mapWrap.append(this.panel.el, this.form.el, this.toasts.el);
    this.layer = new IncidentLayer(d.map, (id) => void this.open(id));

    this.queue.newButton.addEventListener('click', () => {
      this.closePanel();
      d.onOpen?.();
      this.form.open();
    });

    this.renderAll = frameThrottle(() => this.render(), 200);
    this.disposables.add(
      this.store.onChange((c) => this.changed(c)),
      d.live.on(hubEvents.incidentChanged, (e) => this.whenLoaded(() => this.onChanged(e))),
      d.live.on(hubEvents.incidentAwaitingOfficer, (e) => {
        this.toasts.pushAwaiting(e, d.lookup.departmentShort(e.departmentId));
        this.whenLoaded(() => this.fetchOne(e.id));
      }),
      d.live.on(hubEvents.incidentEscalated, (e) => {
        this.toasts.push(e);
        this.whenLoaded(() => this.fetchOne(e.id));
      }),
    );
    this.disposables.every(1000, () => this.tick());
  }

  dispose(): void {
    this.disposables.dispose();
  }

  get historyShown(): boolean {
    return this.view === 'history';
  }

  /** Show 在办 or 历史 (历史 searches the first time it is shown). */
  showView(view: IncidentView): void {
    this.view = view;
    for (const [name, v] of this.views) {
      v.pane.hidden = name !== view;
      v.button.setAttribute('aria-pressed', String(name === view));
      v.button.classList.toggle('selected', name === view);
    }
    if (view === 'history') this.history.shown();
    this.d.onLayout?.();
  }

  private mountViews(): void {
    const queuePane = h('div', { class: 'incident-queue-pane' }, this.queue.toolbar, this.queue.summary, this.queue.el);
    const nav = h('div', { class: 'incident-views', role: 'toolbar', 'aria-label': historyText.views });
    for (const [view, label, pane] of [
      ['queue', historyText.viewQueue, queuePane],
      ['history', historyText.viewHistory, this.history.el],
    ] as const) {
      const button = h('button', { type: 'button', class: 'incident-view-btn', id: `incident-view-${view}` }, label);
      button.addEventListener('click', () => this.showView(view));
      nav.append(button);
      this.views.set(view, { button, pane });
    }
    this.d.pane.append(nav, queuePane, this.history.el);
    this.showView('queue');
  }

  /** Snapshot of the incidents in scope (first load and after every reconnect). Never rejects. */
  async refresh(): Promise<void> {
    await this.items.refresh(this.d.notice, t.loadFailed);
  }

  /** Another side opened something over the map: close the incident panel and the intake form. */
  closeOverlays(): void {
    this.form.close();
    if (this.panel.openId) this.closePanel();
  }

  officersChanged(): void {
    this.renderAll();
    this.panel.officersChanged();
  }

  private whenLoaded(f: () => void): void {
    this.items.whenLoaded(f);
  }

  private onChanged(e: IncidentChanged): void {
    const known = this.store.get(e.id);
    // An incident that ended, neither held (not open work here) nor listed in 历史, concerns nothing shown: no fetch.
    if (!known && !isOpen(e.status) && !this.history.shows(e.id)) return;
    if (!knowsChange(known, e)) this.fetchOne(e.id);
  }

  /** Refetch one incident; coalesces bursts (one request in flight per incident, one more after it). */
  private fetchOne(id: string): void {
    this.items.fetch(id);
  }

  private changed(c: IncidentChangeSet): void {
    if (c === 'all') this.queue.prune((id) => !!this.store.get(id));
    this.items.follow(c, this.panel.openId, (inc) => this.panel.update(inc), (id) => {
      this.closePanel();
      this.d.notice.textContent = `#${id} ${t.errors.notFound}`;
    });
    // 历史's rows show the newer of the listed copy and the one held (refetched on a push, or changed in the panel).
    for (const id of c === 'all' ? this.history.ids : c) {
      const inc = this.store.get(id);
      if (inc) this.history.offer(inc);
    }
    this.renderAll();
  }

  private render(): void {
    const now = Date.now();
    const seen = new Set<string>();
    let open = 0;
    let late = 0;
    for (const inc of this.store.all()) {
      seen.add(inc.id);
      if (isOpen(inc.status)) open++;
      const overdue = this.isOverdue(inc, now);
      if (overdue && isOpen(inc.status)) late++;
      this.overdue.set(inc.id, overdue);
      this.upsertMarker(inc, overdue);
    }
    for (const id of this.layer.ids()) if (!seen.has(id)) this.layer.remove(id);
    for (const id of [...this.overdue.keys()]) if (!seen.has(id)) this.overdue.delete(id);
    this.queue.render(this.store.all(), open, now);
    this.d.tabCount.textContent = String(open);
    this.d.tabCount.classList.toggle('alert', late > 0);
    this.d.tabCount.title = late ? t.overdueCount(late) : '';
  }

  private isOverdue(inc: Incident, now: number): boolean {
    const d = nextDeadline(inc);
    return !!d && isMissed(d, now);
  }

  private upsertMarker(inc: Incident, overdue: boolean): void {
    if (!inc.location) return;
    const title = `#${inc.id} ${this.d.lookup.category(inc.category)} · ${incidentStatusName(inc.status)}`;
    const visible = this.queue.matches(inc) || inc.id === this.panel.openId;
    this.layer.upsert({ id: inc.id, lat: inc.location.lat, lon: inc.location.lon, status: inc.status, priority: inc.priority, overdue, title }, visible);
  }

  private tick(): void {
    const now = Date.now();
    this.queue.tick(now);
    this.panel.tick(now);
    let changed = false;
    for (const inc of this.store.all()) {
      const overdue = this.isOverdue(inc, now);
      if (this.overdue.get(inc.id) !== overdue) changed = true;
    }
    if (changed) this.renderAll();
  }

  /** Open the panel for an incident (fetching it when it is not loaded, e.g. from an alert). */
  async open(id: string): Promise<void> {
    const inc = await this.items.load(id, this.d.notice);
    if (!inc) return;
    this.d.onOpen?.();
    this.form.close();
    this.d.notice.textContent = '';
    this.panel.open(inc);
    this.queue.select(id);
    this.history.select(id);
    this.layer.select(id);
    this.upsertMarker(inc, this.overdue.get(id) ?? false);
    const panelWidth = window.innerWidth > 900 ? this.panel.el.offsetWidth + 20 : 0;
    this.layer.focus(id, panelWidth);
  }

  private closePanel(): void {
    this.panel.close();
    this.queue.select(null);
    this.history.select(null);
    this.layer.select(null);
    this.renderAll();
  }
}
