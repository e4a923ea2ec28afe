// What every page controller is: mount it into the app root, dispose it when leaving (timers, hub handlers, the
// live connection). Pages are composed of parts that take their dependencies in their constructor.
import { getMe } from '../api/endpoints';
import { ApiError, errorMessage } from '../api/http';
import type { Me, Role, SystemInfo } from '../api/types';
import type { LiveConnection } from '../live';
import { h } from '../util/dom';
import { modeBanner } from './banner';
import { pageHeader } from './header';

export interface PageController {
  mount(root: HTMLElement): Promise<void>;
  dispose(): void;
}

/** Things to undo when a page or part goes away: unsubscribes, timers. */
export class Disposables {
  private readonly list: (() => void)[] = [];

  add(...fns: (() => void)[]): void {
    this.list.push(...fns);
  }

  every(ms: number, fn: () => void): void {
    const id = window.setInterval(fn, ms);
    this.add(() => window.clearInterval(id));
  }

  dispose(): void {
    for (const f of this.list.splice(0).reverse()) f();
  }
}

/** Header (title, user, connection, sign-out) and the embedded-mode banner, as every page starts. No live connection
 *  (a page with nothing pushed to it): no connection badge. */
export function pageTop(title: string, me: Me, live: LiveConnection | null, system: SystemInfo | null): HTMLElement[] {
  return [pageHeader(title, me, live, () => void live?.stop()), modeBanner(system)].filter((x): x is HTMLElement => !!x);
}

/** A page-wide error in place of the page. */
export function pageError(root: HTMLElement, message: string): void {
  root.replaceChildren(h('div', { class: 'page-error', role: 'alert' }, message));
}

/**
 * The signed-in account when it has this page's role; otherwise the browser goes back to index.html (or, when the
 * profile cannot be read, the page says why) and the answer is null.
 */
export async function signedInAs(root: HTMLElement, role: Role, failPrefix = ''): Promise<Me | null> {
  let me: Me;
  try {
    me = await getMe();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) pageError(root, failPrefix + errorMessage(e));
    return null;
  }
  if (me.role !== role) {
    location.replace('index.html');
    return null;
  }
  return me;
}
