// Roles without a page yet: a plain notice with sign-out.
import { signOut } from '../../api/session';
import type { Me, SystemInfo } from '../../api/types';
import { common, roleName } from '../../shared/words';
import { h } from '../../util/dom';
import { modeBanner } from '../../shared/banner';

export function renderNoAccessPage(root: HTMLElement, system: SystemInfo | null, me: Me | null, role: string): void {
  const logout = h('button', { type: 'button', class: 'btn', id: 'logout-button' }, common.logout);
  logout.addEventListener('click', signOut);
  root.replaceChildren(
    ...[modeBanner(system)].filter((x): x is HTMLElement => !!x),
    h(
      'main',
      { class: 'notice-page' },
      h('h1', {}, common.noAccessTitle),
      h('p', {}, `${common.signedInAs}：${me?.displayName ?? me?.username ?? ''}（${roleName(role)}）`),
      h('p', { class: 'muted' }, common.noAccessBody),
      logout,
    ),
  );
}
