// The triage queue (待分拣工单): 12345 tickets whose category maps to no category, or that came with only an address.
// A command centre picks the category and clicks the place on the map; the ticket then becomes an incident.
// The caller's contact is shown here only (the command centres may call back to ask where it is).
// Hooks: #triage-list, rows .triage-row[data-ticket-id], #triage-category, #triage-location (data-lat / data-lon),
// #triage-submit, #triage-error.
import type L from 'leaflet';
import { placeTicket } from '../api';
import type { HotlineAnswer, TriageTicket } from '../types';
import { hotlineText as t } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { shortDateTime } from '../../../shared/format';
import { LocationPicker } from '../../../shared/locationPicker';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';

export class TriageQueue {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'triage-list', id: 'triage-list' });
  private readonly note = h('div', { class: 'triage-note', role: 'status', 'aria-live': 'polite' });
  private open: { ticketId: string; picker: LocationPicker } | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly lookup: Lookup,
    private readonly onPlaced: (answer: HotlineAnswer) => void,
  ) {
    this.el = h('section', { class: 'hotline-section' }, h('h3', {}, t.triageTitle), h('p', { class: 'hotline-hint' }, t.triageHint), this.note, this.list);
  }

  get count(): number {
    return this.list.querySelectorAll('.triage-row').length;
  }

  show(tickets: TriageTicket[]): void {
    // A form being filled in stays open when its ticket is still waiting.
    const keep = this.open && tickets.some((x) => x.ticketId === this.open?.ticketId) ? this.open.ticketId : null;
    if (!keep) this.closeForm();
    const rows = tickets.map((x) => (x.ticketId === keep ? this.list.querySelector<HTMLElement>(`[data-ticket-id="${CSS.escape(x.ticketId)}"]`) ?? this.row(x) : this.row(x)));
    this.list.replaceChildren(...(rows.length ? rows : [h('li', { class: 'empty' }, t.triageEmpty)]));
  }

  dispose(): void {
    this.closeForm();
  }

  private row(x: TriageTicket): HTMLElement {
    const caller = x.contact ? [x.contact.name, x.contact.phone].filter(Boolean).join(' ') : t.noCaller;
    const place = h('button', { type: 'button', class: 'btn btn-primary triage-place' }, t.place);
    const li = h(
      'li',
      { class: 'triage-row', 'data-ticket-id': x.ticketId },
      h('div', { class: 'triage-head' }, h('strong', {}, t.ticket(x.ticketId)), h('span', { class: 'badge' }, t.reasons[x.reason] ?? x.reason)),
      h('div', { class: 'triage-desc' }, x.description),
      h('dl', { class: 'triage-facts' },
        h('dt', {}, t.hotlineCategory), h('dd', {}, x.category),
        h('dt', {}, t.address), h('dd', {}, x.address ?? t.noAddress),
        h('dt', {}, t.caller), h('dd', { class: 'triage-caller' }, caller),
        h('dt', {}, t.deadline), h('dd', {}, t.deadlineClasses[x.deadlineClass] ?? x.deadlineClass),
        h('dt', {}, t.received), h('dd', {}, shortDateTime(x.receivedAt))),
      place,
    );
    place.addEventListener('click', () => this.openForm(li, x));
    return li;
  }

  private openForm(li: HTMLElement, x: TriageTicket): void {
    this.closeForm();
    const error = h('div', { class: 'form-error', id: 'triage-error', role: 'alert' });
    const category = h('select', { id: 'triage-category' }, h('option', { value: '' }, t.chooseCategory),
      ...this.lookup.categoryList().map((c) => h('option', { value: c.id }, c.name)));
    const picker = new LocationPicker({ id: 'triage-location', text: { none: t.pickOnMap, map: t.pickedAt }, onError: (m) => (error.textContent = m), zIndexOffset: 5000 });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'triage-submit' }, t.confirm);
    const cancel = h('button', { type: 'button', class: 'btn' }, t.cancel);
    const runner = new BusyRunner({ error, setBusy: (b) => { submit.disabled = b; submit.textContent = b ? t.working : t.confirm; } });
    const form = h('form', { class: 'triage-form', novalidate: true },
      h('label', { for: 'triage-category' }, t.category), category, h('div', { class: 'dialog-label' }, t.location), picker.el, error,
      h('div', { class: 'dialog-buttons' }, cancel, submit));
    cancel.addEventListener('click', () => this.closeForm());
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void (async () => {
        if (!category.value) {
          error.textContent = t.chooseCategory;
          category.focus();
          return;
        }
        const at = picker.require(t.missingLocation);
        if (!at) return;
        const answer = await runner.run(() => placeTicket(x.ticketId, category.value, at));
        if (!answer) return;
        this.closeForm();
        li.remove();
        this.note.textContent = t.placed(answer.incidentId ?? '');
        this.onPlaced(answer);
      })();
    });
    li.append(form);
    picker.listen(this.map);
    this.map.getContainer().classList.add('picking');
    if (x.location) this.map.setView([x.location.lat, x.location.lon], Math.max(this.map.getZoom(), 15));
    this.open = { ticketId: x.ticketId, picker };
    category.focus();
  }

  private closeForm(): void {
    if (!this.open) return;
    this.open.picker.unlisten();
    this.map.getContainer().classList.remove('picking');
    this.list.querySelector('.triage-form')?.remove();
    this.open = null;
  }
}
