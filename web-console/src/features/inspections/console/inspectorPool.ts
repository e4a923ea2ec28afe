// The inspector pool draws use (GET /api/inspectors): the imported directory, or the county's officers while none is
// imported. A line says which, and a table lists 执法证号 / 姓名 / 部门 / 资格 / 类别 / 回避企业数.
// Hooks: inspector-pool-source[data-source=import|county], inspector-pool-table, rows
// [data-testid=inspector-pool-row][data-certificate-no], inspector-pool-empty.
import type { InspectorView } from '../directoryApi';
import { inspectionText, staffKindName } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { scrollTable } from './tableParts';

const t = inspectionText.directory;

/** Where the pool comes from: the server marks every entry alike; an empty pool counts as the county's. */
export function poolSource(pool: Pick<InspectorView, 'source'>[]): 'import' | 'county' {
  return pool.some((x) => x.source === 'import') ? 'import' : 'county';
}

/** The line over the table: whether draws use the imported directory or the county officer list. */
export function poolSourceText(pool: Pick<InspectorView, 'source'>[]): string {
  return poolSource(pool) === 'import' ? t.poolImported(pool.length) : t.poolCounty(pool.length);
}

export function renderPool(pool: InspectorView[], lookup: Lookup): HTMLElement[] {
  const line = h('div', { class: 'insp-run-label', 'data-testid': 'inspector-pool-source', 'data-source': poolSource(pool) }, poolSourceText(pool));
  if (!pool.length) return [line, h('div', { class: 'officer-list-empty', 'data-testid': 'inspector-pool-empty' }, t.poolEmpty)];
  const none = inspectionText.none;
  const rows = pool.map((x) =>
    h(
      'tr',
      { 'data-testid': 'inspector-pool-row', 'data-certificate-no': x.certificateNo, 'data-staff-kind': x.staffKind },
      h('td', {}, x.certificateNo),
      h('td', {}, x.name),
      h('td', {}, lookup.departmentShort(x.departmentId)),
      h('td', {}, x.qualifications.join('、') || none),
      h('td', {}, staffKindName(x.staffKind)),
      h('td', {}, String(x.recusals.length)),
    ),
  );
  return [line, scrollTable('inspector-pool-table', t.poolColumns, rows)];
}
