// 我的上报: the grid worker's reports with live status; 核查通过 / 核查不通过 when handled, 评价 after closing.
// Hooks: #my-reports, rows .report-row[data-incident-id][data-status], buttons .verify-accept, .verify-reject,
// .evaluate-button inside the row, row error .report-error.
import { getAllIncidents, getIncident } from '../api';
import type { Incident } from '../types';
import type { IncidentChanged } from '../../../live/hubContract';
import { gridText as t } from './words';
import { incidentStatusName, stars, incidentText as it } from '../words';
import { h } from '../../../util/dom';
import type { Lookup } from '../../../shared/lookup';
import { performAction, type ActionOptions } from '../actions';
import { priorityBadge, statusPill } from '../badges';
import { evidenceThumbs } from '../../../shared/evidence';
import { BusyRunner, CoalescedFetch } from '../../../shared/busy';
import { SnapshotGate } from '../../../shared/snapshotGate';
import { changedAfter } from '../../../shared/keyedStore';
import { IncidentStore } from '../incidentStore';
import { has, knowsChange } from '../model';
import { shortDateTime } from '../../../shared/format';

interface Row {
  el: HTMLElement;
  key: string;
}

function needsMe(inc: Incident): boolean {
  return has(inc, 'verify') || has(inc, 'evaluate');
}

export class MyReports {
  readonly el: HTMLElement;
  private readonly list = h('div', { id: 'my-reports', class: 'report-list', role: 'list' });
  private readonly count = h('span', { class: 'tab-count' });
  private readonly notice = h('div', { class: 'form-error', role: 'alert' });
  private readonly incidents = new IncidentStore();
  private readonly rows = new Map<string, Row>();
  private readonly refetcher = new CoalescedFetch((id, again) => this.refetch(id, again));
  private readonly gate = new SnapshotGate();

  constructor(
    private readonly lookup: Lookup,
    private readonly info: (text: string) => void,
  ) {
    this.el = h('section', { class: 'card', id: 'my-reports-card' }, h('h2', {}, t.myReports, ' ', this.count), this.notice, this.list);
  }

  async refresh(): Promise<void> {
    await this.gate.loadWithNotice(this.notice, t.reportsFailed, async () => {
      // Every page; a report made or refetched since the list's asOf stays (the list lags the pushes by a moment).
      const page = await getAllIncidents();
      this.incidents.replaceAll(page.items, changedAfter(page.asOf));
      this.render();
    });
  }

  /** A report just submitted (or the incident it was merged into). */
  add(inc: Incident): void {
    this.put(inc, false);
  }

  changed(e: IncidentChanged): void {
    this.gate.whenLoaded(() => {
      const known = this.incidents.get(e.id);
      if (!knowsChange(known, e)) this.fetchOne(e.id, known?.status !== e.status);
    });
  }

  private fetchOne(id: string, announce: boolean): void {
    this.refetcher.request(id, !announce);
  }

  private async refetch(id: string, again: boolean): Promise<void> {
    const inc = await getIncident(id);
    const before = this.incidents.get(id)?.status;
    this.put(inc, true);
    if (!again && before && before !== inc.status) this.info(t.updated(id, incidentStatusName(inc.status)));
  }

  private put(inc: Incident, flash: boolean): void {
    if (!this.incidents.upsert(inc)) return;
    this.render();
    if (flash) {
      const el = this.rows.get(inc.id)?.el;
      el?.classList.remove('flash');
      void el?.offsetWidth;
      el?.classList.add('flash');
    }
  }

