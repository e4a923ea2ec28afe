// One inspection task card on the field app: enterprise, planned date, the hours to avoid (production peaks), the items,
// the inspection code (亮码: shown to the enterprise, who checks it at /code/{code}), teammates, and per item the result
// form (合格 / 发现问题 / 严重问题 + note), then 保存结果 and 公示. What is being typed survives re-renders: the form is
// rebuilt only when the task itself changes, from the draft.
// Hooks: [data-testid=inspection-task-card][data-task-id][data-status]; inspection-task-code, inspection-code-link,
// inspection-task-teammates; [data-testid=inspection-result-item][data-item-code] with radios
// [data-testid=inspection-outcome-<pass|problem|severe>] and inspection-result-note; inspection-results-save,
// inspection-publish.
import { OUTCOMES, type InspectionTask, type Outcome } from '../../api/inspections';
import { inspectionText, OUTCOME_NAMES, taskStatusName } from '../../i18n/inspections';
import { shortDateTime } from '../../shared/format';
import type { Lookup } from '../../shared/lookup';
import { h } from '../../util/dom';
import { canPublish, canRecord, draftFrom, isDirty, type ResultDraft } from './resultDraft';

const t = inspectionText.field;

export type InspectionStep = 'save' | 'publish';

/** The public page of a code, on this site. */
export function codeLink(code: string): string {
  return `/code/${encodeURIComponent(code)}`;
}

export class InspectionTaskCard {
  readonly el: HTMLElement;
  draft: ResultDraft;
  private key = '';

  constructor(
    private task: InspectionTask,
    private readonly officerId: string,
    private readonly lookup: Lookup,
    private readonly onStep: (task: InspectionTask, step: InspectionStep, card: InspectionTaskCard) => void,
  ) {
    this.draft = draftFrom(task);
    this.el = h('article', { class: 'card inspection-task', 'data-testid': 'inspection-task-card', 'data-task-id': task.id });
  }

  /** A new copy from the server: the draft restarts from the recorded results unless the officer changed something. */
  render(task: InspectionTask, busy: boolean): void {
    const changed = task !== this.task;
    if (changed && !isDirty(this.draft, this.task)) this.draft = draftFrom(task);
    this.task = task;
    const key = [task.status, task.results.map((r) => `${r.itemCode}:${r.outcome}:${r.note ?? ''}`).join(','), task.inspectorIds.join(','), task.code, task.publishedAt, busy].join('|');
    if (key === this.key) return;
    this.key = key;
    this.build(task, busy);
  }

  /** Saved: the server's results are the draft now. */
  saved(task: InspectionTask): void {
    this.draft = draftFrom(task);
    this.task = task;
    this.key = '';
  }

  private build(x: InspectionTask, busy: boolean): void {
    this.el.dataset.status = x.status;
    const teammates = x.inspectors.filter((i) => i.officerId !== this.officerId);
    const recordable = canRecord(x);
    const props: (HTMLElement | string)[] = [
      h('dt', {}, t.plannedDate),
      h('dd', {}, x.plannedDate),
      h('dt', {}, t.avoid),
      h('dd', {}, x.avoidHours ? x.avoidHours.split(';').join('、') : t.avoidNone),
      h('dt', {}, inspectionText.lead),
      h('dd', {}, this.lookup.departmentShort(x.leadDepartmentId)),
      h('dt', {}, inspectionText.departments),
      h('dd', {}, x.departmentIds.map((d) => this.lookup.departmentShort(d)).join('、')),
      h('dt', {}, t.teammates),
      h('dd', { 'data-testid': 'inspection-task-teammates' }, teammates.map((i) => `${i.name}（${this.lookup.departmentShort(i.departmentId)} ${i.certificateNo}）`).join('、') || inspectionText.none),
    ];
    if (x.code) {
      props.push(
        h('dt', {}, t.code),
        h(
          'dd',
          {},
          h('div', { class: 'insp-code', 'data-testid': 'inspection-task-code' }, x.code),
          h('a', { href: codeLink(x.code), target: '_blank', rel: 'noopener', 'data-testid': 'inspection-code-link' }, `${t.codeLink} ${codeLink(x.code)}`),
        ),
      );
    }
    if (x.publishDeadline && x.status !== 'published') props.push(h('dt', {}, inspectionText.status), h('dd', { class: x.publishOverdue ? 'code-error' : '' }, x.publishOverdue ? t.publishOverdue : t.publishBy(shortDateTime(x.publishDeadline))));
    const save = h('button', { type: 'button', class: 'btn btn-big', 'data-testid': 'inspection-results-save' }, t.save);
    const publish = h('button', { type: 'button', class: 'btn btn-big btn-primary', 'data-testid': 'inspection-publish' }, t.publish);
    save.disabled = busy || !recordable;
    publish.disabled = busy || !canPublish(x);
    save.addEventListener('click', () => this.onStep(this.task, 'save', this));
    publish.addEventListener('click', () => this.onStep(this.task, 'publish', this));
    this.el.replaceChildren(
      h('div', { class: 'assignment-head' }, h('span', { class: 'assignment-kicker' }, x.status === 'drawn' && !x.results.length ? t.newTask : t.title), h('span', { class: 'insp-pill', 'data-status': x.status }, taskStatusName(x.status))),
      h('div', { class: 'assignment-title' }, h('span', {}, x.enterpriseName)),
      h('dl', { class: 'field-props assignment-props' }, ...props),
      h('div', { class: 'inspection-results' }, h('strong', {}, t.results), ...x.items.map((i) => this.itemForm(i.itemCode, i.name, recordable && !busy))),
      x.status === 'published' ? h('div', { class: 'code-rated' }, t.publishedDone) : h('div', { class: 'inspection-task-actions' }, save, publish),
    );
  }

  private itemForm(code: string, name: string, enabled: boolean): HTMLElement {
    const d = this.draft.get(code) ?? { outcome: null, note: '', uploaded: [] };
    this.draft.set(code, d);
    const group = `outcome-${this.task.id}-${code}`;
    const radios = OUTCOMES.map((o: Outcome) => {
      const r = h('input', { type: 'radio', name: group, value: o, checked: d.outcome === o, disabled: !enabled, 'data-testid': `inspection-outcome-${o}` });
      r.addEventListener('change', () => (d.outcome = o));
      return h('label', {}, r, OUTCOME_NAMES[o]);
    });
    const note = h('textarea', { rows: 2, maxlength: 1000, placeholder: t.notePlaceholder, 'aria-label': t.note, disabled: !enabled, 'data-testid': 'inspection-result-note' });
    note.value = d.note;
    note.addEventListener('input', () => (d.note = note.value));
    return h('div', { class: 'inspection-result-item', 'data-testid': 'inspection-result-item', 'data-item-code': code }, h('div', { class: 'ir-name' }, name), h('div', { class: 'inspection-outcomes' }, ...radios), note);
  }
}
