// Connection badge: id="conn-state", data-state = connected | reconnecting | disconnected.
import { common } from './words';
import type { LiveConnection, LiveState } from '../live';
import { h } from '../util/dom';

export function connBadge(live: LiveConnection): HTMLElement {
  const el = h('span', { id: 'conn-state', class: 'conn-badge', 'data-state': 'disconnected' }, common.conn.disconnected);
  live.onState((s: LiveState) => {
    el.dataset.state = s;
    el.textContent =
      s === 'connected' ? common.conn.connected : s === 'reconnecting' ? (live.connecting ? common.conn.connecting : common.conn.reconnecting) : common.conn.disconnected;
  });
  return el;
}