  private render(): void {
    const list = [...this.incidents.all()].sort((a, b) => {
      const n = Number(needsMe(b)) - Number(needsMe(a));
      return n || (Date.parse(b.createdAt) || 0) - (Date.parse(a.createdAt) || 0);
    });
    const waiting = list.filter(needsMe).length;
    this.count.textContent = waiting ? String(waiting) : '';
    this.count.classList.toggle('alert', waiting > 0);
    if (!list.length) {
      this.list.replaceChildren(h('div', { class: 'muted task-empty' }, t.noReports));
      return;
    }
    for (const id of [...this.rows.keys()]) if (!this.incidents.has(id)) this.rows.delete(id);
    const els = list.map((inc) => this.row(inc).el);
    const same = els.length === this.list.children.length && els.every((el, i) => this.list.children[i] === el);
    if (!same) this.list.replaceChildren(...els);
  }

  private row(inc: Incident): Row {
    const key = [inc.status, inc.updatedAt, (inc.availableActions ?? []).join(','), inc.score ?? '', (inc.evidence ?? []).length, inc.reports].join('|');
    const existing = this.rows.get(inc.id);
    if (existing && existing.key === key) return existing;

    const error = h('div', { class: 'report-error form-error', role: 'alert' });
    const buttons: HTMLButtonElement[] = [];
    const runner = new BusyRunner({ error, setBusy: (b) => buttons.forEach((x) => (x.disabled = b)), refetch: () => this.fetchOne(inc.id, false) });
    const act = (cls: string, label: string, action: 'verify' | 'evaluate', opts: ActionOptions, primary: boolean) => {
      const b = h('button', { type: 'button', class: `btn ${primary ? 'btn-primary' : 'btn-secondary'} ${cls}` }, label);
      b.addEventListener('click', async () => {
        const updated = await runner.run(() => performAction(this.incidents.get(inc.id) ?? inc, action, { ...opts, onConflict: runner.conflict }));
        if (updated) {
          this.put(updated, true);
          this.info(action === 'evaluate' ? t.evaluated : t.verified(opts.accepted !== false));
        }
      });
      buttons.push(b);
    };
    if (has(inc, 'verify')) {
      act('verify-accept', t.verifyAccept, 'verify', { accepted: true }, true);
      act('verify-reject', t.verifyReject, 'verify', { accepted: false }, false);
    }
    if (has(inc, 'evaluate')) act('evaluate-button', t.evaluate, 'evaluate', {}, true);

    const showEvidence = (inc.evidence ?? []).length > 0;
    const el = h(
      'div',
      { class: `report-row${needsMe(inc) ? ' needs-me' : ''}`, role: 'listitem', 'data-incident-id': inc.id, 'data-status': inc.status },
      h('div', { class: 'ir-top' }, priorityBadge(inc.priority), h('span', { class: 'ir-cat' }, this.lookup.category(inc.category)), h('span', { class: 'ir-id' }, it.idLabel(inc.id)), h('span', { class: 'report-status' }, statusPill(inc.status))),
      h('p', { class: 'report-desc' }, inc.description || '—'),
      h(
        'div',
        { class: 'report-meta' },
        `${t.reportedAt} ${shortDateTime(inc.createdAt)} · ${this.lookup.township(inc.townshipId)}${inc.gridId ? ` ${this.lookup.grid(inc.gridId)}` : ''}${inc.reports > 1 ? ` ${it.reportsMore(inc.reports)}` : ''}`,
      ),
      has(inc, 'verify') ? h('div', { class: 'report-callout' }, t.awaitingYou) : has(inc, 'evaluate') ? h('div', { class: 'report-callout' }, t.awaitingScore) : null,
      inc.result ? h('div', { class: 'report-result-text' }, h('span', { class: 'muted' }, `${t.result}：`), inc.result) : null,
      showEvidence ? evidenceThumbs(inc.evidence) : null,
      inc.score != null ? h('div', { class: 'report-score' }, h('span', { class: 'muted' }, `${t.score}：`), h('span', { class: 'stars' }, stars(inc.score))) : null,
      buttons.length ? h('div', { class: 'report-actions' }, ...buttons) : null,
      error,
    );
    const row = { el, key };
    if (existing) existing.el.replaceWith(el);
    this.rows.set(inc.id, row);
    return row;
  }
}
