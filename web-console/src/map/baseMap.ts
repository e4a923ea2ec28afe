// Leaflet map without a tile layer (no internet tiles): a plain light background.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLon } from '../api/types';

export function createBaseMap(container: HTMLElement, center: LatLon | null): L.Map {
  const map = L.map(container, {
    zoomControl: true,
    attributionControl: false,
    preferCanvas: false,
    zoomSnap: 0.25,
    minZoom: 7,
    maxZoom: 19,
  });
  map.setView(center ? [center.lat, center.lon] : [29.1, 120.0], 11);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  return map;
}
