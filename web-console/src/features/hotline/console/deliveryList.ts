// Results that could not be sent back to the 12345 system (死信): every retry failed, or no webhook is configured.
// Hooks: #delivery-list, rows .delivery-row[data-ticket-id].
import type { HotlineDelivery } from '../types';
import { hotlineText as t } from '../words';
import { incidentStatusName } from '../../incidents/words';
import { shortDateTime } from '../../../shared/format';
import { h } from '../../../util/dom';

export class DeliveryList {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'delivery-list', id: 'delivery-list' });

  constructor() {
    this.el = h('section', { class: 'hotline-section' }, h('h3', {}, t.deliveriesTitle), h('p', { class: 'hotline-hint' }, t.deliveriesHint), this.list);
  }

  get count(): number {
    return this.list.querySelectorAll('.delivery-row').length;
  }

  show(failed: HotlineDelivery[]): void {
    const rows = failed.map((d) =>
      h('li', { class: 'delivery-row', 'data-ticket-id': d.ticketId },
        h('div', { class: 'triage-head' }, h('strong', {}, t.ticket(d.ticketId)), h('span', { class: 'badge alert' }, t.attempts(d.attempts))),
        h('dl', { class: 'triage-facts' },
          h('dt', {}, t.incident), h('dd', {}, `${d.incidentId}（${incidentStatusName(d.status)}）`),
          h('dt', {}, t.result), h('dd', {}, d.result ?? '—'),
          h('dt', {}, t.lastError), h('dd', {}, d.lastError ?? '—'),
          h('dt', {}, t.updated), h('dd', {}, shortDateTime(d.updatedAt)))),
    );
    this.list.replaceChildren(...(rows.length ? rows : [h('li', { class: 'empty' }, t.deliveriesEmpty)]));
  }
}
