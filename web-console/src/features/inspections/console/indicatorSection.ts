// 指标: the seven indicators for a period, for the county (or a desk's own department), the departments compared in a
// bar chart, and the same figures exported as CSV (the server's own CSV, fetched with the token, saved as a file).
// Hooks: indicator-from, indicator-to, indicator-query, indicator-export, indicator-error, indicator-scope,
// [data-testid=indicator-<key>] for jointRate, visitsSaved, plannedRate, repeatRate, jointInspectionRate, codeRate,
// publishedOnTimeRate (the value; data-value holds the raw number), indicator-visits, indicator-chart.
import { getIndicators, getIndicatorsCsv } from '../api';
import type { IndicatorQuery, Indicators } from '../types';
import type { Me } from '../../../api/types';
import { INDICATOR_KEYS, INDICATOR_NAMES, inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { downloadText } from './csvDownload';
import { field } from './formParts';
import type { IndicatorChart } from './indicatorChart';
import { chartSeries, csvFileName, defaultPeriod, indicatorText } from './indicatorFormat';
import { indicatorScope } from './inspectionRoles';

const t = inspectionText.indicators;

export interface IndicatorSectionDeps {
  lookup: Lookup;
  me: Me;
}

export class IndicatorSection {
  private readonly from = h('input', { type: 'date', 'data-testid': 'indicator-from' });
  private readonly to = h('input', { type: 'date', 'data-testid': 'indicator-to' });
  private readonly query = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'indicator-query' }, t.query);
  private readonly exportButton = h('button', { type: 'button', class: 'btn', 'data-testid': 'indicator-export' }, t.export);
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'indicator-error' });
  private readonly scopeLine = h('div', { class: 'insp-run-label', 'data-testid': 'indicator-scope' });
  private readonly visits = h('div', { class: 'muted', 'data-testid': 'indicator-visits' });
  private readonly tiles = new Map<string, HTMLElement>();
  private readonly chartTitle = h('h4', { class: 'insp-subtitle' }, t.chartTitle);
  private readonly chartEl = h('div', { class: 'insp-chart', 'data-testid': 'indicator-chart' });
  /** ECharts is loaded on first use: most console sessions never open the indicators. */
  private chart: Promise<IndicatorChart> | null = null;
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.query.disabled = this.exportButton.disabled = b) });
  private readonly scope: IndicatorQuery | null;
  private chartData: ReturnType<typeof chartSeries> | null = null;
  private loaded = false;

  constructor(
    el: HTMLElement,
    private readonly d: IndicatorSectionDeps,
  ) {
    const period = defaultPeriod(Date.now());
    this.from.value = period.from;
    this.to.value = period.to;
    const s = indicatorScope(d.me);
    this.scope = s;
    const form = h('form', { class: 'insp-form insp-inline', novalidate: true }, field(t.from, this.from), field(t.to, this.to), h('div', { class: 'insp-actions' }, this.query, this.exportButton));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.load();
    });
    this.exportButton.addEventListener('click', () => void this.exportCsv());
    const grid = h(
      'div',
      { class: 'insp-indicators' },
      ...INDICATOR_KEYS.map((k) => {
        const value = h('span', { class: 'insp-figure-value', 'data-testid': `indicator-${k}` }, inspectionText.none);
        this.tiles.set(k, value);
        return h('div', { class: 'insp-figure' }, value, h('span', { class: 'insp-figure-label' }, INDICATOR_NAMES[k]));
      }),
    );
    el.append(h('div', { class: 'insp-head' }, h('h3', {}, t.title)), form, this.error, this.scopeLine, grid, this.visits, this.chartTitle, this.chartEl);
  }

  /** The sub-view was shown: load once, then only redraw (the chart had no size while hidden). */
  shown(): void {
    if (!this.loaded) void this.load();
    else if (this.chartData) void this.draw(this.chartData);
  }

  private async draw(data: ReturnType<typeof chartSeries>): Promise<void> {
    this.chart ??= import('./indicatorChart').then((m) => new m.IndicatorChart(this.chartEl));
    try {
      (await this.chart).show(data);
    } catch {
      this.chart = null; // the chunk could not be loaded (offline): the figures above still stand
    }
  }

  private period(): { from: string; to: string } | null {
    if (this.from.value && this.to.value && this.from.value > this.to.value) {
      this.error.textContent = t.badRange;
      return null;
    }
    return { from: this.from.value, to: this.to.value };
  }

  private scopeLabel(): string {
    return this.scope?.scope === 'department' ? this.d.lookup.departmentShort(this.scope.id ?? null) : t.county;
  }

  async load(): Promise<void> {
    const p = this.period();
    if (!p || !this.scope) return;
    this.loaded = true;
    const departments = this.scope.scope === 'county' ? this.d.lookup.departmentList() : [{ id: this.scope.id!, name: this.scopeLabel() }];
    const got = await this.runner.run(() =>
      Promise.all([
        getIndicators({ ...this.scope!, ...p }),
        // The comparison: one request per department (a failing department shows as a gap, not as an error).
        Promise.all(departments.map((dep) => getIndicators({ scope: 'department', id: dep.id, ...p }).catch(() => null))),
      ]),
    );
    if (!got) return;
    const [main, perDept] = got;
    this.scopeLine.textContent = `${this.scopeLabel()} · ${p.from || '…'} — ${p.to || '…'}`;
    this.render(main);
    const all = departments.flatMap((dep, i) => (perDept[i] ? [{ label: this.d.lookup.departmentShort(dep.id), indicators: perDept[i]! }] : []));
    // Departments with no visit in the period have nothing to compare; the chart keeps them only when none has one.
    const active = all.filter((r) => r.indicators.visits > 0);
    const rows = active.length ? active : all;
    this.chartData = chartSeries(rows);
    await this.draw(this.chartData);
  }

  private render(ind: Indicators): void {
    for (const k of INDICATOR_KEYS) {
      const el = this.tiles.get(k)!;
      el.textContent = indicatorText(k, ind);
      el.dataset.value = String(ind[k] ?? '');
    }
    this.visits.textContent = t.visits(ind.visits, ind.checks);
  }

  private async exportCsv(): Promise<void> {
    const p = this.period();
    if (!p || !this.scope) return;
    const csv = await this.runner.run(() => getIndicatorsCsv({ ...this.scope!, ...p }));
    if (csv === undefined) return;
    downloadText(csvFileName(this.scopeLabel(), p.from, p.to), csv);
  }
}
