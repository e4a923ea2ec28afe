// Incident panel (#incident-panel[data-id][data-panel-status]): details, deadlines, the caller's actions,
// dispatch (recommendations + manual pick), evidence and the timeline.
// Hooks: .action-button[data-action], #recommendation-list .recommendation[data-id] .dispatch-button,
// #dispatch-officer + #dispatch-manual, #incident-message, #incident-error, #incident-panel-close.
import { errorMessage } from '../../../api/http';
import { getRecommendations, getTimeline, postAction } from '../api';
import type { Incident, IncidentAction, Recommendation } from '../types';
import type { Officer } from '../../officers/types';
import { actorName, formText, photoText } from '../../../shared/words';
import { statusName } from '../../officers/words';
import { actionName, countdownText, deadlineName, distanceText, etaText, priorityName, sourceName, stars, incidentText as t } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { h } from '../../../util/dom';
import { metersBetween } from '../../../util/geo';
import { barActions, NO_INPUT, performAction } from '../actions';
import { runForm } from '../../../shared/dialog';
import { priorityBadge, statusPill } from '../badges';
import { evidenceThumbs } from '../../../shared/evidence';
import { has, isMissed, isRunning, msLeft } from '../model';
import { renderTimeline } from '../timeline';
import type { Lookup } from '../../../shared/lookup';
import type { OfficerStore } from '../../officers/officerStore';
import { shortDateTime } from '../../../shared/format';
import { OverlayPanel } from '../../../shared/overlayPanel';

export interface PanelDeps {
  lookup: Lookup;
  officers: OfficerStore;
  officerName: (id: string) => string;
  /** Store the incident the server returned (the page re-renders from the store). */
  onUpdated: (inc: Incident) => void;
  /** Fetch the incident again (after a 409). */
  refetch: (id: string) => void;
  onClose: () => void;
}

const QUIET: ReadonlySet<IncidentAction> = new Set(['reject', 'park', 'sendBack', 'decline', 'rework']);

export class IncidentPanel {
  current: Incident | null = null;
  private readonly details = h('div', { class: 'ip-section ip-details' });
  private readonly deadlines = h('div', { class: 'ip-deadlines', id: 'incident-deadlines' });
  private readonly actions = h('div', { class: 'ip-actions', id: 'incident-actions' });
  private readonly dispatch = h('div', { class: 'ip-section ip-dispatch', id: 'incident-dispatch' });
  private readonly evidence = h('div', { class: 'ip-evidence' });
  private readonly timeline = h('div', { class: 'ip-timeline' });
  private readonly shell = new OverlayPanel({
    prefix: 'incident',
    label: t.timeline,
    closeLabel: formText.close,
    onClose: () => this.deps.onClose(),
    sections: [
      this.details,
      h('section', { class: 'ip-section' }, h('h3', {}, t.deadlines), this.deadlines),
      h('section', { class: 'ip-section' }, h('h3', {}, t.actions), this.actions),
      this.dispatch,
      h('section', { class: 'ip-section' }, h('h3', {}, photoText.evidence), this.evidence),
      h('section', { class: 'ip-section' }, h('h3', {}, t.timeline), this.timeline),
    ],
  });
  readonly el = this.shell.el;
  private readonly head = this.shell.head;
  private readonly message = this.shell.message;
  private readonly error = this.shell.error;
  private evidenceKey = '';
  private seq = 0;
  private readonly runner = new BusyRunner({
    error: this.error,
    setBusy: (b) => this.setBusy(b),
    refetch: () => {
      if (this.current) this.deps.refetch(this.current.id);
    },
    clear: () => (this.message.textContent = ''),
  });
  private recommendations: Recommendation[] | null = null;
  private recommendationError = '';
  private shownOfficerLabel = '';

  constructor(private readonly deps: PanelDeps) {}

  get openId(): string | null {
    return this.shell.isOpen ? (this.current?.id ?? null) : null;
  }

  open(inc: Incident): void {
    const switched = this.current?.id !== inc.id;
    this.shell.show(switched);
    if (switched) {
      this.evidenceKey = '';
      this.evidence.replaceChildren();
      this.recommendations = null;
      this.recommendationError = '';
      this.timeline.replaceChildren(h('div', { class: 'muted' }, t.loading));
    }
    this.update(inc);
  }

  /** A success note at the top of the panel. */
  flash(text: string): void {
    this.message.textContent = text;
  }

