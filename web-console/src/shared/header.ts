// Page header: title / county, user and role, connection badge, sign-out.
import { signOut } from '../api/session';
import type { Me } from '../api/types';
import { common, roleName } from './words';
import type { LiveConnection } from '../live';
import { h } from '../util/dom';
import { connBadge } from './connBadge';

export function pageHeader(title: string, me: Me, live: LiveConnection | null, onLogout?: () => void): HTMLElement {
  const logout = h('button', { type: 'button', class: 'btn btn-ghost', id: 'logout-button' }, common.logout);
  logout.addEventListener('click', () => {
    onLogout?.();
    signOut();
  });
  return h(
    'header',
    { class: 'app-header' },
    h('div', { class: 'app-title' }, title),
    h('div', { class: 'app-header-spacer' }),
    h('div', { class: 'app-user' }, h('span', { class: 'app-user-name', id: 'user-name' }, me.displayName || me.username), h('span', { class: 'app-user-role' }, roleName(me.role))),
    live ? connBadge(live) : null,
    logout,
  );
}
