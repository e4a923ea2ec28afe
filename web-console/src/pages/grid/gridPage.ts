// Grid worker page (phone): 上报问题 and 我的上报 with live status from /hubs/console (own reports only).
import { getCounty, getMe } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/http';
import { getCategories } from '../../api/incidents';
import type { IncidentChanged, Me, SystemInfo } from '../../api/types';

import { gridText as t } from '../../i18n/grid';
import { HUBS, LiveConnection } from '../../live';
import { h } from '../../util/dom';
import { Lookup } from '../../shared/lookup';
import { modeBanner } from '../shared/banner';
import { pageHeader } from '../shared/header';
import { MyReports } from './myReports';
import { ReportForm } from './reportForm';
import { clockTime } from '../../shared/format';

export async function renderGridPage(root: HTMLElement, system: SystemInfo | null): Promise<void> {
  let me: Me;
  try {
    me = await getMe();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) root.replaceChildren(h('div', { class: 'page-error', role: 'alert' }, errorMessage(e)));
    return;
  }
  if (me.role !== 'gridWorker') {
    location.replace('index.html');
    return;
  }
  const [county, categories] = await Promise.all([getCounty().catch(() => null), getCategories().catch(() => [])]);
  const lookup = new Lookup(county);
  lookup.setCategories(categories);

  const live = new LiveConnection(HUBS.console);
  const info = h('div', { class: 'field-info grid-info', id: 'grid-info', role: 'status', 'aria-live': 'polite' });
  let infoTimer: number | undefined;
  const say = (text: string) => {
    info.textContent = text ? `${clockTime(new Date().toISOString())} ${text}` : '';
    window.clearTimeout(infoTimer);
    if (text) infoTimer = window.setTimeout(() => (info.textContent = ''), 15_000);
  };

  const reports = new MyReports(lookup, say);
  const gridName = me.gridId ? lookup.grid(me.gridId) : me.townshipId ? lookup.township(me.townshipId) : '';
  const form = new ReportForm(lookup, (inc) => reports.add(inc), gridName);

  root.replaceChildren(
    ...[pageHeader(t.title, me, live, () => void live.stop()), modeBanner(system)].filter((x): x is HTMLElement => !!x),
    h('main', { class: 'field-main' }, info, form.el, reports.el),
  );
  document.title = t.title;
  form.mountMap(county, me);

  live.on<IncidentChanged>('incidentChanged', (e) => reports.changed(e));
  live.onReconnected(() => void reports.refresh());
  await live.start();
  await reports.refresh();
  window.setInterval(() => void reports.refresh(), 60_000);
}