  close(): void {
    this.shell.hide();
    this.current = null;
    this.seq++;
  }

  /** Re-render from a newer copy of the open incident; refetches the timeline and recommendations. */
  update(inc: Incident): void {
    this.current = inc;
    this.el.dataset.id = inc.id;
    this.el.dataset.panelStatus = inc.status;
    this.renderHead(inc);
    this.renderDetails(inc);
    this.renderDeadlines(inc, Date.now());
    this.renderActions(inc);
    this.renderDispatch(inc);
    const key = (inc.evidence ?? []).map((e) => e.id).join(',');
    if (key !== this.evidenceKey || !this.evidence.firstChild) {
      this.evidenceKey = key;
      this.evidence.replaceChildren(evidenceThumbs(inc.evidence));
    }
    void this.loadRemote(inc);
  }

  /** Officers changed (names, statuses): refresh the assigned officer's label when it differs. */
  officersChanged(): void {
    const inc = this.current;
    if (!inc || this.el.hidden || !inc.assignedOfficerId) return;
    if (this.officerLabel(inc.assignedOfficerId) !== this.shownOfficerLabel) this.renderDetails(inc);
  }

  tick(now: number): void {
    if (this.current && !this.el.hidden) this.renderDeadlines(this.current, now);
  }

  private async loadRemote(inc: Incident): Promise<void> {
    const seq = ++this.seq;
    const wantsRecs = has(inc, 'dispatch');
    const [timeline, recs] = await Promise.allSettled([getTimeline(inc.id), wantsRecs ? getRecommendations(inc.id) : Promise.resolve([])]);
    if (seq !== this.seq || this.current?.id !== inc.id) return;
    if (timeline.status === 'fulfilled') this.timeline.replaceChildren(renderTimeline(timeline.value, this.deps.officerName));
    else this.timeline.replaceChildren(h('div', { class: 'ip-error' }, t.timelineFailed + errorMessage(timeline.reason)));
    if (wantsRecs) {
      this.recommendations = recs.status === 'fulfilled' ? recs.value : [];
      this.recommendationError = recs.status === 'rejected' ? t.recommendationsFailed + errorMessage(recs.reason) : '';
      if (!this.runner.busy) this.renderDispatch(this.current);
    }
  }

  private renderHead(inc: Incident): void {
    this.head.replaceChildren(
      h('div', { class: 'ip-title-row' }, priorityBadge(inc.priority), h('h2', { class: 'ip-title' }, this.deps.lookup.category(inc.category)), h('span', { class: 'ip-id' }, t.idLabel(inc.id))),
      h(
        'div',
        { class: 'ip-sub' },
        statusPill(inc.status),
        inc.awaitingOfficer ? h('span', { class: 'awaiting-badge', id: 'incident-awaiting' }, t.awaitingBadge) : null,
        h('span', { class: 'muted' }, `${this.deps.lookup.township(inc.townshipId)} · ${sourceName(inc.source)}`),
      ),
    );
  }

