// The console's tabs beside the map (事件 / 人员); the choice is kept per tab session.
// Hooks: #tab-incidents, #tab-officers (aria-selected), panes #pane-incidents, #pane-officers, counts #incident-count,
// #officer-count.
import { consoleText as t } from '../../i18n/console';
import { h } from '../../util/dom';

const TAB_KEY = 'dispatch.consoleTab';
/** incidents, officers, or a feature's own tab (hotline, …). */
type Tab = string;

export class ConsoleTabs {
  readonly el: HTMLElement;
  readonly incidentPane = h('div', { class: 'tab-pane', id: 'pane-incidents', role: 'tabpanel', 'aria-labelledby': 'tab-incidents' });
  readonly officerPane = h('div', { class: 'tab-pane', id: 'pane-officers', role: 'tabpanel', 'aria-labelledby': 'tab-officers' });
  readonly incidentCount = h('span', { class: 'tab-count', id: 'incident-count' });
  readonly officerCount = h('span', { class: 'tab-count', id: 'officer-count' });
  private readonly tabs: [HTMLElement, HTMLElement, Tab][];

  constructor() {
    const tabIncidents = h('button', { type: 'button', class: 'tab', id: 'tab-incidents', role: 'tab', 'data-tab': 'incidents' }, t.tabIncidents, this.incidentCount);
    const tabOfficers = h('button', { type: 'button', class: 'tab', id: 'tab-officers', role: 'tab', 'data-tab': 'officers' }, t.tabOfficers, this.officerCount);
    this.tabs = [
      [tabIncidents, this.incidentPane, 'incidents'],
      [tabOfficers, this.officerPane, 'officers'],
    ];
    this.el = h('div', { class: 'panel-tabs', role: 'tablist' }, tabIncidents, tabOfficers);
    tabIncidents.addEventListener('click', () => this.show('incidents'));
    tabOfficers.addEventListener('click', () => this.show('officers'));
    this.show(sessionStorage.getItem(TAB_KEY) === 'officers' ? 'officers' : 'incidents');
  }

  /** A feature's own tab (button and pane made by the feature), after the built-in ones; the kept choice may be it. */
  add(tab: Tab, button: HTMLElement, pane: HTMLElement): void {
    this.tabs.push([button, pane, tab]);
    this.el.append(button);
    button.addEventListener('click', () => this.show(tab));
    this.show(sessionStorage.getItem(TAB_KEY) === tab ? tab : (this.tabs.find(([b]) => b.classList.contains('selected'))?.[2] ?? 'incidents'));
  }

  show(tab: Tab): void {
    for (const [button, pane, name] of this.tabs) {
      const on = name === tab;
      button.setAttribute('aria-selected', String(on));
      button.classList.toggle('selected', on);
      pane.hidden = !on;
    }
    sessionStorage.setItem(TAB_KEY, tab);
  }
}
