// 上报问题: category, priority, description, photos, position (device or a tap on the small map).
// Hooks: #report-form, #report-category, #report-priority, #report-description, #report-photo, #report-locate,
// #report-location[data-lat][data-lon][data-source], #report-map, #report-error, #report-submit, #report-result
// (data-incident-id, data-merged), #report-retry-photos.
import L from 'leaflet';
import { errorMessage } from '../../../api/http';
import { createIncident, uploadEvidence } from '../api';
import { isReceipt, type Incident, type NewIncident } from '../types';
import type { County, Me, PolygonGeometry } from '../../../api/types';
import { gridText as t } from './words';
import { incidentText as it } from '../words';
import { createBaseMap } from '../../../map/baseMap';
import { addOutlineLayers } from '../../../map/townshipLayer';
import { BusyRunner } from '../../../shared/busy';
import { LocationPicker } from '../../../shared/locationPicker';
import { h } from '../../../util/dom';
import { icon } from '../../../util/icons';
import type { Lookup } from '../../../shared/lookup';
import { IdempotencyKeys } from '../formParts';
import { IncidentFields } from '../incidentFields';
import { PhotoPicker, type PickedPhoto } from '../../../shared/photoPicker';

function feature(outline: PolygonGeometry): GeoJSON.Feature {
  return { type: 'Feature', properties: {}, geometry: outline as GeoJSON.Geometry };
}


export class ReportForm {
  readonly el: HTMLElement;
  private readonly fields: IncidentFields;
  private readonly photos: PhotoPicker;
  private readonly picker: LocationPicker;
  private readonly mapEl = h('div', { id: 'report-map', class: 'report-map' });
  private readonly error = h('div', { class: 'form-error', id: 'report-error', role: 'alert', 'aria-live': 'polite' });
  private readonly result = h('div', { class: 'report-result', id: 'report-result', role: 'status', 'aria-live': 'polite' });
  private readonly submit: HTMLButtonElement;
  private readonly keys = new IdempotencyKeys();
  private readonly runner: BusyRunner;

