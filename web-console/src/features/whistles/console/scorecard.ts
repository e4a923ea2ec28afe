// 部门考评 (county commander, zone dispatchers, auditor): per department, the whistles received, reported and arrived on
// time, the median times to report and to arrive, and the township's average rating over a period (and a zone).
// Hooks: #scorecard-from, #scorecard-to (YYYY-MM-DD), #scorecard-zone, #scorecard-query, #scorecard-error,
// #scorecard-table rows .score-row[data-department-id] with td[data-col] (received, reportedOnTime, arrivedOnTime,
// medianReport, medianArrive, rating).
import { getDepartmentScores } from '../api';
import type { County } from '../../../api/types';
import type { DepartmentScore } from '../types';
import { whistleText as t } from '../words';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { defaultRange, minutesText, orderScores, ratingText, shareText } from './scorecardFormat';

export class Scorecard {
  private readonly from = h('input', { type: 'date', id: 'scorecard-from' });
  private readonly to = h('input', { type: 'date', id: 'scorecard-to' });
  private readonly zone: HTMLSelectElement;
  private readonly query = h('button', { type: 'submit', class: 'btn btn-primary', id: 'scorecard-query' }, t.query);
  private readonly error = h('div', { class: 'panel-notice', id: 'scorecard-error', role: 'alert' });
  private readonly table = h('div', { class: 'scorecard-body' });
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.query.disabled = b) });

  constructor(
    pane: HTMLElement,
    private readonly lookup: Lookup,
    county: County | null,
    zoneIds: string[],
  ) {
    const range = defaultRange(Date.now());
    this.from.value = range.from;
    this.to.value = range.to;
    // A zone's dispatcher picks among its zones; the county and the auditor among all.
    const zones = (county?.zones ?? []).filter((z) => !zoneIds.length || zoneIds.includes(z.id));
    this.zone = h('select', { id: 'scorecard-zone' }, h('option', { value: '' }, t.allZones), ...zones.map((z) => h('option', { value: z.id }, z.name)));
    const form = h(
      'form',
      { class: 'scorecard-filters', novalidate: true },
      h('label', {}, t.from, this.from),
      h('label', {}, t.to, this.to),
      h('label', {}, t.zone, this.zone),
      this.query,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.load();
    });
    pane.append(h('h2', { class: 'scorecard-title' }, t.scoreTitle), form, this.error, this.table);
    void this.load();
  }

  private async load(): Promise<void> {
    if (this.from.value && this.to.value && this.from.value > this.to.value) {
      this.error.textContent = t.badRange;
      return;
    }
    const rows = await this.runner.run(() => getDepartmentScores({ from: this.from.value, to: this.to.value, zoneId: this.zone.value }));
    if (!rows) return;
    this.render(orderScores(rows, this.lookup.departmentList().map((d) => d.id)));
  }

  private render(rows: DepartmentScore[]): void {
    if (!rows.length) {
      this.table.replaceChildren(h('div', { class: 'officer-list-empty', id: 'scorecard-table' }, t.scoreEmpty));
      return;
    }
    const cell = (col: string, text: string) => h('td', { 'data-col': col }, text);
    this.table.replaceChildren(
      h(
        'table',
        { class: 'scorecard-table', id: 'scorecard-table' },
        h('thead', {}, h('tr', {}, ...t.scoreColumns.map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              { class: 'score-row', 'data-department-id': r.departmentId },
              h('th', { scope: 'row' }, this.lookup.departmentShort(r.departmentId)),
              cell('received', String(r.whistlesReceived)),
              cell('reportedOnTime', shareText(r.reportedOnTime, r.whistlesReceived)),
              cell('arrivedOnTime', shareText(r.arrivedOnTime, r.whistlesReceived)),
              cell('medianReport', minutesText(r.medianReportSeconds)),
              cell('medianArrive', minutesText(r.medianArriveSeconds)),
              cell('rating', ratingText(r.averageRating)),
            ),
          ),
        ),
      ),
    );
  }
}
