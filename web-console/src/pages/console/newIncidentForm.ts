// Hotline intake (新建事件): category, priority, description, source; the location is a click on the map.
// Hooks: #new-incident-form, #new-source, #new-category, #new-priority, #new-description, #new-location
// (data-lat / data-lon once picked), #new-submit, #new-cancel, #new-error.
import L from 'leaflet';
import { errorMessage } from '../../api/http';
import { createIncident } from '../../api/incidents';
import type { Incident, IncidentSource, LatLon, NewIncident, Priority } from '../../api/types';
import { incidentText as t, sourceName } from '../../i18n/incidents';
import { h } from '../../util/dom';
import { categorySelect, IdempotencyKeys, PIN, prioritySelect } from '../incidents/formParts';
import type { Lookup } from '../../shared/lookup';

const SOURCES: IncidentSource[] = ['hotline', 'patrol', 'whistle', 'sensor', 'assigned'];


export class NewIncidentForm {
  readonly el: HTMLElement;
  private readonly source: HTMLSelectElement;
  private readonly category: HTMLSelectElement;
  private readonly priority: HTMLSelectElement;
  private readonly description: HTMLTextAreaElement;
  private readonly location: HTMLElement;
  private readonly error = h('div', { class: 'form-error', id: 'new-error', role: 'alert', 'aria-live': 'polite' });
  private readonly submit: HTMLButtonElement;
  private readonly keys = new IdempotencyKeys();
  private point: LatLon | null = null;
  private marker: L.Marker | null = null;
  private priorityTouched = false;

  constructor(
    private readonly map: L.Map,
    lookup: Lookup,
    private readonly onCreated: (inc: Incident) => void,
    onClose: () => void,
  ) {
    this.source = h('select', { id: 'new-source' }, ...SOURCES.map((s) => h('option', { value: s }, sourceName(s))));
    this.category = categorySelect('new-category', lookup);
    this.priority = prioritySelect('new-priority');
    this.description = h('textarea', { id: 'new-description', rows: 4, maxlength: 1000, placeholder: t.hotlinePlaceholder });
    this.location = h('div', { id: 'new-location', class: 'pick-location' }, t.pickOnMap);
    this.submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'new-submit' }, t.submit);
    const cancel = h('button', { type: 'button', class: 'btn', id: 'new-cancel' }, t.cancel);
    const close = h('button', { type: 'button', class: 'ip-close', 'aria-label': t.close, title: t.close }, '×');

    this.category.addEventListener('change', () => {
      const c = lookup.categoryInfo(this.category.value);
      if (c && !this.priorityTouched) this.priority.value = c.defaultPriority;
    });
    this.priority.addEventListener('change', () => (this.priorityTouched = true));
    cancel.addEventListener('click', () => onClose());
    close.addEventListener('click', () => onClose());

    const form = h(
      'form',
      { class: 'new-incident-body', novalidate: true },
      h('label', { for: 'new-source' }, t.source),
      this.source,
      h('label', { for: 'new-category' }, t.category),
      this.category,
      h('label', { for: 'new-priority' }, t.priority),
      this.priority,
      h('label', { for: 'new-description' }, t.description),
      this.description,
      h('div', { class: 'dialog-label' }, t.location),
      this.location,
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
    this.map.on('click', this.onMapClick);
    this.category.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    this.map.getContainer().classList.remove('picking');
    this.map.off('click', this.onMapClick);
    this.marker?.remove();
    this.marker = null;
  }

  private readonly onMapClick = (ev: L.LeafletMouseEvent): void => {
    this.setPoint({ lat: round(ev.latlng.lat), lon: round(ev.latlng.lng) });
  };

  private setPoint(p: LatLon): void {
    this.point = p;
    if (!this.marker) {
      this.marker = L.marker([p.lat, p.lon], { icon: PIN, draggable: true, zIndexOffset: 5000, keyboard: false }).addTo(this.map);
      this.marker.on('dragend', () => {
        const ll = this.marker!.getLatLng();
        this.setPoint({ lat: round(ll.lat), lon: round(ll.lng) });
      });
    } else this.marker.setLatLng([p.lat, p.lon]);
    this.location.textContent = t.pickedAt(p.lat, p.lon);
    this.location.dataset.lat = String(p.lat);
    this.location.dataset.lon = String(p.lon);
    this.location.classList.add('picked');
  }

  private reset(): void {
    this.category.value = '';
    this.priority.value = 'normal';
    this.priorityTouched = false;
    this.description.value = '';
    this.point = null;
    this.location.textContent = t.pickOnMap;
    delete this.location.dataset.lat;
    delete this.location.dataset.lon;
    this.location.classList.remove('picked');
    this.marker?.remove();
    this.marker = null;
    this.error.textContent = '';
    this.keys.reset();
  }

  private async send(): Promise<void> {
    this.error.textContent = '';
    const description = this.description.value.trim();
    if (!this.category.value) return this.fail(t.missingCategory, this.category);
    if (!description) return this.fail(t.missingDescription, this.description);
    if (!this.point) return this.fail(t.missingLocation);
    const body: NewIncident = {
      category: this.category.value,
      description,
      priority: this.priority.value as Priority,
      location: this.point,
      source: this.source.value as IncidentSource,
    };
    const key = this.keys.keyFor(body);
    this.submit.disabled = true;
    this.submit.textContent = t.working;
    try {
      const inc = await createIncident(body, key);
      this.reset();
      this.onCreated(inc);
    } catch (e) {
      this.error.textContent = errorMessage(e);
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = t.submit;
    }
  }

  private fail(message: string, focus?: HTMLElement): void {
    this.error.textContent = message;
    focus?.focus();
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
