// The console's tabs beside the map (事件 / 人员 / 吹哨, and 考评 for the roles that assess departments); the choice is
// kept per tab session.
// Hooks: #tab-<name> (aria-selected) and pane #pane-<name> for incidents, officers, whistles, scorecards, inspections; counts
// #incident-count, #officer-count, #whistle-count.
import { h } from '../../util/dom';

const TAB_KEY = 'dispatch.consoleTab';

export interface TabSpec {
  name: string;
  label: string;
  /** Id of the count badge in the tab (none: no badge). */
  countId?: string;
}

interface Tab {
  button: HTMLElement;
  pane: HTMLElement;
  count: HTMLElement;
}

export class ConsoleTabs {
  readonly el: HTMLElement;
  private readonly tabs = new Map<string, Tab>();
  private current = '';
  /** Told after each switch (and not for the first tab, which is shown before anyone listens: read `selected`). */
  onShow: ((name: string) => void) | null = null;

  /** The first tab is shown when the session has no (or an unknown) choice. */
  constructor(specs: TabSpec[]) {
    for (const s of specs) {
      const count = h('span', { class: 'tab-count', id: s.countId ?? null });
      const button = h('button', { type: 'button', class: 'tab', id: `tab-${s.name}`, role: 'tab', 'data-tab': s.name }, s.label, s.countId ? count : null);
      const pane = h('div', { class: 'tab-pane', id: `pane-${s.name}`, role: 'tabpanel', 'aria-labelledby': `tab-${s.name}` });
      button.addEventListener('click', () => this.show(s.name));
      this.tabs.set(s.name, { button, pane, count });
    }
    this.el = h('div', { class: 'panel-tabs', role: 'tablist' }, ...[...this.tabs.values()].map((t) => t.button));
    const kept = sessionStorage.getItem(TAB_KEY);
    this.show(kept && this.tabs.has(kept) ? kept : specs[0]!.name);
  }

  get panes(): HTMLElement[] {
    return [...this.tabs.values()].map((t) => t.pane);
  }

  pane(name: string): HTMLElement {
    return this.get(name).pane;
  }

  count(name: string): HTMLElement {
    return this.get(name).count;
  }

  get selected(): string {
    return this.current;
  }

  show(name: string): void {
    this.current = name;
    for (const [n, t] of this.tabs) {
      const on = n === name;
      t.button.setAttribute('aria-selected', String(on));
      t.button.classList.toggle('selected', on);
      t.pane.hidden = !on;
    }
    sessionStorage.setItem(TAB_KEY, name);
    this.onShow?.(name);
  }

  private get(name: string): Tab {
    const t = this.tabs.get(name);
    if (!t) throw new Error(`tab ${name} missing`);
    return t;
  }
}
