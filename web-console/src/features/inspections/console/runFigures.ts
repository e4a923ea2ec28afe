// A planner run's figures: visits planned against each department checking alone and against the lower bound (the
// distinct enterprise-periods that must be visited), the visits saved (naive − planned), and the rule violations,
// which must be none (listed when there are).
// Hooks: [data-testid=inspection-run-figures][data-run-id] with run-visits-planned, run-naive-visits, run-lower-bound,
// run-visits-saved, run-repeat-flags; [data-testid=inspection-run-violations][data-count] with inspection-violation-row.
import type { PlannerRun } from '../types';
import { inspectionText } from '../words';
import { h } from '../../../util/dom';

const t = inspectionText.run;

/** 减少扰企户次: the visits merging saved against each department visiting on its own (never below 0). */
export function visitsSaved(run: Pick<PlannerRun, 'naiveVisits' | 'visitsPlanned'>): number {
  return Math.max(0, run.naiveVisits - run.visitsPlanned);
}

function figure(testid: string, label: string, value: number, cls = ''): HTMLElement {
  return h('div', { class: `insp-figure ${cls}`.trim() }, h('span', { class: 'insp-figure-value', 'data-testid': testid }, String(value)), h('span', { class: 'insp-figure-label' }, label));
}

export function renderRunFigures(run: PlannerRun): HTMLElement {
  const v = run.violations;
  return h(
    'div',
    { class: 'insp-run-figures' },
    h(
      'div',
      { class: 'insp-figures', 'data-testid': 'inspection-run-figures', 'data-run-id': run.id },
      figure('run-visits-planned', t.visitsPlanned, run.visitsPlanned, 'main'),
      figure('run-naive-visits', t.naiveVisits, run.naiveVisits),
      figure('run-lower-bound', t.lowerBound, run.lowerBound),
      figure('run-visits-saved', t.visitsSaved, visitsSaved(run), 'good'),
      figure('run-repeat-flags', t.repeatFlags, run.repeatFlags),
    ),
    h(
      'div',
      { class: `insp-violations ${v.length ? 'bad' : 'ok'}`, 'data-testid': 'inspection-run-violations', 'data-count': v.length },
      h('strong', {}, v.length ? t.violationsSome(v.length) : t.violationsNone),
      v.length
        ? h('ul', {}, ...v.map((x) => h('li', { 'data-testid': 'inspection-violation-row', 'data-rule': x.rule }, `${x.enterpriseId} · ${x.rule}：${x.message}`)))
        : null,
    ),
  );
}
