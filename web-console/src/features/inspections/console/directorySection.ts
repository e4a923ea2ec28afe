// 名录: the directories draws and plans rest on. The planner imports the enterprise and inspector directories from CSV;
// the county and the auditor read. Everyone who sees it reads the inspector pool draws use and searches enterprises
// (their credit codes are the ids plans and recusals name).
// Hooks: the import forms (see importForm.ts), inspector-pool-* (inspectorPool.ts), directory-error, enterprise-search,
// enterprise-search-button, enterprise-search-count, enterprise-row (enterpriseTable.ts).
import { getInspectors, searchEnterprises } from '../directoryApi';
import { inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { renderEnterprises } from './enterpriseTable';
import { field } from './formParts';
import { ImportForm } from './importForm';
import { renderPool } from './inspectorPool';

const t = inspectionText.directory;

export const ENTERPRISE_HEADER = 'creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours';
export const INSPECTOR_HEADER = 'certificateNo,name,departmentId,qualifications,staffKind,recusals';
/** The server answers at most this many enterprises. */
const SEARCH_MAX = 500;

export interface DirectorySectionDeps {
  lookup: Lookup;
  /** The planner imports; the county and the auditor read. */
  canImport: boolean;
}

export class DirectorySection {
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'directory-error' });
  private readonly pool = h('div', { class: 'insp-pool' });
  private readonly refresh = h('button', { type: 'button', class: 'btn', 'data-testid': 'inspector-pool-refresh' }, inspectionText.refresh);
  private readonly q = h('input', { type: 'search', placeholder: t.search, 'data-testid': 'enterprise-search' });
  private readonly searchButton = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'enterprise-search-button' }, t.searchButton);
  private readonly count = h('div', { class: 'muted', 'data-testid': 'enterprise-search-count' });
  private readonly found = h('div', {});
  private readonly poolRunner = new BusyRunner({ error: this.error, setBusy: (b) => (this.refresh.disabled = b) });
  private readonly searchRunner = new BusyRunner({ error: this.error, setBusy: (b) => (this.searchButton.disabled = b) });
  private searched = false;

  constructor(
    el: HTMLElement,
    private readonly d: DirectorySectionDeps,
  ) {
    const imports = d.canImport
      ? [
          new ImportForm({ kind: 'enterprise', title: t.enterpriseTitle, header: ENTERPRISE_HEADER }).el,
          new ImportForm({ kind: 'inspector', title: t.inspectorTitle, header: INSPECTOR_HEADER, note: t.inspectorNote, onImported: () => void this.loadPool() }).el,
        ]
      : [];
    this.refresh.addEventListener('click', () => void this.loadPool());
    const search = h('form', { class: 'insp-form insp-inline', role: 'search', novalidate: true }, field(t.search, this.q, 'wide'), h('div', { class: 'insp-actions' }, this.searchButton));
    search.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.search();
    });
    el.append(
      ...imports,
      this.error,
      h('div', { class: 'insp-head' }, h('h3', {}, t.poolTitle), this.refresh),
      this.pool,
      h('div', { class: 'insp-head' }, h('h3', {}, t.searchTitle)),
      search,
      this.count,
      this.found,
    );
  }

  /** Shown: the pool (again: it changes with imports elsewhere), and the enterprises the first time. */
  shown(): void {
    void this.loadPool();
    if (!this.searched) void this.search();
  }

  private async loadPool(): Promise<void> {
    const pool = await this.poolRunner.run(() => getInspectors());
    if (pool) this.pool.replaceChildren(...renderPool(pool, this.d.lookup));
  }

  private async search(): Promise<void> {
    const list = await this.searchRunner.run(() => searchEnterprises(this.q.value));
    if (!list) return;
    this.searched = true;
    this.count.textContent = list.length ? t.searchCount(list.length, SEARCH_MAX) : '';
    this.found.replaceChildren(renderEnterprises(list, this.d.lookup));
  }
}
