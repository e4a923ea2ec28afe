// The console's joint-inspection side (综合查一次), the controller: a row of sub-views (检查计划 / 统筹合并 / 双随机抽取 /
// 指标 / 名录, as the role has them), the catalogue loaded once for all of them, and the run chosen in 统筹合并 handed on to
// 双随机抽取. Nothing here is live: each sub-view fetches when shown and on its own 刷新.
// Hooks: [data-testid=inspection-section-<name>] (aria-pressed), panes [data-testid=inspection-pane-<name>].
import type { Catalogue, PlannerRun } from '../types';
import { getCatalogue } from '../api';
import type { Me } from '../../../api/types';
import { errorMessage } from '../../../api/http';
import { inspectionText as t } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { DirectorySection } from './directorySection';
import { DrawSection } from './drawSection';
import { IndicatorSection } from './indicatorSection';
import { canPlan, inspectionSections, readsRuns, type InspectionSection } from './inspectionRoles';
import { MergeSection } from './mergeSection';
import { PlanSection } from './planSection';

export interface ConsoleInspectionsDeps {
  pane: HTMLElement;
  lookup: Lookup;
  me: Me;
}

interface Section {
  el: HTMLElement;
  /** Shown: fetch what it shows. */
  show(): void;
}

export class ConsoleInspections {
  private readonly error = h('div', { class: 'panel-notice', 'data-testid': 'inspection-error', role: 'alert' });
  private readonly buttons = new Map<InspectionSection, HTMLButtonElement>();
  private readonly sections = new Map<InspectionSection, Section>();
  private catalogue: Promise<Catalogue> | null = null;
  private current: InspectionSection;

  constructor(private readonly d: ConsoleInspectionsDeps) {
    const names = inspectionSections(d.me.role);
    this.current = names[0]!;
    const draw = names.includes('draw') ? new DrawSection(canPlan(d.me.role)) : null;
    for (const name of names) this.sections.set(name, this.build(name, draw));
    const nav = h('div', { class: 'insp-nav', role: 'toolbar' });
    for (const name of names) {
      const b = h('button', { type: 'button', class: 'insp-nav-btn', 'data-testid': `inspection-section-${name}` }, t.sections[name]);
      b.addEventListener('click', () => this.show(name));
      this.buttons.set(name, b);
      nav.append(b);
    }
    const readOnly = canPlan(d.me.role) || d.me.role === 'departmentDesk' ? null : h('div', { class: 'insp-readonly muted' }, t.readOnly);
    d.pane.classList.add('insp-pane');
    d.pane.append(nav, readOnly ?? '', this.error, ...[...this.sections.values()].map((s) => s.el));
  }

  /** The tab was opened: show (and fetch) the current sub-view. */
  activate(): void {
    this.show(this.current);
  }

  private show(name: InspectionSection): void {
    this.current = name;
    for (const [n, s] of this.sections) s.el.hidden = n !== name;
    for (const [n, b] of this.buttons) {
      b.setAttribute('aria-pressed', String(n === name));
      b.classList.toggle('selected', n === name);
    }
    this.sections.get(name)?.show();
  }

  private build(name: InspectionSection, draw: DrawSection | null): Section {
    const el = h('section', { class: 'insp-section', 'data-testid': `inspection-pane-${name}` });
    const { lookup, me } = this.d;
    switch (name) {
      case 'plans': {
        const s = new PlanSection(el, { lookup, me, catalogue: () => this.loadCatalogue() });
        return { el, show: () => void s.load() };
      }
      case 'merge': {
        const s = new MergeSection(el, { lookup, me, canRun: canPlan(me.role), readsRuns: readsRuns(me.role), onRun: (run: PlannerRun | null) => draw?.setRun(run) });
        return { el, show: () => void s.load() };
      }
      case 'draw':
        el.append(draw!.el);
        return { el, show: () => void draw!.load() };
      case 'indicators': {
        const s = new IndicatorSection(el, { lookup, me });
        return { el, show: () => s.shown() };
      }
      case 'directory': {
        const s = new DirectorySection(el, { lookup, canImport: canPlan(me.role) });
        return { el, show: () => s.shown() };
      }
    }
  }

  /** The catalogue, fetched once; a failure is shown and the next form that asks tries again. */
  private loadCatalogue(): Promise<Catalogue> {
    this.catalogue ??= getCatalogue().catch((e) => {
      this.error.textContent = t.loadFailed + errorMessage(e);
      this.catalogue = null;
      return { items: [], scenarios: [] };
    });
    return this.catalogue;
  }
}
