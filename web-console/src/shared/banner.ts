// Embedded-mode banner shown on every page.
import type { SystemInfo } from '../api/types';
import { common } from './words';
import { h } from '../util/dom';

export function modeBanner(system: SystemInfo | null): HTMLElement | null {
  if (system?.mode !== 'embedded') return null;
  return h('div', { class: 'mode-banner', role: 'status', id: 'mode-banner' }, common.embeddedBanner);
}
