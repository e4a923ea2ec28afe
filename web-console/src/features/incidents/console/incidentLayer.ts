// Incident markers: diamonds coloured by priority, drawn above the officer dots.
// Test hooks on each marker's root element: data-incident-id, data-status, data-priority, data-lat, data-lon.
import L from 'leaflet';
import type { IncidentStatus, Priority } from '../types';
import { MarkerSet, panBeside, type MarkerEntry } from '../../../map/markerSet';
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

type Entry = MarkerEntry<IncidentMarkerState>;

const SVG =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path class="incident-shape" d="M12 1.5 22.5 12 12 22.5 1.5 12Z"/>' +
  '<circle class="incident-core" cx="12" cy="12" r="3.2"/></svg>';
const ICON = L.divIcon({ className: 'incident-marker', iconSize: [24, 24], iconAnchor: [12, 12], html: SVG });

export class IncidentLayer {
  private readonly markers: MarkerSet<IncidentMarkerState>;
  private selectedId: string | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly onPick: (id: string) => void,
  ) {
    this.markers = new MarkerSet(map);
  }

  upsert(s: IncidentMarkerState, visible: boolean): void {
    let e = this.markers.get(s.id);
    if (!e) {
      const marker = L.marker([s.lat, s.lon], { icon: ICON, keyboard: true, riseOnHover: true, zIndexOffset: this.z(s) });
      const entry = this.markers.add(s.id, marker, s);
      marker.on('add', () => this.sync(entry));
      marker.on('click', () => this.onPick(entry.state.id));
      marker.bindTooltip(() => entry.state.title, { direction: 'top', offset: [0, -12] });
      e = entry;
    } else {
      const moved = e.state.lat !== s.lat || e.state.lon !== s.lon;
      const rankChanged = e.state.priority !== s.priority;
      e.state = s;
      if (moved) e.marker.setLatLng([s.lat, s.lon]);
      if (rankChanged) e.marker.setZIndexOffset(this.z(s));
      this.sync(e);
    }
    this.markers.setVisible(e, visible);
  }

  remove(id: string): void {
    this.markers.remove(id);
  }

  ids(): string[] {
    return [...this.markers.ids()];
  }

  select(id: string | null): void {
    const old = this.selectedId;
    this.selectedId = id;
    for (const x of [old, id]) {
      const e = x ? this.markers.get(x) : undefined;
      if (e) {
        this.sync(e);
        e.marker.setZIndexOffset(this.z(e.state));
      }
    }
  }

  /** Pan to the incident (keeps the zoom when it is already close). */
  focus(id: string, padLeftPx = 0): void {
    const e = this.markers.get(id);
    if (!e) return;
    this.markers.setVisible(e, true);
    panBeside(this.map, e.state.lat, e.state.lon, padLeftPx);
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
}
