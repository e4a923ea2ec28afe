// Township outlines (labelled) and faint grid outlines from /api/county.
import L from 'leaflet';
import type { County, PolygonGeometry } from '../api/types';

function feature(outline: PolygonGeometry | null, props: Record<string, string>): GeoJSON.Feature | null {
  if (!outline || (outline.type !== 'Polygon' && outline.type !== 'MultiPolygon')) return null;
  return { type: 'Feature', properties: props, geometry: outline as GeoJSON.Geometry };
}

function collection(features: (GeoJSON.Feature | null)[]): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: features.filter((f): f is GeoJSON.Feature => f !== null) };
}

export interface OutlineLayers {
  townships: L.GeoJSON;
  grids: L.GeoJSON;
  /** Bounds of the visible townships, or null when none has an outline. */
  bounds: L.LatLngBounds | null;
}

export function addOutlineLayers(map: L.Map, county: County): OutlineLayers {
  const grids = L.geoJSON(
    collection(county.grids.map((g) => feature(g.outline, { id: g.id, name: g.name }))),
    {
      interactive: false,
      style: { color: '#7b8a99', weight: 0.6, opacity: 0.45, fill: false, dashArray: '2 3' },
    },
  ).addTo(map);

  const townships = L.geoJSON(
    collection(county.townships.map((t) => feature(t.outline, { id: t.id, name: t.name }))),
    {
      interactive: false,
      style: { color: '#3b6ea8', weight: 1.6, opacity: 0.9, fillColor: '#cfe0f3', fillOpacity: 0.25 },
      onEachFeature: (f, layer) => {
        const name = (f.properties as { name?: string } | null)?.name ?? '';
        layer.bindTooltip(name, { permanent: true, direction: 'center', className: 'township-label', interactive: false });
      },
    },
  ).addTo(map);
  townships.bringToBack();
  grids.bringToFront();

  const b = townships.getBounds();
  return { townships, grids, bounds: b.isValid() ? b : null };
}
