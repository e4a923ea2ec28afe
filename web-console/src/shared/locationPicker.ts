// One location picker for every form that places something on the map (hotline intake, grid reports, and the
// whistle and inspection forms to come): a pin set by a click on the map (draggable afterwards) or from the device's
// position, a line that shows the pick (data-lat / data-lon / data-source), and the check that a point was picked.
import L from 'leaflet';
import type { LatLon } from '../api/types';
import { geoText as fieldText } from './words';
import { h } from '../util/dom';
import { icon } from '../util/icons';

export type PickSource = 'map' | 'device';

/** Map pin for a location being picked. */
export const PIN = L.divIcon({
  className: 'pick-marker',
  iconSize: [26, 36],
  iconAnchor: [13, 35],
  html: '<svg viewBox="0 0 26 36" aria-hidden="true"><path d="M13 1C6.4 1 1 6.3 1 12.8 1 21.6 13 35 13 35s12-13.4 12-22.2C25 6.3 19.6 1 13 1Z"/><circle cx="13" cy="13" r="4.5"/></svg>',
});

export interface LocationPickerOptions {
  /** Id of the line that shows the pick. */
  id: string;
  text: {
    none: string;
    map: (lat: number, lon: number) => string;
    device?: (lat: number, lon: number, accuracy: number | null) => string;
    /** The device-position button (omit for pickers that take map clicks only). */
    locate?: { id: string; label: string; busy: string };
  };
  /** Shown when picking fails or a point is missing. */
  onError: (message: string) => void;
  /** Keeps the pin above other markers (the console's map is busy). */
  zIndexOffset?: number;
}

/** Degrees to six places (about 0.1 m). */
export function roundDeg(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export class LocationPicker {
  readonly el: HTMLElement;
  readonly locateButton: HTMLButtonElement | null = null;
  private map: L.Map | null = null;
  private marker: L.Marker | null = null;
  private picked: LatLon | null = null;

  constructor(private readonly o: LocationPickerOptions) {
    this.el = h('div', { id: o.id, class: 'pick-location' }, o.text.none);
    const locate = o.text.locate;
    if (locate) {
      this.locateButton = h('button', { type: 'button', class: 'btn photo-button', id: locate.id }, icon('pin'), locate.label);
      this.locateButton.addEventListener('click', () => this.useDevicePosition(true));
    }
  }

  get point(): LatLon | null {
    return this.picked;
  }

  /** Start taking clicks on the map. */
  listen(map: L.Map): void {
    this.map = map;
    map.on('click', this.onMapClick);
  }

  /** Stop taking clicks; the pin goes away. */
  unlisten(): void {
    this.map?.off('click', this.onMapClick);
    this.marker?.remove();
    this.marker = null;
  }

  /** Use the device position right away when the permission was already given (no prompt on load). */
  useGrantedPosition(): void {
    void navigator.permissions
      ?.query({ name: 'geolocation' })
      .then((p) => {
        if (p.state === 'granted' && !this.picked) this.useDevicePosition(false);
      })
      .catch(() => undefined);
  }

  /** The picked point, or null after saying that one is missing (and focusing the locate button). */
  require(missing: string): LatLon | null {
    if (this.picked) return this.picked;
    this.o.onError(missing);
    this.locateButton?.focus();
    return null;
  }

  reset(): void {
    this.picked = null;
    this.marker?.remove();
    this.marker = null;
    this.el.textContent = this.o.text.none;
    this.el.classList.remove('picked');
    delete this.el.dataset.lat;
    delete this.el.dataset.lon;
    delete this.el.dataset.source;
  }

  private readonly onMapClick = (ev: L.LeafletMouseEvent): void => {
    this.set({ lat: roundDeg(ev.latlng.lat), lon: roundDeg(ev.latlng.lng) }, 'map', null);
  };

  useDevicePosition(userAsked: boolean): void {
    if (!('geolocation' in navigator)) {
      if (userAsked) this.o.onError(fieldText.noGeolocation);
      return;
    }
    this.setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.setLocating(false);
        this.set({ lat: roundDeg(p.coords.latitude), lon: roundDeg(p.coords.longitude) }, 'device', p.coords.accuracy ?? null);
        this.map?.setView([p.coords.latitude, p.coords.longitude], Math.max(this.map.getZoom(), 16));
      },
      (err) => {
        this.setLocating(false);
        if (!userAsked) return;
        this.o.onError(
          !window.isSecureContext
            ? fieldText.geoInsecure
            : err.code === err.PERMISSION_DENIED
              ? fieldText.geoDenied
              : err.code === err.TIMEOUT
                ? fieldText.geoTimeout
                : fieldText.geoUnavailable,
        );
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 10_000 },
    );
  }

  private setLocating(on: boolean): void {
    const b = this.locateButton;
    const locate = this.o.text.locate;
    if (!b || !locate) return;
    b.disabled = on;
    if (on) b.textContent = locate.busy;
    else b.replaceChildren(icon('pin'), locate.label);
  }

  private set(p: LatLon, source: PickSource, accuracy: number | null): void {
    this.picked = p;
    this.o.onError('');
    if (this.map) {
      if (!this.marker) {
        this.marker = L.marker([p.lat, p.lon], { icon: PIN, draggable: true, keyboard: false, zIndexOffset: this.o.zIndexOffset ?? 0 }).addTo(this.map);
        this.marker.on('dragend', () => {
          const ll = this.marker!.getLatLng();
          this.set({ lat: roundDeg(ll.lat), lon: roundDeg(ll.lng) }, 'map', null);
        });
      } else this.marker.setLatLng([p.lat, p.lon]);
    }
    const device = this.o.text.device;
    this.el.textContent = source === 'device' && device ? device(p.lat, p.lon, accuracy) : this.o.text.map(p.lat, p.lon);
    this.el.dataset.lat = String(p.lat);
    this.el.dataset.lon = String(p.lon);
    this.el.dataset.source = source;
    this.el.classList.add('picked');
  }
}
