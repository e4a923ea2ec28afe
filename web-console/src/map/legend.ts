// Map legend: status colours.
import L from 'leaflet';
import { OFFICER_STATUSES } from '../api/types';
import { statusName } from '../i18n/common';
import { STATUS_COLORS } from './statusStyle';

export function addStatusLegend(map: L.Map, title: string): void {
  const Legend = L.Control.extend({
    onAdd() {
      const div = L.DomUtil.create('div', 'map-legend');
      div.innerHTML =
        `<div class="map-legend-title">${title}</div>` +
        OFFICER_STATUSES.map(
          (s) => `<div class="map-legend-row"><span class="dot" style="background:${STATUS_COLORS[s]}"></span>${statusName(s)}</div>`,
        ).join('');
      L.DomEvent.disableClickPropagation(div);
      return div;
    },
  });
  new Legend({ position: 'bottomright' }).addTo(map);
}
