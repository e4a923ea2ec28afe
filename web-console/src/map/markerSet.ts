// What the feature layers share: markers kept by id in one layer group, each shown or hidden without being made again
// (filters change often), and the pan that leaves room for a panel on the map's left.
import L from 'leaflet';

export interface MarkerEntry<S> {
  marker: L.Marker;
  state: S;
  visible: boolean;
}

export class MarkerSet<S> {
  private readonly group: L.LayerGroup;
  private readonly entries = new Map<string, MarkerEntry<S>>();

  constructor(map: L.Map) {
    this.group = L.layerGroup().addTo(map);
  }

  get(id: string): MarkerEntry<S> | undefined {
    return this.entries.get(id);
  }

  /** Keep a new marker, hidden until shown. */
  add(id: string, marker: L.Marker, state: S): MarkerEntry<S> {
    const entry: MarkerEntry<S> = { marker, state, visible: false };
    this.entries.set(id, entry);
    return entry;
  }

  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.group.removeLayer(e.marker);
    this.entries.delete(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  setVisible(e: MarkerEntry<S>, visible: boolean): void {
    if (visible === e.visible) return;
    e.visible = visible;
    if (visible) this.group.addLayer(e.marker);
    else this.group.removeLayer(e.marker);
  }
}

/**
 * Pan to a place (zooming in to street level when far out), leaving room for a panel `padLeftPx` wide on the left.
 * Leaflet drops an animated zoom requested while another one runs (e.g. the first fitBounds): only pans animate.
 */
export function panBeside(map: L.Map, lat: number, lon: number, padLeftPx: number): void {
  const zoom = Math.max(map.getZoom(), 14);
  const target = map.project([lat, lon], zoom).subtract([padLeftPx / 2, 0]);
  map.setView(map.unproject(target, zoom), zoom, { animate: zoom === map.getZoom() });
}
