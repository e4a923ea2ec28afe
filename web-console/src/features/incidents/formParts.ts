// Form parts shared by the console's hotline intake and the grid page's report form (the pin is in shared/locationPicker).
import { PRIORITIES } from './types';
import { priorityName, incidentText as t } from './words';
import { h } from '../../util/dom';
import { uuid } from '../../util/uuid';
import type { Lookup } from '../../shared/lookup';

/**
 * Category <select> grouped by department (shared with the grid page and the console's 历史 filter). A form's picker
 * is required and asks for a choice; a filter's (`any`: the empty option's text, e.g. 全部类别) is not.
 */
export function categorySelect(id: string, lookup: Lookup, any?: string): HTMLSelectElement {
  const select = h('select', { id, required: !any }, h('option', { value: '' }, any ?? t.categoryPlaceholder));
  const byDept = new Map<string, HTMLOptionElement[]>();
  for (const c of lookup.categoryList()) {
    const list = byDept.get(c.departmentId) ?? [];
    list.push(h('option', { value: c.id }, c.name));
    byDept.set(c.departmentId, list);
  }
  const known = new Set<string>();
  for (const d of lookup.departmentList()) {
    const list = byDept.get(d.id);
    if (!list) continue;
    known.add(d.id);
    select.append(h('optgroup', { label: d.name }, ...list));
  }
  for (const [dept, list] of byDept) if (!known.has(dept)) select.append(...list);
  return select;
}

export function prioritySelect(id: string): HTMLSelectElement {
  const select = h('select', { id }, ...PRIORITIES.map((p) => h('option', { value: p }, priorityName(p))));
  select.value = 'normal';
  return select;
}

/**
 * One key per submission: kept while the same payload is retried (a lost response must not create a
 * second incident), replaced when the payload changes or after success.
 */
export class IdempotencyKeys {
  private key = '';
  private payload = '';

  keyFor(body: unknown): string {
    const json = JSON.stringify(body);
    if (!this.key || json !== this.payload) {
      this.key = uuid();
      this.payload = json;
    }
    return this.key;
  }

  reset(): void {
    this.key = '';
    this.payload = '';
  }
}
