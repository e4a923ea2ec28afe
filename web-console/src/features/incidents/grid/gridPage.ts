// Grid worker page (phone), the page controller: 上报问题 (ReportForm) and 我的上报 (MyReports) with live status from
// /hubs/console (own reports only).
import { getCounty } from '../../../api/endpoints';
import { getCategories } from '../api';
import { hubEvents } from '../../../live/hubContract';
import type { SystemInfo } from '../../../api/types';
import { gridText as t } from './words';
import { HUBS, LiveConnection } from '../../../live';
import { clockTime } from '../../../shared/format';
import { Lookup } from '../../../shared/lookup';
import { Disposables, pageTop, signedInAs, type PageController } from '../../../shared/page';
import { h } from '../../../util/dom';
import { MyReports } from './myReports';
import { ReportForm } from './reportForm';

export class GridPage implements PageController {
  private readonly live = new LiveConnection(HUBS.console);
  private readonly info = h('div', { class: 'field-info grid-info', id: 'grid-info', role: 'status', 'aria-live': 'polite' });
  private readonly disposables = new Disposables();
  private infoTimer: number | undefined;

  constructor(private readonly system: SystemInfo | null) {}

  async mount(root: HTMLElement): Promise<void> {
    const me = await signedInAs(root, 'gridWorker');
    if (!me) return;
    const [county, categories] = await Promise.all([getCounty().catch(() => null), getCategories().catch(() => [])]);
    const lookup = new Lookup(county);
    lookup.setCategories(categories);

    const reports = new MyReports(lookup, (text) => this.say(text));
    const gridName = me.gridId ? lookup.grid(me.gridId) : me.townshipId ? lookup.township(me.townshipId) : '';
    const form = new ReportForm(lookup, (inc) => reports.add(inc), gridName);

    root.replaceChildren(...pageTop(t.title, me, this.live, this.system), h('main', { class: 'field-main' }, this.info, form.el, reports.el));
    document.title = t.title;
    form.mountMap(county, me);

    this.disposables.add(
      this.live.on(hubEvents.incidentChanged, (e) => reports.changed(e)),
      this.live.onReconnected(() => void reports.refresh()),
      () => window.clearTimeout(this.infoTimer),
    );
    await this.live.start();
    await reports.refresh();
    this.disposables.every(60_000, () => void reports.refresh());
  }

  dispose(): void {
    this.disposables.dispose();
    void this.live.stop();
  }

  /** A note at the top for 15 s. */
  private say(text: string): void {
    this.info.textContent = text ? `${clockTime(new Date().toISOString())} ${text}` : '';
    window.clearTimeout(this.infoTimer);
    if (text) this.infoTimer = window.setTimeout(() => (this.info.textContent = ''), 15_000);
  }
}
