// Hotline intake (新建事件): category, priority, description, source; the location is a click on the map.
// Hooks: #new-incident-form, #new-source, #new-category, #new-priority, #new-description, #new-location
// (data-lat / data-lon once picked), #new-submit, #new-cancel, #new-error.
import type L from 'leaflet';
import { createIncident } from '../../api/incidents';
import { isReceipt, type Incident, type IncidentSource, type NewIncident } from '../../api/types';
import { incidentText as t, sourceName } from '../../i18n/incidents';
import { BusyRunner } from '../../shared/busy';
import { LocationPicker } from '../../shared/locationPicker';
import type { Lookup } from '../../shared/lookup';
import { h } from '../../util/dom';
import { IdempotencyKeys } from '../incidents/formParts';
import { IncidentFields } from '../incidents/incidentFields';

const SOURCES: IncidentSource[] = ['hotline', 'patrol', 'whistle', 'sensor', 'assigned'];

export class NewIncidentForm {
  readonly el: HTMLElement;
  private readonly source: HTMLSelectElement;
  private readonly fields: IncidentFields;
  private readonly picker: LocationPicker;
  private readonly error = h('div', { class: 'form-error', id: 'new-error', role: 'alert', 'aria-live': 'polite' });
  private readonly submit: HTMLButtonElement;
  private readonly keys = new IdempotencyKeys();
  private readonly runner: BusyRunner;

  constructor(
    private readonly map: L.Map,
    lookup: Lookup,
    private readonly onCreated: (inc: Incident) => void,
    onClose: () => void,
  ) {
    this.source = h('select', { id: 'new-source' }, ...SOURCES.map((s) => h('option', { value: s }, sourceName(s))));
    this.fields = new IncidentFields('new', lookup, t.hotlinePlaceholder);
    this.picker = new LocationPicker({ id: 'new-location', text: { none: t.pickOnMap, map: t.pickedAt }, onError: (m) => (this.error.textContent = m), zIndexOffset: 5000 });
    this.submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'new-submit' }, t.submit);
    this.runner = new BusyRunner({
      error: this.error,
      setBusy: (b) => {
        this.submit.disabled = b;
        this.submit.textContent = b ? t.working : t.submit;
      },
    });
    const cancel = h('button', { type: 'button', class: 'btn', id: 'new-cancel' }, t.cancel);
    const close = h('button', { type: 'button', class: 'ip-close', 'aria-label': t.close, title: t.close }, '×');
    cancel.addEventListener('click', () => onClose());
    close.addEventListener('click', () => onClose());

    const form = h(
      'form',
      { class: 'new-incident-body', novalidate: true },
      h('label', { for: 'new-source' }, t.source),
      this.source,
      h('label', { for: 'new-category' }, t.category),
      this.fields.category,
      h('label', { for: 'new-priority' }, t.priority),
      this.fields.priority,
      h('label', { for: 'new-description' }, t.description),
      this.fields.description,
      h('div', { class: 'dialog-label' }, t.location),
      this.picker.el,
      this.error,
      h('div', { class: 'dialog-buttons' }, cancel, this.submit),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
    this.el = h(
      'section',
      { class: 'incident-panel new-incident', id: 'new-incident-form', hidden: true, 'aria-label': t.newTitle },
      h('header', { class: 'ip-header' }, h('div', { class: 'ip-head' }, h('h2', { class: 'ip-title' }, t.newTitle)), close),
      h('div', { class: 'ip-scroll' }, form),
    );
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(): void {
    if (this.isOpen) return;
    this.el.hidden = false;
    this.map.getContainer().classList.add('picking');
    this.picker.listen(this.map);
    this.fields.category.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    this.map.getContainer().classList.remove('picking');
    this.picker.unlisten();
  }

  private reset(): void {
    this.fields.reset();
    this.picker.reset();
    this.error.textContent = '';
    this.keys.reset();
  }

  private async send(): Promise<void> {
    this.error.textContent = '';
    const draft = this.fields.read(this.picker, t, (m, focus) => {
      this.error.textContent = m;
      focus?.focus();
    });
    if (!draft) return;
    const body: NewIncident = { ...draft, source: this.source.value as IncidentSource };
    const key = this.keys.keyFor(body);
    const inc = await this.runner.run(() => createIncident(body, key));
    if (!inc) return;
    this.reset();
    if (isReceipt(inc)) this.error.textContent = t.mergedElsewhere(inc.id);
    else this.onCreated(inc);
  }
}
