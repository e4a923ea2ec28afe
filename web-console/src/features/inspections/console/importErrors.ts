// A refused directory import (400): the problem's `rows` ({row, field, error}, at most the first 1000) and `errorCount`
// (all of them) as a table of 行 / 列 / 问题 with the line "共 N 处错误，未导入任何数据".
// Hooks: [data-testid=<kind>-import-errors] with rows [data-testid=import-error-row][data-row].
import type { ImportRowError } from '../directoryApi';
import { inspectionText } from '../words';
import { h } from '../../../util/dom';
import { scrollTable } from './tableParts';

const t = inspectionText.directory;

export interface ImportErrors {
  rows: ImportRowError[];
  /** All errors in the file; rows may list fewer. */
  errorCount: number;
}

function rowError(x: unknown): ImportRowError | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  if (typeof r.row !== 'number' || typeof r.error !== 'string') return null;
  return { row: r.row, field: typeof r.field === 'string' ? r.field : '', error: r.error };
}

/** The rows of a refused import's problem details, or null when the problem has none (some other failure). */
export function importErrors(problem: unknown): ImportErrors | null {
  if (typeof problem !== 'object' || problem === null) return null;
  const p = problem as Record<string, unknown>;
  if (!Array.isArray(p.rows)) return null;
  const rows = p.rows.map(rowError).filter((r): r is ImportRowError => r !== null);
  if (!rows.length) return null;
  const count = typeof p.errorCount === 'number' && p.errorCount >= rows.length ? p.errorCount : rows.length;
  return { rows, errorCount: count };
}

/** The line over the table. */
export function errorSummary(errors: ImportErrors): string {
  return t.errorCount(errors.errorCount) + (errors.errorCount > errors.rows.length ? t.errorsShown(errors.rows.length) : '');
}

export function renderImportErrors(errors: ImportErrors): HTMLElement[] {
  return [
    h('div', { class: 'insp-import-summary', 'data-testid': 'import-error-count' }, errorSummary(errors)),
    scrollTable(
      null,
      t.errorColumns,
      errors.rows.map((r) => h('tr', { 'data-testid': 'import-error-row', 'data-row': r.row }, h('td', {}, String(r.row)), h('td', {}, h('code', {}, r.field)), h('td', {}, r.error))),
    ),
  ];
}