  constructor(
    lookup: Lookup,
    private readonly onReported: (inc: Incident) => void,
    gridName: string,
  ) {
    this.fields = new IncidentFields('report', lookup, t.descriptionPlaceholder);
    this.photos = new PhotoPicker({ inputId: 'report-photo', alt: t.photo, onError: (m) => (this.error.textContent = m) });
    this.picker = new LocationPicker({
      id: 'report-location',
      text: { none: t.locationNone, map: t.locatedMap, device: t.locatedGps, locate: { id: 'report-locate', label: t.locate, busy: t.locating } },
      onError: (m) => (this.error.textContent = m),
    });
    this.submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big', id: 'report-submit' }, t.submit);
    this.runner = new BusyRunner({
      error: this.error,
      setBusy: (b) => {
        this.submit.disabled = b;
        this.submit.textContent = b ? t.submitting : t.submit;
      },
    });

    const form = h(
      'form',
      { id: 'report-form', class: 'report-form', novalidate: true },
      h('label', { for: 'report-category' }, t.category),
      this.fields.category,
      h('label', { for: 'report-priority' }, t.priority),
      this.fields.priority,
      h('label', { for: 'report-description' }, t.description),
      this.fields.description,
      h('div', { class: 'form-label' }, t.photo),
      h('div', { class: 'photo-row' }, h('label', { for: 'report-photo', class: 'btn photo-button' }, icon('camera'), t.addPhoto), this.photos.input, h('span', { class: 'muted photo-hint' }, t.photoHint)),
      this.photos.list,
      h('div', { class: 'form-label' }, t.location),
      h('div', { class: 'locate-row' }, this.picker.locateButton),
      this.picker.el,
      this.mapEl,
      h('div', { class: 'muted map-hint' }, t.mapHint),
      this.error,
      this.submit,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
    this.el = h(
      'section',
      { class: 'card', id: 'report-card' },
      h('h2', {}, t.reportTitle),
      gridName ? h('div', { class: 'muted report-grid', id: 'report-grid' }, t.myGrid(gridName)) : null,
      form,
      this.result,
    );
  }

  /** Call once the form is in the document (Leaflet needs the container's size). */
  mountMap(county: County | null, me: Me): void {
    const map = createBaseMap(this.mapEl, county?.center ?? null);
    let bounds: L.LatLngBounds | null = null;
    if (county) {
      const outlines = addOutlineLayers(map, county);
      const mine = county.grids.find((g) => g.id === me.gridId) ?? null;
      if (mine?.outline) {
        const layer = L.geoJSON(feature(mine.outline), {
          interactive: false,
          style: { color: '#e0620d', weight: 2.5, opacity: 0.95, fillColor: '#ffb27a', fillOpacity: 0.12 },
        }).addTo(map);
        bounds = layer.getBounds();
      }
      if (!bounds?.isValid()) {
        const township = county.townships.find((x) => x.id === me.townshipId);
        if (township?.outline) bounds = L.geoJSON(feature(township.outline)).getBounds();
      }
      if (!bounds?.isValid()) bounds = outlines.bounds;
    }
    if (bounds?.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
    this.picker.listen(map);
    this.picker.useGrantedPosition();
  }

  private reset(): void {
    this.fields.reset();
    this.photos.clear();
    this.picker.reset();
    this.keys.reset();
  }

  private async send(): Promise<void> {
    this.error.textContent = '';
    const draft = this.fields.read(this.picker, t, (m, focus) => this.fail(m, focus));
    if (!draft) return;
    const body: NewIncident = { ...draft, source: 'grid' };
    const key = this.keys.keyFor(body);
    await this.runner.run(async () => {
      const inc = await createIncident(body, key);
      const photos = this.photos.take();
      this.reset();
      if (isReceipt(inc)) {
        // Merged into a case someone else reported: the grid worker does not follow it, and cannot add photos to it.
        for (const p of photos) URL.revokeObjectURL(p.preview);
        this.result.dataset.incidentId = inc.id;
        this.result.dataset.merged = 'true';
        this.result.classList.remove('failed');
        this.result.replaceChildren(t.mergedElsewhere(inc.id) + (photos.length ? t.photosNotAttached : ''));
        return;
      }
      this.onReported(inc);
      const headline = inc.merged ? t.merged(inc.id) : t.created(inc.id);
      this.result.dataset.incidentId = inc.id;
      this.result.dataset.merged = String(!!inc.merged);
      this.result.classList.remove('failed');
      this.result.replaceChildren(headline);
      await this.uploadPhotos(inc, photos, headline);
    });
  }

  /** Photos go to the incident after it exists (also when the report was merged into another one). */
  private async uploadPhotos(inc: Incident, photos: PickedPhoto[], headline: string): Promise<void> {
    if (!photos.length) return;
    const left = [...photos];
    let done = 0;
    try {
      while (left.length) {
        this.result.replaceChildren(`${headline}，${it.photoUploading(done + 1, photos.length)}`);
        await uploadEvidence(inc.id, left[0]!.file, left[0]!.file.name);
        URL.revokeObjectURL(left.shift()!.preview);
        done++;
      }
      this.result.classList.remove('failed');
      this.result.replaceChildren(headline + t.photosUploaded(done));
    } catch (e) {
      const retry = h('button', { type: 'button', class: 'btn', id: 'report-retry-photos' }, t.retryPhotos);
      retry.addEventListener('click', () => void this.uploadPhotos(inc, left, headline));
      this.result.classList.add('failed');
      this.result.replaceChildren(h('div', {}, headline), h('div', { class: 'form-error' }, t.photosFailed + errorMessage(e)), retry);
    }
  }

  private fail(message: string, focus?: HTMLElement): void {
    this.error.textContent = message;
    focus?.focus();
  }
}
