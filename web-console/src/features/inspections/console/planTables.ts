// The plan lines and the out-of-plan filings as tables (one row per plan line; newest filing first).
// Hooks: [data-testid=plan-row][data-department-id][data-period], [data-testid=adhoc-row][data-status].
import type { AdhocView, PlanView } from '../types';
import { adhocStatusName, EXEMPTION_NAMES, inspectionText as t } from '../words';
import { shortDateTime } from '../../../shared/format';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { percentText } from './indicatorFormat';
import { targetText } from './planDraft';

interface Names {
  lookup: Lookup;
  itemName: (code: string) => string;
}

function table(columns: readonly string[], rows: HTMLElement[], empty: string, testid: string): HTMLElement {
  if (!rows.length) return h('div', { class: 'officer-list-empty', 'data-testid': `${testid}-empty` }, empty);
  return h(
    'table',
    { class: 'insp-table', 'data-testid': testid },
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows),
  );
}

export function renderPlanList(plans: PlanView[], n: Names & { scenarioName: (id: string | null | undefined) => string }): HTMLElement {
  const rows = plans.flatMap((p) =>
    p.items.map((item) =>
      h(
        'tr',
        { 'data-testid': 'plan-row', 'data-department-id': p.departmentId, 'data-period': item.period, 'data-item-code': item.itemCode },
        h('td', {}, n.lookup.departmentShort(p.departmentId)),
        h('td', {}, item.period),
        h('td', {}, n.itemName(item.itemCode)),
        h('td', {}, n.scenarioName(item.scenarioId)),
        h('td', {}, targetText(item.target, percentText)),
        h('td', { class: 'muted' }, t.plans.filedBy(p.filedBy, shortDateTime(p.filedAt))),
      ),
    ),
  );
  return table(t.plans.columns, rows, t.plans.empty, 'plan-list');
}

export function renderAdhocList(list: AdhocView[], n: Names): HTMLElement {
  const rows = [...list]
    .sort((a, b) => b.filedAt.localeCompare(a.filedAt))
    .map((a) =>
      h(
        'tr',
        { 'data-testid': 'adhoc-row', 'data-status': a.status, 'data-adhoc-id': a.id },
        h('td', {}, n.lookup.departmentShort(a.departmentId)),
        h('td', { title: a.enterpriseId }, a.enterpriseName || a.enterpriseId),
        h('td', {}, n.itemName(a.itemCode)),
        h('td', {}, a.plannedDate),
        h('td', {}, h('span', { class: 'insp-pill', 'data-status': a.status }, adhocStatusName(a.status))),
        h('td', { class: 'muted' }, [a.exemption ? EXEMPTION_NAMES[a.exemption] : '', a.reason ?? ''].filter(Boolean).join('；') || t.none),
      ),
    );
  return table(t.adhoc.columns, rows, t.adhoc.empty, 'adhoc-list');
}
