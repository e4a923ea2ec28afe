// The console's whistle side (吹哨): store, list, map flags, panel, the township's new-whistle form, and the hub event
// whistleChanged (each one refetches that whistle; the whole list is fetched again after every (re)connect).
import { getAllWhistles, getWhistle } from '../api';
import type { Viewer } from '../types';
import { hubEvents, type WhistleChanged } from '../../../live/hubContract';
import { whistleStatusName, whistleText as t } from '../words';
import { WhistleLayer } from './whistleLayer';
import { LiveItems } from '../../../shared/liveItems';
import { changedAfter, type ChangeSet } from '../../../shared/keyedStore';
import { Disposables } from '../../../shared/page';
import { frameThrottle } from '../../../util/throttle';
import type { OfficerStore } from '../../officers/officerStore';
import { canRaise } from '../whistleRoles';
import { isActive, knowsChange, lateParts } from '../whistleRules';
import { WhistleForm } from './whistleForm';
import { WhistleList } from './whistleList';
import { WhistlePanel } from './whistlePanel';
import { WhistleStore } from '../whistleStore';
import type { ConsoleSide } from '../../../shared/consoleSide';

export interface ConsoleWhistlesDeps extends ConsoleSide {
  officers: OfficerStore;
  viewer: Viewer;
  /** A whistle panel or form opens over the map: close the incident side's. */
  onOpen: () => void;
}

export class ConsoleWhistles {
  // Every page of the list; a copy changed after the list's asOf stays (the list lags the pushes by a moment).
  private readonly items = new LiveItems(new WhistleStore(), { list: () => getAllWhistles(), one: getWhistle, keep: changedAfter });
  private readonly store = this.items.store;
  private readonly list: WhistleList;
  private readonly panel: WhistlePanel;
  private readonly form: WhistleForm;
  private readonly layer: WhistleLayer;
  private readonly renderAll = frameThrottle(() => this.render(), 200);
  private readonly disposables = new Disposables();
  private lateShown = -1;
  /** A desk's own department (its countdowns and late marks are its part's). */
  private readonly ownDepartment: string | null;

  constructor(private readonly d: ConsoleWhistlesDeps) {
    this.ownDepartment = d.viewer.role === 'departmentDesk' ? d.viewer.departmentId : null;
    this.list = new WhistleList(d.lookup, this.ownDepartment, (id) => void this.open(id), () => this.renderAll(), canRaise(d.viewer));
    d.pane.append(this.list.toolbar, this.list.summary, this.list.el);
    this.panel = new WhistlePanel({
      lookup: d.lookup,
      officers: d.officers,
      viewer: d.viewer,
      onUpdated: (w) => this.store.upsert(w),
      refetch: (id) => this.items.fetch(id),
      onClose: () => this.closePanel(),
    });
    this.form = new WhistleForm(
      d.map,
      d.lookup,
      d.viewer.townshipId,
      (w) => {
        this.store.upsert(w);
        this.form.close();
        void this.open(w.id).then(() => this.panel.flash(t.created(w.id)));
      },
      () => this.form.close(),
    );
    d.mapWrap.append(this.panel.el, this.form.el);
    this.layer = new WhistleLayer(d.map, (id) => void this.open(id));
    this.list.newButton.addEventListener('click', () => {
      this.closePanel();
      d.onOpen();
      this.form.open();
    });

    this.disposables.add(
      this.store.onChange((c) => this.changed(c)),
      d.live.on(hubEvents.whistleChanged, (e) => this.items.whenLoaded(() => this.onChanged(e))),
    );
    this.disposables.every(1000, () => this.tick());
  }

  dispose(): void {
    this.disposables.dispose();
  }

  /** Snapshot of the whistles in scope (first load and after every reconnect). Never rejects. */
  async refresh(): Promise<void> {
    await this.items.refresh(this.d.notice, t.loadFailed);
  }

  officersChanged(): void {
    this.panel.officersChanged();
  }

  /** The incident side opened something over the map. */
  closeOverlays(): void {
    this.form.close();
    if (this.panel.openId) this.closePanel();
  }

  /** Open the panel for a whistle (fetching it when it is not loaded). */
  async open(id: string): Promise<void> {
    const w = await this.items.load(id, this.d.notice);
    if (!w) return;
    this.d.onOpen();
    this.form.close();
    this.d.notice.textContent = '';
    this.panel.open(w);
    this.list.select(id);
    this.layer.select(id);
    if (w.location) this.layer.focus(w.location, window.innerWidth > 900 ? this.panel.el.offsetWidth + 20 : 0);
  }

  private onChanged(e: WhistleChanged): void {
    if (!knowsChange(this.store.get(e.id), e)) this.items.fetch(e.id);
  }

  private changed(c: ChangeSet): void {
    this.items.follow(c, this.panel.openId, (w) => this.panel.update(w), (id) => {
      this.closePanel();
      this.d.notice.textContent = `#${id} ${t.errors.notFound}`;
    });
    this.renderAll();
  }

  private render(): void {
    const now = Date.now();
    this.list.render(this.store.all(), this.store.size, now);
    const shown = [...this.store.all()].filter((w) => w.location && (this.list.matches(w) || w.id === this.panel.openId));
    this.layer.sync(
      shown.map((w) => ({ id: w.id, location: w.location!, status: w.status, urgency: w.urgency, overdue: lateParts(w, now, null) > 0, title: `#${w.id} ${w.title} · ${whistleStatusName(w.status)}` })),
    );
    this.lateShown = this.late(now);
    let active = 0;
    for (const w of this.store.all()) if (isActive(w.status)) active++;
    this.d.tabCount.textContent = String(active);
    this.d.tabCount.classList.toggle('alert', this.lateShown > 0);
    this.d.tabCount.title = this.lateShown ? t.overdueCount(this.lateShown) : '';
  }

  /** Overdue parts that concern the viewer, over all whistles. */
  private late(now: number): number {
    let n = 0;
    for (const w of this.store.all()) n += lateParts(w, now, this.ownDepartment);
    return n;
  }

  private tick(): void {
    const now = Date.now();
    this.list.tick(now);
    this.panel.tick(now);
    // A deadline passing changes the overdue marks (flags, tab count): re-render only then.
    if (this.late(now) !== this.lateShown) this.renderAll();
  }

  private closePanel(): void {
    this.panel.close();
    this.list.select(null);
    this.layer.select(null);
    this.renderAll();
  }
}
