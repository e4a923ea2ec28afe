// Hotline intake (新建事件): category, priority, description, source; the location is a click on the map.
// Hooks: #new-incident-form, #new-source, #new-category, #new-priority, #new-description, #new-location
// (data-lat / data-lon once picked), #new-submit, #new-cancel, #new-error.
import type L from 'leaflet';
import { createIncident } from '../api';
import { isReceipt, type Incident, type IncidentSource, type NewIncident } from '../types';
import { sourceName, incidentText as t } from '../words';
import { formText } from '../../../shared/words';
import { LocationPicker } from '../../../shared/locationPicker';
import { MapFormPanel } from '../../../shared/mapFormPanel';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { IdempotencyKeys } from '../formParts';
import { IncidentFields } from '../incidentFields';

const SOURCES: IncidentSource[] = ['hotline', 'patrol', 'whistle', 'sensor', 'assigned'];

export class NewIncidentForm {
  readonly el: HTMLElement;
  private readonly source: HTMLSelectElement;
  private readonly fields: IncidentFields;
  private readonly picker: LocationPicker;
  private readonly error = h('div', { class: 'form-error', id: 'new-error', role: 'alert', 'aria-live': 'polite' });
  private readonly keys = new IdempotencyKeys();
  private readonly panel: MapFormPanel;
  readonly open = (): void => this.panel.open();
  readonly close = (): void => this.panel.close();

  constructor(
    map: L.Map,
    lookup: Lookup,
    private readonly onCreated: (inc: Incident) => void,
    onClose: () => void,
  ) {
    this.source = h('select', { id: 'new-source' }, ...SOURCES.map((s) => h('option', { value: s }, sourceName(s))));
    this.fields = new IncidentFields('new', lookup, t.hotlinePlaceholder);
    this.picker = new LocationPicker({ id: 'new-location', text: { none: t.pickOnMap, map: t.pickedAt }, onError: (m) => (this.error.textContent = m), zIndexOffset: 5000 });
    this.panel = new MapFormPanel(map, {
      id: 'new-incident-form',
      title: t.newTitle,
      closeLabel: formText.close,
      picker: this.picker,
      error: this.error,
      submit: { id: 'new-submit', label: t.submit, busy: formText.working },
      cancel: { id: 'new-cancel', label: formText.cancel },
      onSubmit: () => void this.send(),
      onClose,
      first: () => this.fields.category,
      body: [
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
      ],
    });
    this.el = this.panel.el;
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
    const inc = await this.panel.runner.run(() => createIncident(body, key));
    if (!inc) return;
    this.reset();
    if (isReceipt(inc)) this.error.textContent = t.mergedElsewhere(inc.id);
    else this.onCreated(inc);
  }
}
