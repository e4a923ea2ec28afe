// Whistle markers: a flag per whistle the list shows, coloured by urgency, pulsing while a part is overdue.
// Test hooks on each marker's root element: data-whistle-marker (the whistle id), data-status, data-urgency; class
// overdue, selected. (Rows and the panel carry data-whistle-id.)
import L from 'leaflet';
import type { LatLon } from '../../../api/types';
import { URGENCIES } from '../types';
import { urgencyName } from '../words';
import { h } from '../../../util/dom';
import { panBeside } from '../../../map/markerSet';

export interface WhistleMarkerState {
  id: string;
  location: LatLon;
  status: string;
  urgency: string;
  overdue: boolean;
  title: string;
}

const SVG =
  '<svg viewBox="0 0 24 28" aria-hidden="true"><path class="whistle-pole" d="M5 2v24"/>' +
  '<path class="whistle-flag" d="M6 3h14l-4 5 4 5H6Z"/></svg>';
const ICON = L.divIcon({ className: 'whistle-marker', iconSize: [24, 28], iconAnchor: [5, 26], html: SVG });

export class WhistleLayer {
  private readonly group: L.LayerGroup;
  private readonly markers = new Map<string, L.Marker>();
  private selectedId: string | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly onPick: (id: string) => void,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  /** Shows exactly these whistles. */
  sync(list: WhistleMarkerState[]): void {
    const keep = new Set(list.map((s) => s.id));
    for (const [id, m] of this.markers) {
      if (keep.has(id)) continue;
      m.remove();
      this.markers.delete(id);
    }
    for (const s of list) {
      let m = this.markers.get(s.id);
      if (!m) {
        m = L.marker([s.location.lat, s.location.lon], { icon: ICON, keyboard: false, zIndexOffset: 4000, title: s.title }).addTo(this.group);
        m.on('click', () => this.onPick(s.id));
        this.markers.set(s.id, m);
      } else m.setLatLng([s.location.lat, s.location.lon]);
      const el = m.getElement();
      if (!el) continue;
      el.dataset.whistleMarker = s.id;
      el.dataset.status = s.status;
      el.dataset.urgency = s.urgency;
      el.title = s.title;
      el.classList.toggle('overdue', s.overdue);
      el.classList.toggle('selected', s.id === this.selectedId);
    }
  }

  select(id: string | null): void {
    this.selectedId = id;
    for (const [mid, m] of this.markers) m.getElement()?.classList.toggle('selected', mid === id);
  }

  /** Pans to the whistle (zooming in to street level when far out), leaving room for the panel on the left. */
  focus(location: LatLon, padLeftPx: number): void {
    panBeside(this.map, location.lat, location.lon, padLeftPx);
  }
}

/** The legend's whistle section (flags by urgency), appended to the map legend. */
export function whistleLegend(title: string): HTMLElement[] {
  return [
    h('div', { class: 'map-legend-title map-legend-section' }, title),
    h('div', { class: 'map-legend-inline' }, ...URGENCIES.map((u) => h('span', {}, h('span', { class: 'legend-flag', 'data-urgency': u }), urgencyName(u)))),
  ];
}
