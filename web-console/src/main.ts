// index.html: sign-in, then route by role (console / field app / grid page / not-yet-available page).
import './styles/base.css';
import './styles/incidents.css';
import './styles/console.css';
import './styles/whistles.css';
import './styles/inspections.css';
import { getMe, getSystem } from './api/endpoints';
import { errorMessage } from './api/http';
import { loadSession, type Session } from './api/session';
import type { Role, SystemInfo } from './api/types';
import { APP_TITLE, common } from './shared/words';
import { ConsolePage } from './pages/console/consolePage';
import { LoginPage } from './pages/login/loginPage';
import { renderNoAccessPage } from './pages/login/noAccessPage';
import { byId, h } from './util/dom';

// planner: the county joint-meeting office, whose console is the map and 综合查一次 (joint inspections) alone.
const CONSOLE_ROLES: ReadonlySet<Role> = new Set(['countyCommander', 'zoneDispatcher', 'departmentDesk', 'townshipStaff', 'auditor', 'planner']);

/** Roles with a page of their own. */
const OWN_PAGE: Partial<Record<Role, string>> = { officer: 'field.html', gridWorker: 'grid.html' };

async function route(root: HTMLElement, system: SystemInfo | null, session: Session): Promise<void> {
  const page = OWN_PAGE[session.role];
  if (page) {
    location.replace(page);
    return;
  }
  root.replaceChildren(h('div', { class: 'page-loading' }, common.loading));
  try {
    const me = await getMe();
    const own = OWN_PAGE[me.role];
    if (own) {
      location.replace(own);
    } else if (CONSOLE_ROLES.has(me.role)) {
      document.body.classList.add('console-body');
      await new ConsolePage(system, me).mount(root);
    } else {
      renderNoAccessPage(root, system, me, me.role);
    }
  } catch (e) {
    root.replaceChildren(h('div', { class: 'page-error', role: 'alert' }, errorMessage(e)));
  }
}

async function main(): Promise<void> {
  document.title = APP_TITLE;
  const root = byId('app');
  const system = await getSystem().catch(() => null);
  const session = loadSession();
  if (session) await route(root, system, session);
  else
    await new LoginPage(system, () => {
      const s = loadSession();
      if (s) void route(root, system, s);
    }).mount(root);
}

void main();
