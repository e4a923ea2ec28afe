// 报送检查计划: one plan line (department, item, optional scenario, quarter, and a target: a sampling ratio per credit
// grade or named enterprises). Filing again for the same department, year and quarter replaces the earlier plan: the
// server's rule, said in the success line.
// Hooks: [data-testid=plan-form] with plan-department, plan-year, plan-item, plan-scenario, plan-period,
// plan-target-ratio / plan-target-list (radios), plan-ratio-A … plan-ratio-D, plan-enterprises, plan-submit,
// plan-error, plan-result.
import { CREDIT_GRADES, type Catalogue, type CreditGrade } from '../types';
import { filePlan } from '../api';
import { GRADE_NAMES, inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { isoDate } from '../../../shared/format';
import { h } from '../../../util/dom';
import { departmentSelect, field, fillItems, resultLine, showResult } from './formParts';
import { planDraft, quarterOf } from './planDraft';

const t = inspectionText.plans;

export class PlanForm {
  readonly el: HTMLFormElement;
  private readonly department: HTMLSelectElement;
  private readonly year = h('input', { type: 'number', min: 2000, max: 2100, step: 1, 'data-testid': 'plan-year' });
  private readonly item = h('select', { 'data-testid': 'plan-item' });
  private readonly scenario = h('select', { 'data-testid': 'plan-scenario' });
  private readonly period = h('input', { type: 'text', placeholder: '2026-Q4', pattern: '\\d{4}-Q[1-4]', 'data-testid': 'plan-period' });
  private readonly kindRatio = h('input', { type: 'radio', name: 'plan-target', value: 'ratio', checked: true, 'data-testid': 'plan-target-ratio' });
  private readonly kindList = h('input', { type: 'radio', name: 'plan-target', value: 'list', 'data-testid': 'plan-target-list' });
  private readonly ratios = Object.fromEntries(
    CREDIT_GRADES.map((g) => [g, h('input', { type: 'number', min: 0, max: 100, step: 'any', placeholder: '%', 'data-testid': `plan-ratio-${g}` })]),
  ) as Record<CreditGrade, HTMLInputElement>;
  private readonly enterprises = h('textarea', { rows: 3, placeholder: t.listPlaceholder, 'data-testid': 'plan-enterprises' });
  private readonly submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'plan-submit' }, t.submit);
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'plan-error' });
  private readonly result = resultLine('plan-result');
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.submit.disabled = b), clear: () => showResult(this.result, '', '') });
  private readonly ratioBox: HTMLElement;
  private catalogue: Catalogue = { items: [], scenarios: [] };

  constructor(
    departments: { id: string; name: string }[],
    /** Called with the year of the plan filed. */
    private readonly onFiled: (year: number) => void,
  ) {
    const today = isoDate(Date.now());
    this.year.value = today.slice(0, 4);
    this.period.value = quarterOf(today);
    this.department = departmentSelect('plan-department', departments);
    this.department.addEventListener('change', () => this.fillChoices());
    this.ratioBox = h('div', { class: 'insp-ratios' }, ...CREDIT_GRADES.map((g) => field(GRADE_NAMES[g], this.ratios[g])));
    for (const r of [this.kindRatio, this.kindList]) r.addEventListener('change', () => this.showKind());
    this.el = h(
      'form',
      { class: 'insp-form', 'data-testid': 'plan-form', novalidate: true },
      h('h3', {}, t.formTitle),
      h('div', { class: 'insp-grid' }, field(inspectionText.department, this.department), field(inspectionText.year, this.year), field(inspectionText.period, this.period)),
      h('div', { class: 'insp-grid' }, field(inspectionText.item, this.item, 'wide'), field(inspectionText.scenario, this.scenario)),
      h(
        'fieldset',
        { class: 'insp-target' },
        h('legend', {}, t.target),
        h('label', { class: 'insp-radio' }, this.kindRatio, t.targetRatio),
        h('label', { class: 'insp-radio' }, this.kindList, t.targetList),
        this.ratioBox,
        h('div', { class: 'muted insp-hint' }, t.ratioHint),
        this.enterprises,
      ),
      h('div', { class: 'insp-actions' }, this.submit),
      this.error,
      this.result,
    );
    this.el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
    this.showKind();
  }

  setCatalogue(c: Catalogue): void {
    this.catalogue = c;
    this.fillChoices();
  }

  private fillChoices(): void {
    const dept = this.department.value;
    fillItems(this.item, this.catalogue, dept);
    const keep = this.scenario.value;
    const scenarios = this.catalogue.scenarios.filter((s) => s.leadDepartmentId === dept || s.departments.some((p) => p.departmentId === dept));
    this.scenario.replaceChildren(h('option', { value: '' }, inspectionText.noScenario), ...scenarios.map((s) => h('option', { value: s.id }, s.name)));
    if (scenarios.some((s) => s.id === keep)) this.scenario.value = keep;
  }

  private showKind(): void {
    const list = this.kindList.checked;
    this.ratioBox.hidden = list;
    (this.ratioBox.nextElementSibling as HTMLElement).hidden = list;
    this.enterprises.hidden = !list;
  }

  private async send(): Promise<void> {
    const draft = planDraft({
      departmentId: this.department.value,
      year: this.year.value,
      itemCode: this.item.value,
      scenarioId: this.scenario.value,
      period: this.period.value,
      targetKind: this.kindList.checked ? 'list' : 'ratio',
      ratios: Object.fromEntries(CREDIT_GRADES.map((g) => [g, this.ratios[g].value])) as Record<CreditGrade, string>,
      enterprises: this.enterprises.value,
    });
    if (!draft.ok) {
      this.error.textContent = draft.error;
      showResult(this.result, '', '');
      return;
    }
    const plan = await this.runner.run(() => filePlan(draft.body));
    if (!plan) return;
    const dept = this.department.selectedOptions[0]?.textContent ?? plan.departmentId;
    showResult(this.result, 'ok', t.filed(dept, draft.body.items[0]!.period));
    this.onFiled(plan.year);
  }
}
