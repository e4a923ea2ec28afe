// 检查计划: the plans filed (all, or a desk's own department), the form for one plan line and, below, 计划外检查报备 with
// its list. Filing is offered to the planner (any department) and a desk (its own); the county and the auditor read.
// Both lists are of one year (plan-list-year, this year at first; filing something shows its year).
import { getAdhoc, getPlans } from '../api';
import type { AdhocView, Catalogue, PlanView } from '../types';
import type { Me } from '../../../api/types';
import { inspectionText as t } from '../words';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { isoDate } from '../../../shared/format';
import { h } from '../../../util/dom';
import { AdhocForm } from './adhocForm';
import { renderAdhocList, renderPlanList } from './planTables';
import { canFile, fileableDepartments } from './inspectionRoles';
import { PlanForm } from './planForm';

export interface PlanSectionDeps {
  lookup: Lookup;
  me: Me;
  catalogue: () => Promise<Catalogue>;
}

export class PlanSection {
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'plan-list-error' });
  private readonly plans = h('div', { class: 'insp-table-wrap' });
  private readonly adhoc = h('div', { class: 'insp-table-wrap' });
  private readonly refreshButton = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'plan-refresh' }, t.refresh);
  private readonly year = h('input', { type: 'number', min: 2000, max: 2100, step: 1, class: 'insp-year', 'aria-label': t.year, 'data-testid': 'plan-list-year' });
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.refreshButton.disabled = b) });
  private catalogue: Catalogue = { items: [], scenarios: [] };
  private planList: PlanView[] = [];
  private adhocList: AdhocView[] = [];
  private readonly planForm: PlanForm | null = null;
  private readonly adhocForm: AdhocForm | null = null;

  constructor(
    el: HTMLElement,
    private readonly d: PlanSectionDeps,
  ) {
    this.year.value = isoDate(Date.now()).slice(0, 4);
    this.refreshButton.addEventListener('click', () => void this.load());
    this.year.addEventListener('change', () => void this.load());
    if (canFile(d.me.role)) {
      const departments = fileableDepartments(d.me, d.lookup.departmentList());
      this.planForm = new PlanForm(departments, (year) => void this.showYear(year));
      this.adhocForm = new AdhocForm(departments, (year) => void this.showYear(year));
    }
    el.append(
      h('div', { class: 'insp-head' }, h('h3', {}, t.plans.title), this.year, this.refreshButton),
      this.error,
      this.plans,
      this.planForm?.el ?? '',
      this.adhocForm?.el ?? '',
      h('h3', { class: 'insp-subtitle' }, t.adhoc.listTitle),
      this.adhoc,
    );
  }

  async load(): Promise<void> {
    const year = /^\d{4}$/.test(this.year.value) ? Number(this.year.value) : undefined;
    const got = await this.runner.run(() => Promise.all([getPlans(year), getAdhoc(year), this.d.catalogue()]));
    if (!got) return;
    [this.planList, this.adhocList, this.catalogue] = got;
    this.planForm?.setCatalogue(this.catalogue);
    this.adhocForm?.setCatalogue(this.catalogue);
    this.render();
  }

  /** After a filing: the lists of the year it was filed into. */
  private showYear(year: number): Promise<void> {
    this.year.value = String(year);
    return this.load();
  }

  private render(): void {
    const itemName = (code: string) => this.catalogue.items.find((i) => i.code === code)?.name ?? code;
    const scenarioName = (id: string | null | undefined) => (id ? (this.catalogue.scenarios.find((s) => s.id === id)?.name ?? id) : t.none);
    this.plans.replaceChildren(renderPlanList(this.planList, { lookup: this.d.lookup, itemName, scenarioName }));
    this.adhoc.replaceChildren(renderAdhocList(this.adhocList, { lookup: this.d.lookup, itemName }));
  }
}
