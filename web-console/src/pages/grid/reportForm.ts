// 上报问题: category, priority, description, photos, position (device or a tap on the small map).
// Hooks: #report-form, #report-category, #report-priority, #report-description, #report-photo, #report-locate,
// #report-location[data-lat][data-lon][data-source], #report-map, #report-error, #report-submit, #report-result
// (data-incident-id, data-merged), #report-retry-photos.
import L from 'leaflet';
import { errorMessage } from '../../api/http';
import { createIncident, uploadEvidence } from '../../api/incidents';
import type { County, Incident, LatLon, Me, NewIncident, PolygonGeometry, Priority } from '../../api/types';
import { fieldText } from '../../i18n/field';
import { gridText as t } from '../../i18n/grid';
import { incidentText as it } from '../../i18n/incidents';
import { createBaseMap } from '../../map/baseMap';
import { addOutlineLayers } from '../../map/townshipLayer';
import { h } from '../../util/dom';
import { icon } from '../../util/icons';
import type { Lookup } from '../../shared/lookup';
import { categorySelect, IdempotencyKeys, PIN, prioritySelect } from '../incidents/formParts';
import { PhotoPicker, type PickedPhoto } from '../incidents/photoPicker';

function feature(outline: PolygonGeometry): GeoJSON.Feature {
  return { type: 'Feature', properties: {}, geometry: outline as GeoJSON.Geometry };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export class ReportForm {
  readonly el: HTMLElement;
  private readonly category: HTMLSelectElement;
  private readonly priority: HTMLSelectElement;
  private readonly description: HTMLTextAreaElement;
  private readonly photos: PhotoPicker;
  private readonly location = h('div', { id: 'report-location', class: 'pick-location' }, t.locationNone);
  private readonly locate: HTMLButtonElement;
  private readonly mapEl = h('div', { id: 'report-map', class: 'report-map' });
  private readonly error = h('div', { class: 'form-error', id: 'report-error', role: 'alert', 'aria-live': 'polite' });
  private readonly result = h('div', { class: 'report-result', id: 'report-result', role: 'status', 'aria-live': 'polite' });
  private readonly submit: HTMLButtonElement;
  private readonly keys = new IdempotencyKeys();
  private point: LatLon | null = null;
  private map: L.Map | null = null;
  private marker: L.Marker | null = null;
  private priorityTouched = false;

  constructor(
    lookup: Lookup,
    private readonly onReported: (inc: Incident) => void,
    gridName: string,
  ) {
    this.category = categorySelect('report-category', lookup);
    this.priority = prioritySelect('report-priority');
    this.description = h('textarea', { id: 'report-description', rows: 4, maxlength: 1000, placeholder: t.descriptionPlaceholder });
    this.photos = new PhotoPicker({ inputId: 'report-photo', alt: t.photo, onError: (m) => (this.error.textContent = m) });
    this.locate = h('button', { type: 'button', class: 'btn photo-button', id: 'report-locate' }, icon('pin'), t.locate);
    this.submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big', id: 'report-submit' }, t.submit);

    this.category.addEventListener('change', () => {
      const c = lookup.categoryInfo(this.category.value);
      if (c && !this.priorityTouched) this.priority.value = c.defaultPriority;
    });
    this.priority.addEventListener('change', () => (this.priorityTouched = true));
    this.locate.addEventListener('click', () => this.useDevicePosition(true));

    const form = h(
      'form',
      { id: 'report-form', class: 'report-form', novalidate: true },
      h('label', { for: 'report-category' }, t.category),
      this.category,
      h('label', { for: 'report-priority' }, t.priority),
      this.priority,
      h('label', { for: 'report-description' }, t.description),
      this.description,
      h('div', { class: 'form-label' }, t.photo),
      h('div', { class: 'photo-row' }, h('label', { for: 'report-photo', class: 'btn photo-button' }, icon('camera'), t.addPhoto), this.photos.input, h('span', { class: 'muted photo-hint' }, t.photoHint)),
      this.photos.list,
      h('div', { class: 'form-label' }, t.location),
      h('div', { class: 'locate-row' }, this.locate),
      this.location,
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
    this.map = map;
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
    map.on('click', (ev: L.LeafletMouseEvent) => this.setPoint({ lat: round(ev.latlng.lat), lon: round(ev.latlng.lng) }, 'map', null));
    // Use the device position right away when the permission was already given (no prompt on load).
    void navigator.permissions
      ?.query({ name: 'geolocation' })
      .then((p) => {
        if (p.state === 'granted' && !this.point) this.useDevicePosition(false);
      })
      .catch(() => undefined);
  }

  private useDevicePosition(userAsked: boolean): void {
    if (!('geolocation' in navigator)) {
      if (userAsked) this.error.textContent = fieldText.noGeolocation;
      return;
    }
    this.locate.disabled = true;
    this.locate.textContent = t.locating;
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.locateDone();
        this.setPoint({ lat: round(p.coords.latitude), lon: round(p.coords.longitude) }, 'device', p.coords.accuracy ?? null);
        this.map?.setView([p.coords.latitude, p.coords.longitude], Math.max(this.map.getZoom(), 16));
      },
      (err) => {
        this.locateDone();
        if (!userAsked) return;
        this.error.textContent = !window.isSecureContext
          ? fieldText.geoInsecure
          : err.code === err.PERMISSION_DENIED
            ? fieldText.geoDenied
            : err.code === err.TIMEOUT
              ? fieldText.geoTimeout
              : fieldText.geoUnavailable;
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 10_000 },
    );
  }

  private locateDone(): void {
    this.locate.disabled = false;
    this.locate.replaceChildren(icon('pin'), t.locate);
  }

  private setPoint(p: LatLon, source: 'map' | 'device', accuracy: number | null): void {
    this.point = p;
    this.error.textContent = '';
    if (this.map) {
      if (!this.marker) {
        this.marker = L.marker([p.lat, p.lon], { icon: PIN, draggable: true, keyboard: false }).addTo(this.map);
        this.marker.on('dragend', () => {
          const ll = this.marker!.getLatLng();
          this.setPoint({ lat: round(ll.lat), lon: round(ll.lng) }, 'map', null);
        });
      } else this.marker.setLatLng([p.lat, p.lon]);
    }
    this.location.textContent = source === 'device' ? t.locatedGps(p.lat, p.lon, accuracy) : t.locatedMap(p.lat, p.lon);
    this.location.dataset.lat = String(p.lat);
    this.location.dataset.lon = String(p.lon);
    this.location.dataset.source = source;
    this.location.classList.add('picked');
  }

  private reset(): void {
    this.category.value = '';
    this.priority.value = 'normal';
    this.priorityTouched = false;
    this.description.value = '';
    this.photos.clear();
    this.point = null;
    this.marker?.remove();
    this.marker = null;
    this.location.textContent = t.locationNone;
    this.location.classList.remove('picked');
    delete this.location.dataset.lat;
    delete this.location.dataset.lon;
    delete this.location.dataset.source;
    this.keys.reset();
  }

  private async send(): Promise<void> {
    this.error.textContent = '';
    const description = this.description.value.trim();
    if (!this.category.value) return this.fail(t.missingCategory, this.category);
    if (!description) return this.fail(t.missingDescription, this.description);
    if (!this.point) return this.fail(t.missingLocation, this.locate);
    const body: NewIncident = {
      category: this.category.value,
      description,
      priority: this.priority.value as Priority,
      location: this.point,
      source: 'grid',
    };
    const key = this.keys.keyFor(body);
    this.submit.disabled = true;
    this.submit.textContent = t.submitting;
    let inc: Incident;
    try {
      inc = await createIncident(body, key);
    } catch (e) {
      this.error.textContent = errorMessage(e);
      this.submit.disabled = false;
      this.submit.textContent = t.submit;
      return;
    }
    const photos = this.photos.take();
    this.reset();
    this.onReported(inc);
    const headline = inc.merged ? t.merged(inc.id) : t.created(inc.id);
    this.result.dataset.incidentId = inc.id;
    this.result.dataset.merged = String(!!inc.merged);
    this.result.classList.remove('failed');
    this.result.replaceChildren(headline);
    await this.uploadPhotos(inc, photos, headline);
    this.submit.disabled = false;
    this.submit.textContent = t.submit;
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
