// The console's hotline tab (热线): the triage queue for the command centres and, for the county, the results that
// could not be sent back to the 12345 system. Neither list is pushed: both load when the tab mounts, on every
// reconnect (refresh) and every 30 s (the triage queue every page of it).
// Hooks: #tab-hotline (aria-selected), #pane-hotline (ConsoleTabs makes both), count #hotline-count (tickets waiting;
// class alert when any dead letter is listed).
import type L from 'leaflet';
import { getAllTriageTickets, getDeliveries } from '../api';
import { errorMessage } from '../../../api/http';
import type { Role } from '../../../api/types';
import { hotlineText as t } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { Disposables } from '../../../shared/page';
import { h } from '../../../util/dom';
import { DeliveryList } from './deliveryList';
import { TriageQueue } from './triageQueue';
import '../../../styles/hotline.css';

/** Who triages 12345 tickets (and sees the callers' contacts), and who sees the dead letters. */
export const TRIAGE_ROLES: ReadonlySet<Role> = new Set(['countyCommander', 'zoneDispatcher']);
const DEAD_LETTER_ROLES: ReadonlySet<Role> = new Set(['countyCommander']);

export interface ConsoleHotlineDeps {
  /** The 热线 tab's pane and count badge (ConsoleTabs). */
  pane: HTMLElement;
  count: HTMLElement;
  map: L.Map;
  lookup: Lookup;
  role: Role;
  /** An incident was made from a ticket: the incident side shows it. */
  onIncident: () => void;
}

export class ConsoleHotline {
  private readonly count: HTMLElement;
  private readonly error = h('div', { class: 'form-error', role: 'alert' });
  private readonly triage: TriageQueue;
  private readonly deliveries: DeliveryList | null;
  private readonly disposables = new Disposables();

  constructor(d: ConsoleHotlineDeps) {
    this.count = d.count;
    this.triage = new TriageQueue(d.map, d.lookup, () => {
      this.updateCount();
      d.onIncident();
    });
    this.deliveries = DEAD_LETTER_ROLES.has(d.role) ? new DeliveryList() : null;
    d.pane.append(h('div', { class: 'hotline-scroll' }, this.error, this.triage.el, ...(this.deliveries ? [this.deliveries.el] : [])));
    this.disposables.every(30_000, () => void this.refresh());
  }

  async refresh(): Promise<void> {
    try {
      const [queue, failed] = await Promise.all([getAllTriageTickets(), this.deliveries ? getDeliveries('failed') : Promise.resolve([])]);
      this.error.textContent = '';
      this.triage.show(queue.items);
      this.deliveries?.show(failed);
      this.updateCount();
    } catch (e) {
      this.error.textContent = t.loadFailed + errorMessage(e);
    }
  }

  dispose(): void {
    this.disposables.dispose();
    this.triage.dispose();
  }

  private updateCount(): void {
    const waiting = this.triage.count;
    this.count.textContent = waiting ? String(waiting) : '';
    this.count.classList.toggle('alert', (this.deliveries?.count ?? 0) > 0);
    if (!waiting && this.deliveries?.count) this.count.textContent = '!';
  }
}
