// Incident markers: diamonds coloured by priority, drawn above the officer dots.
// Test hooks on each marker's root element: data-incident-id, data-status, data-priority, data-lat, data-lon.
import L from 'leaflet';
import type { IncidentStatus, Priority } from '../types';
import { PRIORITY_RANK } from '../model';

export interface IncidentMarkerState {
  id: string;
  lat: number;
  lon: number;
  status: IncidentStatus;
  priority: Priority;
  overdue: boolean;
  title: string;
}

interface Entry {
  marker: L.Marker;
  state: IncidentMarkerState;
  visible: boolean;
}

const SVG =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path class="incident-shape" d="M12 1.5 22.5 12 12 22.5 1.5 12Z"/>' +
  '<circle class="incident-core" cx="12" cy="12" r="3.2"/></svg>';
const ICON = L.divIcon({ className: 'incident-marker', iconSize: [24, 24], iconAnchor: [12, 12], html: SVG });

export class IncidentLayer {
  private readonly group: L.LayerGroup;
  private readonly entries = new Map<string, Entry>();
  private selectedId: string | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly onPick: (id: string) => void,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  upsert(s: IncidentMarkerState, visible: boolean): void {
    let e = this.entries.get(s.id);
    if (!e) {
      const marker = L.marker([s.lat, s.lon], { icon: ICON, keyboard: true, riseOnHover: true, zIndexOffset: this.z(s) });
      const entry: Entry = { marker, state: s, visible: false };
      marker.on('add', () => this.sync(entry));
      marker.on('click', () => this.onPick(entry.state.id));
      marker.bindTooltip(() => entry.state.title, { direction: 'top', offset: [0, -12] });
      this.entries.set(s.id, entry);
      e = entry;
    } else {
      const moved = e.state.lat !== s.lat || e.state.lon !== s.lon;
      const rankChanged = e.state.priority !== s.priority;
      e.state = s;
      if (moved) e.marker.setLatLng([s.lat, s.lon]);
      if (rankChanged) e.marker.setZIndexOffset(this.z(s));
      this.sync(e);
    }
    this.setVisible(e, visible);
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.group.removeLayer(e.marker);
    this.entries.delete(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  select(id: string | null): void {
    const old = this.selectedId;
    this.selectedId = id;
    for (const x of [old, id]) {
      const e = x ? this.entries.get(x) : undefined;
      if (e) {
        this.sync(e);
        e.marker.setZIndexOffset(this.z(e.state));
      }
    }
  }

  /** Pan to the incident (keeps the zoom when it is already close). */
  focus(id: string, padLeftPx = 0): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.setVisible(e, true);
    const zoom = Math.max(this.map.getZoom(), 14);
    const target = this.map.project([e.state.lat, e.state.lon], zoom).subtract([padLeftPx / 2, 0]);
    // Leaflet drops an animated zoom requested while another one runs (e.g. the first fitBounds): only pans animate.
    this.map.setView(this.map.unproject(target, zoom), zoom, { animate: zoom === this.map.getZoom() });
  }

  private z(s: IncidentMarkerState): number {
    return (s.id === this.selectedId ? 3000 : 1000) + (3 - (PRIORITY_RANK[s.priority] ?? 3)) * 100;
  }

  private sync(e: Entry): void {
    const el = e.marker.getElement();
    if (!el) return;
    const s = e.state;
    el.dataset.incidentId = s.id;
    el.dataset.status = s.status;
    el.dataset.priority = s.priority;
    el.dataset.lat = String(s.lat);
    el.dataset.lon = String(s.lon);
    el.classList.toggle('overdue', s.overdue);
    el.classList.toggle('selected', s.id === this.selectedId);
    el.setAttribute('aria-label', s.title);
  }

  private setVisible(e: Entry, visible: boolean): void {
    if (visible === e.visible) return;
    e.visible = visible;
    if (visible) this.group.addLayer(e.marker);
    else this.group.removeLayer(e.marker);
  }
}
