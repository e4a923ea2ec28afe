// The joint tasks of a run (or a desk's tasks): enterprise, lead and participating departments, items, planned date,
// status, inspection code and the inspectors drawn. Ordered by planned date, then enterprise.
// Hooks: [data-testid=inspection-task-table]; rows [data-testid=inspection-task-row][data-task-id][data-status]
// [data-enterprise-id] with td[data-col] (enterprise, lead, departments, items, plannedDate, status, code, inspectors).
import type { InspectionTask } from '../types';
import { inspectionText, taskStatusName } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';

const t = inspectionText.run;

export function orderTasks(tasks: InspectionTask[]): InspectionTask[] {
  return [...tasks].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN') || a.id.localeCompare(b.id));
}

/** Who was drawn, by name: the view's inspectors, else the ids the draw gave (names not known yet). */
export function inspectorNames(task: Pick<InspectionTask, 'inspectors' | 'inspectorIds'>): string {
  if (task.inspectors.length) return task.inspectors.map((i) => i.name).join('、');
  return task.inspectorIds.join('、') || inspectionText.none;
}

export function renderTaskTable(tasks: InspectionTask[], lookup: Lookup, limit = 500): HTMLElement {
  if (!tasks.length) return h('div', { class: 'officer-list-empty', 'data-testid': 'inspection-task-empty' }, t.tasksEmpty);
  const cell = (col: string, ...c: (Node | string | null)[]) => h('td', { 'data-col': col }, ...c);
  const shown = orderTasks(tasks).slice(0, limit);
  return h(
    'table',
    { class: 'insp-table insp-tasks', 'data-testid': 'inspection-task-table' },
    h('thead', {}, h('tr', {}, ...t.taskColumns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...shown.map((x) =>
        h(
          'tr',
          { 'data-testid': 'inspection-task-row', 'data-task-id': x.id, 'data-status': x.status, 'data-enterprise-id': x.enterpriseId },
          cell('enterprise', x.enterpriseName, x.repeatFlag ? h('span', { class: 'insp-flag' }, t.repeat) : null),
          cell('lead', lookup.departmentShort(x.leadDepartmentId)),
          cell('departments', x.departmentIds.map((d) => lookup.departmentShort(d)).join('、')),
          cell('items', x.items.map((i) => i.name).join('、')),
          cell('plannedDate', x.plannedDate),
          cell('status', h('span', { class: 'insp-pill', 'data-status': x.status }, taskStatusName(x.status))),
          cell('code', x.code ? h('a', { href: `/code/${encodeURIComponent(x.code)}`, target: '_blank', rel: 'noopener' }, x.code) : inspectionText.none),
          cell('inspectors', inspectorNames(x)),
        ),
      ),
    ),
  );
}
