// The console's tabs: one button, pane and (optional) count per tab, one pane shown, the choice kept per tab session.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConsoleTabs } from '../src/pages/console/consoleTabs';

const specs = [
  { name: 'incidents', label: '事件', countId: 'incident-count' },
  { name: 'whistles', label: '吹哨', countId: 'whistle-count' },
  { name: 'scorecards', label: '考评' },
];

describe('console tabs', () => {
  beforeEach(() => sessionStorage.clear());

  it('builds the hooks and shows the first tab when nothing was chosen', () => {
    const tabs = new ConsoleTabs(specs);
    expect([...tabs.el.querySelectorAll('.tab')].map((b) => b.id)).toEqual(['tab-incidents', 'tab-whistles', 'tab-scorecards']);
    expect(tabs.panes.map((p) => [p.id, p.hidden])).toEqual([
      ['pane-incidents', false],
      ['pane-whistles', true],
      ['pane-scorecards', true],
    ]);
    expect(tabs.count('whistles').id).toBe('whistle-count');
    expect(tabs.el.querySelector('#tab-scorecards .tab-count')).toBeNull();
  });

  it('keeps the choice for the next console of this tab session, and ignores a tab this role does not have', () => {
    const tabs = new ConsoleTabs(specs);
    (tabs.el.querySelector('#tab-whistles') as HTMLElement).click();
    expect(tabs.pane('whistles').hidden).toBe(false);
    expect(tabs.el.querySelector('#tab-whistles')!.getAttribute('aria-selected')).toBe('true');
    expect(new ConsoleTabs(specs).pane('whistles').hidden).toBe(false);
    sessionStorage.setItem('dispatch.consoleTab', 'scorecards');
    expect(new ConsoleTabs(specs.slice(0, 2)).pane('incidents').hidden).toBe(false);
  });
});
