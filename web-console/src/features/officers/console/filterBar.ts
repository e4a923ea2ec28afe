// Department / status selects and a search box.
import { OFFICER_STATUSES, type OfficerStatus } from '../types';
import type { Department } from '../../../api/types';
import { statusName } from '../words';
import { officerText as t } from './words';
import { h } from '../../../util/dom';
import type { Filters } from './filters';

export class FilterBar {
  readonly el: HTMLElement;
  private readonly department: HTMLSelectElement;
  private readonly status: HTMLSelectElement;
  private readonly search: HTMLInputElement;

  constructor(departments: Department[], onChange: (patch: Partial<Filters>) => void) {
    this.department = h('select', { id: 'filter-department' }, h('option', { value: '' }, t.allDepartments));
    for (const d of departments) this.department.append(h('option', { value: d.id }, d.name));
    this.status = h('select', { id: 'filter-status' }, h('option', { value: '' }, t.allStatuses));
    for (const s of OFFICER_STATUSES) this.status.append(h('option', { value: s }, statusName(s)));
    this.search = h('input', { id: 'filter-search', type: 'search', placeholder: t.searchPlaceholder });

    this.department.addEventListener('change', () => onChange({ departmentId: this.department.value }));
    this.status.addEventListener('change', () => onChange({ status: this.status.value as OfficerStatus | '' }));
    this.search.addEventListener('input', () => onChange({ search: this.search.value.trim() }));

    this.el = h(
      'div',
      { class: 'filter-bar' },
      h('label', {}, h('span', {}, t.department), this.department),
      h('label', {}, h('span', {}, t.status), this.status),
      h('label', {}, h('span', {}, t.search), this.search),
    );
  }

  sync(f: Filters): void {
    if (this.department.value !== f.departmentId) this.department.value = f.departmentId;
    if (this.status.value !== f.status) this.status.value = f.status;
  }
}
