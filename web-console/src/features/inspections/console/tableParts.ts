// The directory tables' frame: a horizontally scrolling wrapper, a header row of Chinese column names, and the rows.
import { h } from '../../../util/dom';

export function scrollTable(testid: string | null, columns: readonly string[], rows: HTMLTableRowElement[]): HTMLElement {
  return h(
    'div',
    { class: 'insp-table-wrap' },
    h('table', { class: 'insp-table', 'data-testid': testid }, h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows)),
  );
}
