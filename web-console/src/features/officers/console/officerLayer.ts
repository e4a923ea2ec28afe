// Officer markers: small coloured divIcon dots, one per officer with a position.
// Test hooks on each marker's root element: data-officer-id, data-lat, data-lon, data-status.
import L from 'leaflet';
import { MarkerSet } from '../../../map/markerSet';
import type { OfficerStatus } from '../types';

export interface MarkerState {
  id: string;
  name: string;
  lat: number;
  lon: number;
  status: OfficerStatus;
}

const ICON = L.divIcon({ className: 'officer-marker', iconSize: [12, 12], iconAnchor: [6, 6], popupAnchor: [0, -6], html: '' });

function syncElement(el: HTMLElement | undefined, s: MarkerState): void {
  if (!el) return;
  el.dataset.officerId = s.id;
  el.dataset.lat = String(s.lat);
  el.dataset.lon = String(s.lon);
  el.dataset.status = s.status;
}

export class OfficerLayer {
  private readonly markers: MarkerSet<MarkerState>;

  constructor(
    private readonly map: L.Map,
    private readonly popupHtml: (id: string) => string,
  ) {
    this.markers = new MarkerSet(map);
  }

  /** Create or update a marker; `visible` reflects the current filters. */
  upsert(s: MarkerState, visible: boolean): void {
    let e = this.markers.get(s.id);
    if (!e) {
      const marker = L.marker([s.lat, s.lon], { icon: ICON, keyboard: false, riseOnHover: true });
      const entry = this.markers.add(s.id, marker, s);
      // The icon element is recreated whenever the marker is (re)added to the map.
      marker.on('add', () => syncElement(marker.getElement(), entry.state));
      marker.bindTooltip(() => entry.state.name, { direction: 'top', offset: [0, -6] });
      marker.bindPopup(() => this.popupHtml(entry.state.id), { maxWidth: 280 });
      e = entry;
    } else {
      const moved = e.state.lat !== s.lat || e.state.lon !== s.lon;
      e.state = s;
      if (moved) e.marker.setLatLng([s.lat, s.lon]);
      syncElement(e.marker.getElement(), s);
      if (e.marker.isPopupOpen()) e.marker.setPopupContent(this.popupHtml(s.id));
    }
    this.markers.setVisible(e, visible);
  }

  remove(id: string): void {
    this.markers.remove(id);
  }

  has(id: string): boolean {
    return this.markers.has(id);
  }

  ids(): IterableIterator<string> {
    return this.markers.ids();
  }

  /** Pan to the officer and open its popup; false if it has no marker. */
  focus(id: string): boolean {
    const e = this.markers.get(id);
    if (!e) return false;
    this.markers.setVisible(e, true);
    const target = L.latLng(e.state.lat, e.state.lon);
    const zoom = Math.max(this.map.getZoom(), 14);
    this.map.setView(target, zoom, { animate: true });
    e.marker.openPopup();
    return true;
  }
}
