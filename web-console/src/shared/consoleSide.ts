// What the console page hands each side of the console that shows its items on the map (incidents, whistles).
import type L from 'leaflet';
import type { LiveConnection } from '../live';
import type { Lookup } from './lookup';

export interface ConsoleSide {
  map: L.Map;
  /** The map's wrapper: the side's panels and forms open over the map in it. */
  mapWrap: HTMLElement;
  /** The side's tab pane and the count on its tab (ConsoleTabs). */
  pane: HTMLElement;
  tabCount: HTMLElement;
  lookup: Lookup;
  live: LiveConnection;
  /** The console's notice line (what failed to load). */
  notice: HTMLElement;
}