  private renderDetails(inc: Incident): void {
    const lk = this.deps.lookup;
    const rows: [string, string][] = [
      [t.source, sourceName(inc.source) + (inc.requestedSource ? `（${t.requestedPriority}：${sourceName(inc.requestedSource)}）` : '')],
      [t.township, `${lk.township(inc.townshipId)}${inc.gridId ? ` · ${lk.grid(inc.gridId)}` : ''}`],
      [t.department, lk.departmentName(inc.departmentId)],
    ];
    this.shownOfficerLabel = inc.assignedOfficerId ? this.officerLabel(inc.assignedOfficerId) : '';
    if (inc.assignedOfficerId) rows.push([t.officer, this.shownOfficerLabel]);
    rows.push([t.reportedBy, `${actorName(inc.reportedBy)}${inc.reports > 1 ? t.reportsMore(inc.reports) : ''}`]);
    rows.push([t.createdAt, shortDateTime(inc.createdAt)]);
    rows.push([t.updatedAt, shortDateTime(inc.updatedAt)]);
    rows.push([t.location, inc.location ? `${inc.location.lat.toFixed(6)}, ${inc.location.lon.toFixed(6)}` : '—']);
    if (inc.requestedPriority && inc.requestedPriority !== inc.priority) rows.push([t.requestedPriority, priorityName(inc.requestedPriority)]);
    if (inc.result) rows.push([t.result, inc.result]);
    if (inc.score != null) rows.push([t.score, stars(inc.score)]);
    this.details.replaceChildren(
      h('p', { class: 'ip-description', id: 'incident-description' }, inc.description || '—'),
      h('dl', { class: 'ip-props' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    );
  }

  private officerLabel(id: string): string {
    const o = this.deps.officers.get(id);
    return o ? `${o.name}（${o.code}，${statusName(o.status)}）` : this.deps.officerName(id);
  }

  private renderDeadlines(inc: Incident, now: number): void {
    const list = [...(inc.deadlines ?? [])].sort((a, b) => (Date.parse(a.due) || 0) - (Date.parse(b.due) || 0));
    if (!list.length) {
      if (this.deadlines.dataset.empty !== 'true') {
        this.deadlines.dataset.empty = 'true';
        this.deadlines.replaceChildren(h('span', { class: 'muted' }, t.noDeadline));
      }
      return;
    }
    delete this.deadlines.dataset.empty;
    const rows = list.map((d) => {
      const running = isRunning(inc, d);
      const missed = running && isMissed(d, now);
      const state = running ? countdownText(msLeft(d, now)) : inc.status === 'parked' || inc.status === 'rejected' ? '—' : d.missed ? t.deadlineMetLate : t.deadlineMet;
      return h(
        'div',
        { class: 'deadline-row', 'data-kind': d.kind, 'data-missed': String(missed), 'data-running': String(running) },
        h('span', { class: 'dl-kind' }, deadlineName(d.kind)),
        h('span', { class: 'dl-due' }, t.deadlineDue(shortDateTime(d.due))),
        h('span', { class: 'dl-state' }, state),
      );
    });
    // Only touch the DOM when a text changed (this runs every second).
    const html = rows.map((r) => r.outerHTML).join('');
    if (this.deadlines.innerHTML !== html) this.deadlines.replaceChildren(...rows);
  }

  private renderActions(inc: Incident): void {
    const available = new Set(inc.availableActions ?? []);
    const buttons = barActions(inc).map((a) => {
      const b = h('button', { type: 'button', class: `btn action-button ${QUIET.has(a) ? '' : 'btn-primary'}`.trim(), 'data-action': a }, actionName(a) + (NO_INPUT.has(a) ? '' : '…'));
      b.addEventListener('click', () => void this.run(a));
      return b;
    });
    // A reporter's advisory priority: the zone centre may take it with one click as it registers.
    if (available.has('register') && inc.requestedPriority && inc.requestedPriority !== inc.priority) {
      const take = h('button', { type: 'button', class: 'btn action-button', id: 'register-as-requested', 'data-action': 'register' }, t.registerAsRequested(priorityName(inc.requestedPriority)));
      const priority = inc.requestedPriority;
      take.addEventListener('click', () => void this.post('register', { priority }));
      buttons.splice(1, 0, take);
    }
    this.actions.replaceChildren(...(buttons.length ? buttons : [h('span', { class: 'muted' }, t.noActions)]));
  }

  private renderDispatch(inc: Incident): void {
    if (!has(inc, 'dispatch')) {
      this.dispatch.hidden = true;
      this.dispatch.replaceChildren();
      return;
    }
    this.dispatch.hidden = false;
    const title = inc.assignedOfficerId ? `${t.redispatchTitle}（${this.deps.officerName(inc.assignedOfficerId)}）` : t.dispatchTitle;
    const recBox = h('div', { id: 'recommendation-list', class: 'recommendation-list' });
    if (this.recommendations === null) recBox.append(h('div', { class: 'muted' }, t.loading));
    else if (this.recommendationError) recBox.append(h('div', { class: 'ip-error' }, this.recommendationError));
    else if (!this.recommendations.length) recBox.append(h('div', { class: 'muted' }, t.recommendationsEmpty));
    else
      for (const r of this.recommendations) {
        const o = this.deps.officers.get(r.officerId);
        const button = h('button', { type: 'button', class: 'btn btn-primary dispatch-button' }, t.dispatchButton);
        button.addEventListener('click', () => void this.dispatchTo(r.officerId));
        recBox.append(
          h(
            'div',
            { class: 'recommendation', 'data-id': r.officerId },
            h('div', { class: 'rec-who' }, h('span', { class: 'rec-name' }, o?.name ?? r.officerId), h('span', { class: 'rec-meta' }, o ? `${o.code} · ${this.deps.lookup.departmentShort(o.departmentId)} · ${this.deps.lookup.township(o.townshipId)}` : '')),
            h('span', { class: 'rec-dist' }, distanceText(r.distanceMeters)),
            h('span', { class: 'rec-eta' }, etaText(r.etaSeconds)),
            button,
          ),
        );
      }

    const previous = this.dispatch.querySelector<HTMLSelectElement>('#dispatch-officer')?.value ?? '';
    const select = h('select', { id: 'dispatch-officer', 'aria-label': t.manualPick }, h('option', { value: '' }, t.manualPlaceholder));
    const own: HTMLOptionElement[] = [];
    const other: HTMLOptionElement[] = [];
    const options = [...this.deps.officers.all()]
      .filter((o) => o.id !== inc.assignedOfficerId)
      .map((o) => ({ o, d: o.position && inc.location ? metersBetween(o.position, inc.location) : Number.POSITIVE_INFINITY }))
      .sort((a, b) => rank(a.o) - rank(b.o) || a.d - b.d || a.o.name.localeCompare(b.o.name, 'zh-CN'));
    for (const { o, d } of options) {
      const label = `${o.name}（${o.code}）· ${statusName(o.status)}${Number.isFinite(d) ? ` · ${distanceText(d)}` : ''}`;
      (o.departmentId === inc.departmentId ? own : other).push(h('option', { value: o.id }, label));
    }
    if (own.length) select.append(h('optgroup', { label: `${t.sameDepartment}（${this.deps.lookup.departmentShort(inc.departmentId)}）` }, ...own));
    if (other.length) select.append(h('optgroup', { label: t.otherDepartments }, ...other));
    if (previous && options.some((x) => x.o.id === previous)) select.value = previous;
    const manual = h('button', { type: 'button', class: 'btn', id: 'dispatch-manual' }, t.dispatchButton);
    manual.addEventListener('click', () => {
      if (select.value) void this.dispatchTo(select.value);
      else select.focus();
    });

    this.dispatch.replaceChildren(
      h('h3', {}, title),
      h('div', { class: 'ip-subtitle' }, t.recommendations),
      recBox,
      h('div', { class: 'ip-subtitle' }, t.manualPick),
      h('div', { class: 'dispatch-manual' }, select, manual),
    );
  }

  private setBusy(b: boolean): void {
    for (const btn of this.el.querySelectorAll<HTMLButtonElement>('.action-button, .dispatch-button, #dispatch-manual')) btn.disabled = b;
  }

  private async dispatchTo(officerId: string): Promise<void> {
    const inc = this.current;
    if (!inc || this.runner.busy) return;
    const officer = this.deps.officers.get(officerId);
    if (officer && officer.departmentId !== inc.departmentId) {
      // Another department's officer: the server asks for a reason and records it; ask before posting.
      await runForm(
        {
          title: t.crossDepartmentTitle(this.deps.officerName(officerId)),
          action: 'dispatch',
          intro: t.crossDepartmentIntro,
          fields: [{ kind: 'textarea', name: 'reason', label: t.crossDepartmentReason, required: true, placeholder: t.reasonPlaceholder }],
        },
        async (v) => {
          await this.post('dispatch', { officerId, reason: v.reason }, t.dispatched(this.deps.officerName(officerId)), true);
        },
      );
      return;
    }
    await this.post('dispatch', { officerId }, t.dispatched(this.deps.officerName(officerId)));
  }

  /** Posts an action with a body; shows the outcome; refetches after a 409. In a dialog (rethrow) the dialog shows the error. */
  private async post(action: IncidentAction, body: Record<string, unknown>, done = t.done(actionName(action)), rethrow = false): Promise<void> {
    const inc = this.current;
    if (!inc) return;
    const updated = await this.runner.run(() => postAction(inc.id, action, body), { rethrow });
    if (updated) this.done(updated, done);
  }

  private async run(action: IncidentAction): Promise<void> {
    const inc = this.current;
    if (!inc) return;
    const updated = await this.runner.run(() => performAction(inc, action, { onConflict: this.runner.conflict }));
    if (updated) this.done(updated, t.done(actionName(action)));
  }

  private done(updated: Incident, message: string): void {
    this.message.textContent = message;
    this.deps.onUpdated(updated);
  }
}

/** Manual pick order: free first, then other on-duty states, off duty last. */
function rank(o: Officer): number {
  return o.status === 'available' ? 0 : o.status === 'offDuty' ? 2 : 1;
}
