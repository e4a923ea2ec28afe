// Map legend: status colours.
import L from 'leaflet';
import { OFFICER_STATUSES } from '../../features/officers/types';
import { PRIORITIES } from '../../features/incidents/types';
import { statusName } from '../../features/officers/words';
import { priorityName } from '../../features/incidents/words';
import { PRIORITY_COLORS } from '../../features/incidents/incidentStyle';
import { STATUS_COLORS } from '../../features/officers/statusStyle';

/** Adds the legend (bottom right) and returns its element; `incidentTitle` adds the incident diamonds. */
export function addStatusLegend(map: L.Map, title: string, incidentTitle?: string): HTMLElement {
  let el!: HTMLElement;
  const Legend = L.Control.extend({
    onAdd() {
      el = L.DomUtil.create('div', 'map-legend');
      el.innerHTML =
        `<div class="map-legend-title">${title}</div>` +
        OFFICER_STATUSES.map(
          (s) => `<div class="map-legend-row"><span class="dot" style="background:${STATUS_COLORS[s]}"></span>${statusName(s)}</div>`,
        ).join('') +
        (incidentTitle
          ? `<div class="map-legend-title map-legend-section">${incidentTitle}</div><div class="map-legend-inline">` +
            PRIORITIES.map((p) => `<span><span class="diamond" style="background:${PRIORITY_COLORS[p]}"></span>${priorityName(p)}</span>`).join('') +
            '</div>'
          : '');
      L.DomEvent.disableClickPropagation(el);
      return el;
    },
  });
  new Legend({ position: 'bottomright' }).addTo(map);
  return el;
}

const EDGE = 16;

/**
 * Fit the bounds so the bottom-right legend covers none of them: keep clear either a strip as wide as the
 * legend on the right or one as tall as it at the bottom, whichever leaves the larger zoom.
 */
export function fitBesideLegend(map: L.Map, bounds: L.LatLngBounds, legend: HTMLElement): void {
  const w = legend.offsetWidth + 2 * EDGE;
  const h = legend.offsetHeight + 2 * EDGE;
  const right = { paddingTopLeft: L.point(EDGE, EDGE), paddingBottomRight: L.point(w, EDGE) };
  const below = { paddingTopLeft: L.point(EDGE, EDGE), paddingBottomRight: L.point(EDGE, h) };
  const zoomOf = (o: typeof right) => map.getBoundsZoom(bounds, false, o.paddingTopLeft.add(o.paddingBottomRight));
  map.fitBounds(bounds, zoomOf(below) > zoomOf(right) ? below : right);
}
