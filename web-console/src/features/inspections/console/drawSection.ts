// 双随机抽取: for the run chosen in 统筹合并, the planner draws the inspectors (N per visit); everyone who reads sees the
// record (seed commitment, the seed revealed after the draw, the frozen pool's hash, task → inspectors, the tasks that
// could not be staffed) and may have the server re-run it (核验: match ✓ or ✗ with its details).
// Hooks: draw-run-label, draw-per-visit, draw-button, draw-error, [data-testid=draw-record][data-draw-id] with
// draw-seed-commitment, draw-seed, draw-pool-hash, draw-pool-size, [data-testid=draw-result-row][data-task-id],
// [data-testid=draw-unstaffed-row][data-task-id]; draw-verify-button; draw-verify-result[data-match=true|false];
// draw-recusals (the optional 回避名单, one "officerId,enterpriseId" a line; a malformed line is shown in draw-error).
import { getDraw, getRuns, getTasks, startDraw, verifyDraw } from '../api';
import type { Draw, InspectionTask, PlannerRun } from '../types';
import { inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { shortDateTime } from '../../../shared/format';
import { h } from '../../../util/dom';
import { field } from './formParts';
import { runLabel } from './mergeSection';
import { parseRecusals } from './recusals';

const t = inspectionText.draw;

/** The draw records a run's tasks point at, newest first by id order of appearance. */
export function drawIdsOf(tasks: Pick<InspectionTask, 'drawId'>[]): string[] {
  return [...new Set(tasks.map((x) => x.drawId).filter((id): id is string => !!id))];
}

export class DrawSection {
  readonly el: HTMLElement;
  private readonly runText = h('div', { class: 'insp-run-label', 'data-testid': 'draw-run-label' });
  private readonly perVisit = h('input', { type: 'number', min: 2, max: 6, step: 1, value: '2', 'data-testid': 'draw-per-visit' });
  private readonly recusals = h('textarea', { rows: 3, placeholder: t.recusalsPlaceholder, 'data-testid': 'draw-recusals' });
  private readonly button = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'draw-button' }, t.start);
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'draw-error' });
  private readonly picker = h('div', { class: 'insp-runs' });
  private readonly record = h('div', { class: 'insp-draw' });
  private readonly verifyButton = h('button', { type: 'button', class: 'btn', 'data-testid': 'draw-verify-button' }, t.verify);
  private readonly verifyResult = h('div', { class: 'insp-verify', 'data-testid': 'draw-verify-result', role: 'status', 'aria-live': 'polite' });
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => this.busy(b) });
  private run: PlannerRun | null = null;
  private tasks = new Map<string, InspectionTask>();
  private draws: string[] = [];
  private shown: Draw | null = null;

  /** canDraw: the planner draws; the county and the auditor read and verify. */
  constructor(canDraw: boolean) {
    const form = h(
      'form',
      { class: 'insp-form insp-inline', novalidate: true },
      field(t.perVisit, this.perVisit),
      field(t.recusals, this.recusals, 'insp-recusals'),
      h('div', { class: 'insp-actions' }, this.button),
      h('div', { class: 'insp-hint muted insp-recusals-hint' }, t.recusalsHint),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.draw();
    });
    this.verifyButton.addEventListener('click', () => void this.verify());
    this.el = h(
      'div',
      {},
      h('div', { class: 'insp-head' }, h('h3', {}, t.title)),
      this.runText,
      canDraw ? form : '',
      this.error,
      this.picker,
      // Above the record: its result table runs to one row per visit.
      h('div', { class: 'insp-actions' }, this.verifyButton),
      this.verifyResult,
      this.record,
    );
    this.render();
  }

  /** The run 统筹合并 shows (with its tasks), or none. */
  setRun(run: PlannerRun | null): void {
    if (run?.id !== this.run?.id) {
      this.shown = null;
      this.draws = [];
      this.clearVerify();
    }
    this.run = run;
    this.tasks = new Map((run?.tasks ?? []).map((x) => [x.id, x]));
    this.draws = drawIdsOf(run?.tasks ?? []);
    this.render();
    // The record is what this view is for: read the newest one as soon as the run is known.
    const latest = this.draws.at(-1);
    if (latest && !this.shown) void this.open(latest);
  }

  /** Shown: read the run's latest draw record (the newest run when 统筹合并 has not chosen one yet). */
  async load(): Promise<void> {
    if (!this.run) {
      const runs = await this.runner.run(() => getRuns());
      if (runs?.[0] && !this.run) this.run = runs[0];
    }
    if (!this.run) return this.render();
    const tasks = await this.runner.run(() => getTasks({ runId: this.run!.id }));
    if (tasks) {
      this.tasks = new Map(tasks.map((x) => [x.id, x]));
      this.draws = drawIdsOf(tasks);
    }
    const id = this.shown?.id && this.draws.includes(this.shown.id) ? this.shown.id : this.draws.at(-1);
    if (id) await this.open(id);
    else this.render();
  }

  private async open(id: string): Promise<void> {
    const draw = await this.runner.run(() => getDraw(id));
    if (draw && draw.id !== this.shown?.id) this.clearVerify();
    if (draw) this.shown = draw;
    this.render();
  }

  private async draw(): Promise<void> {
    if (!this.run) return void (this.error.textContent = t.noRun);
    const n = Math.max(2, Math.round(Number(this.perVisit.value) || 2));
    const parsed = parseRecusals(this.recusals.value);
    if ('error' in parsed) return void (this.error.textContent = parsed.error);
    const draw = await this.runner.run(() => startDraw(this.run!.id, n, parsed.recusals));
    if (!draw) return;
    this.shown = draw;
    this.clearVerify();
    if (!this.draws.includes(draw.id)) this.draws.push(draw.id);
    // The tasks now carry the inspectors' names and the codes.
    const tasks = await this.runner.run(() => getTasks({ runId: this.run!.id }));
    if (tasks) this.tasks = new Map(tasks.map((x) => [x.id, x]));
    this.render();
  }

  private async verify(): Promise<void> {
    const draw = this.shown;
    if (!draw) return;
    this.clearVerify();
    const v = await this.runner.run(() => verifyDraw(draw.id));
    if (!v) return;
    this.verifyResult.dataset.match = String(v.match);
    this.verifyResult.classList.toggle('bad', !v.match);
    this.verifyResult.replaceChildren(h('strong', {}, v.match ? t.match : t.mismatch), h('div', { class: 'muted' }, v.details));
  }

  private clearVerify(): void {
    delete this.verifyResult.dataset.match;
    this.verifyResult.classList.remove('bad');
    this.verifyResult.replaceChildren();
  }

  private render(): void {
    this.runText.textContent = this.run ? t.forRun(runLabel(this.run)) : t.noRun;
    this.button.disabled = !this.run || this.runner.busy;
    this.picker.replaceChildren(
      ...(this.draws.length > 1
        ? [
            h('span', { class: 'muted' }, t.drawsOfRun),
            ...this.draws.map((id) => {
              const b = h('button', { type: 'button', class: 'insp-run-row', 'data-testid': 'draw-pick', 'data-draw-id': id, 'aria-pressed': String(id === this.shown?.id) }, id);
              b.addEventListener('click', () => void this.open(id));
              return b;
            }),
          ]
        : []),
    );
    this.verifyButton.hidden = !this.shown;
    if (!this.shown) {
      this.record.replaceChildren(this.run ? h('div', { class: 'muted', 'data-testid': 'draw-none' }, t.noDraw) : '');
      return;
    }
    this.record.replaceChildren(this.renderRecord(this.shown));
  }

  private renderRecord(draw: Draw): HTMLElement {
    const line = (testid: string, label: string, value: string) => h('div', { class: 'insp-kv' }, h('span', { class: 'muted' }, label), h('code', { 'data-testid': testid }, value));
    const enterprise = (taskId: string) => this.tasks.get(taskId)?.enterpriseName ?? taskId;
    const names = (taskId: string, ids: string[]) => {
      const known = new Map((this.tasks.get(taskId)?.inspectors ?? []).map((i) => [i.officerId, i.name]));
      return ids.map((id) => known.get(id) ?? id).join('、');
    };
    return h(
      'div',
      { 'data-testid': 'draw-record', 'data-draw-id': draw.id },
      h('div', { class: 'muted' }, `${draw.id} · ${shortDateTime(draw.createdAt)} · ${draw.createdBy}`),
      line('draw-seed-commitment', t.commitment, draw.seedCommitment),
      line('draw-seed', t.seed, draw.seed),
      line('draw-pool-hash', t.poolHash, draw.poolHash),
      line('draw-pool-size', t.poolSize, String(draw.poolSize)),
      line('draw-per-visit-used', t.perVisit, String(draw.parameters.inspectorsPerVisit)),
      h('h4', { class: 'insp-subtitle' }, t.result),
      h(
        'table',
        { class: 'insp-table', 'data-testid': 'draw-result' },
        h('tbody', {}, ...draw.result.map((r) => h('tr', { 'data-testid': 'draw-result-row', 'data-task-id': r.taskId }, h('td', {}, enterprise(r.taskId)), h('td', {}, names(r.taskId, r.inspectorIds))))),
      ),
      h('h4', { class: 'insp-subtitle' }, t.unstaffed),
      draw.unstaffed.length
        ? h('ul', { 'data-testid': 'draw-unstaffed' }, ...draw.unstaffed.map((u) => h('li', { 'data-testid': 'draw-unstaffed-row', 'data-task-id': u.taskId }, `${enterprise(u.taskId)}：${u.reason}`)))
        : h('div', { class: 'muted', 'data-testid': 'draw-unstaffed' }, t.unstaffedNone),
    );
  }

  private busy(b: boolean): void {
    this.button.disabled = b || !this.run;
    this.verifyButton.disabled = b;
  }
}
