// 统筹合并: the planner runs the planner for a year and quarter and reads its figures and joint tasks; the county and the
// auditor pick among the past runs of the year in inspection-run-year (their tasks are fetched by run); a desk sees this
// year's tasks that name its department.
// The run shown is handed to 双随机抽取.
// Hooks: inspection-run-year, inspection-run-period, inspection-run-button, inspection-run-error, inspection-run-list
// with [data-testid=inspection-run-row][data-run-id] (aria-pressed when shown); the figures and tasks as in
// runFigures.ts and taskTable.ts.
import { getRuns, getTasks, startRun } from '../api';
import type { InspectionTask, PlannerRun } from '../types';
import type { Me } from '../../../api/types';
import { inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { isoDate, shortDateTime } from '../../../shared/format';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { field, resultLine, showResult } from './formParts';
import { quarterOf } from './planDraft';
import { renderRunFigures } from './runFigures';
import { renderTaskTable } from './taskTable';

const t = inspectionText.run;

export interface MergeSectionDeps {
  lookup: Lookup;
  me: Me;
  canRun: boolean;
  readsRuns: boolean;
  onRun: (run: PlannerRun | null) => void;
}

export function runLabel(run: PlannerRun): string {
  return t.runLabel(run.period, shortDateTime(run.createdAt), run.visitsPlanned);
}

export class MergeSection {
  private readonly year = h('input', { type: 'number', min: 2000, max: 2100, step: 1, 'data-testid': 'inspection-run-year' });
  private readonly period = h('input', { type: 'text', pattern: '\\d{4}-Q[1-4]', 'data-testid': 'inspection-run-period' });
  private readonly button = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'inspection-run-button' }, t.start);
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'inspection-run-error' });
  private readonly done = resultLine('inspection-run-result');
  private readonly runs = h('div', { class: 'insp-runs', 'data-testid': 'inspection-run-list' });
  private readonly figures = h('div', { class: 'insp-run-body' });
  private readonly tasks = h('div', { class: 'insp-table-wrap' });
  private readonly tasksTitle = h('h3', { class: 'insp-subtitle' });
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => this.busy(b), clear: () => showResult(this.done, '', '') });
  private list: PlannerRun[] = [];
  private shownId: string | null = null;

  constructor(
    el: HTMLElement,
    private readonly d: MergeSectionDeps,
  ) {
    const today = isoDate(Date.now());
    this.year.value = today.slice(0, 4);
    this.period.value = quarterOf(today);
    this.year.addEventListener('change', () => {
      if (/^\d{4}$/.test(this.year.value)) this.period.value = `${this.year.value}-${this.period.value.slice(5) || 'Q1'}`;
    });
    const form = h(
      'form',
      { class: 'insp-form insp-inline', novalidate: true },
      field(inspectionText.year, this.year),
      field(inspectionText.period, this.period),
      h('div', { class: 'insp-actions' }, this.button),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.run();
    });
    el.append(
      h('div', { class: 'insp-head' }, h('h3', {}, d.readsRuns ? t.title : t.deskTasks)),
      d.canRun ? form : '',
      this.error,
      this.done,
      d.readsRuns ? h('div', {}, h('h4', { class: 'insp-subtitle' }, t.pastRuns), this.runs) : '',
      this.figures,
      this.tasksTitle,
      this.tasks,
    );
  }

  async load(): Promise<void> {
    if (!this.d.readsRuns) {
      const tasks = await this.runner.run(() => getTasks());
      if (tasks) this.showTasks(tasks);
      return;
    }
    const year = /^\d{4}$/.test(this.year.value) ? Number(this.year.value) : undefined;
    const runs = await this.runner.run(() => getRuns(year));
    if (!runs) return;
    this.list = runs;
    this.renderRuns();
    const keep = runs.find((r) => r.id === this.shownId) ?? runs[0];
    // Fetched again each time: a draw or the officers' results change the tasks' status.
    if (keep) await this.pick(keep);
    else this.d.onRun(null);
  }

  private async run(): Promise<void> {
    const year = Number(this.year.value);
    const period = this.period.value.trim().toUpperCase();
    if (!/^\d{4}-Q[1-4]$/.test(period)) return void (this.error.textContent = inspectionText.plans.badPeriod);
    if (String(year) !== period.slice(0, 4)) return void (this.error.textContent = inspectionText.plans.periodYear);
    const run = await this.runner.run(() => startRun(year, period));
    if (!run) return;
    this.list = [run, ...this.list.filter((r) => r.id !== run.id)];
    this.show(run);
    showResult(this.done, 'ok', t.created(run.id));
  }

  /** A past run: its tasks are fetched (the list comes without them). */
  private async pick(run: PlannerRun): Promise<void> {
    const tasks = await this.runner.run(() => getTasks({ runId: run.id }));
    if (tasks) this.show({ ...run, tasks });
  }

  private show(run: PlannerRun): void {
    this.shownId = run.id;
    this.renderRuns();
    this.figures.replaceChildren(renderRunFigures(run));
    this.showTasks(run.tasks);
    this.d.onRun(run);
  }

  private showTasks(tasks: InspectionTask[]): void {
    this.tasksTitle.textContent = t.tasksTitle(tasks.length);
    this.tasks.replaceChildren(renderTaskTable(tasks, this.d.lookup));
  }

  private renderRuns(): void {
    if (!this.list.length) {
      this.runs.replaceChildren(h('div', { class: 'muted' }, t.noRuns));
      return;
    }
    this.runs.replaceChildren(
      ...this.list.map((r) => {
        const b = h('button', { type: 'button', class: 'insp-run-row', 'data-testid': 'inspection-run-row', 'data-run-id': r.id, 'aria-pressed': String(r.id === this.shownId) }, runLabel(r));
        b.addEventListener('click', () => void this.pick(r));
        return b;
      }),
    );
  }

  private busy(b: boolean): void {
    this.button.disabled = b;
    this.button.textContent = b ? t.running : t.start;
    for (const x of this.runs.querySelectorAll('button')) x.disabled = b;
  }
}
