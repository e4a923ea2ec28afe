// Small pieces the inspection forms share: a labelled field, a <select> of departments, the catalogue's items of one
// department, and the result line under a form.
import type { Catalogue } from '../types';
import { h } from '../../../util/dom';

export function field(label: string, control: HTMLElement, cls = ''): HTMLElement {
  return h('label', { class: `insp-field ${cls}`.trim() }, h('span', {}, label), control);
}

export function departmentSelect(testid: string, departments: { id: string; name: string }[]): HTMLSelectElement {
  return h('select', { 'data-testid': testid }, ...departments.map((d) => h('option', { value: d.id }, d.name)));
}

/** Replace a select's options with the department's items (all items when the department has none listed). */
export function fillItems(select: HTMLSelectElement, catalogue: Catalogue, departmentId: string): void {
  const own = catalogue.items.filter((i) => i.departmentId === departmentId);
  const items = own.length ? own : catalogue.items;
  const keep = select.value;
  select.replaceChildren(...items.map((i) => h('option', { value: i.code }, `${i.name}（${i.code}）`)));
  if (items.some((i) => i.code === keep)) select.value = keep;
}

/** The line under a form: success or refusal, with a data-state the tests read. */
export function resultLine(testid: string): HTMLElement {
  return h('div', { class: 'insp-result', 'data-testid': testid, role: 'status', 'aria-live': 'polite' });
}

export function showResult(el: HTMLElement, state: 'ok' | 'refused' | '', text: string): void {
  el.dataset.state = state;
  el.textContent = text;
}
