// Enterprises found by the directory search: 名称 / 统一社会信用代码 / 乡镇 / 行业 / 风险 / 信用 / 重点. The credit code is
// the enterprise's id in plans, out-of-plan checks and recusals.
// Hooks: enterprise-table, rows [data-testid=enterprise-row][data-enterprise-id], enterprise-empty.
import type { EnterpriseView } from '../directoryApi';
import { inspectionText, riskName } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { scrollTable } from './tableParts';

const t = inspectionText.directory;

export function renderEnterprises(list: EnterpriseView[], lookup: Lookup): HTMLElement {
  if (!list.length) return h('div', { class: 'officer-list-empty', 'data-testid': 'enterprise-empty' }, t.searchEmpty);
  return scrollTable(
    'enterprise-table',
    t.enterpriseColumns,
    list.map((e) =>
      h(
        'tr',
        { 'data-testid': 'enterprise-row', 'data-enterprise-id': e.id },
        h('td', {}, e.name),
        h('td', {}, h('code', {}, e.creditCode)),
        h('td', {}, lookup.township(e.townshipId)),
        h('td', {}, e.industry),
        h('td', {}, h('span', { class: 'insp-pill', 'data-risk': e.riskLevel }, riskName(e.riskLevel))),
        h('td', {}, e.creditGrade),
        h('td', {}, e.keyList ? h('span', { class: 'insp-flag' }, t.keyList) : inspectionText.none),
      ),
    ),
  );
}
