// Whistle panel (#whistle-panel[data-whistle-id][data-status]) over the map: the matter, the whistle-level buttons the
// viewer's role has (approve / reject / cancel / close / rate), each named department's part live (status, countdown,
// officers and their status, needs, result, rating, its assign / handle buttons), the assign box and the timeline.
// Hooks: #whistle-panel-close, #whistle-description, #whistle-actions .action-button[data-action], #whistle-parts
// .whistle-part[data-department-id][data-part-status][data-stage] with .part-deadline[data-kind][data-missed],
// .part-officer[data-officer-id][data-status] and .action-button[data-action][data-department-id]; assign box
// #whistle-assign[data-department-id] with .candidate[data-officer-id] input[type=checkbox] and #whistle-assign-submit;
// #whistle-timeline; #whistle-message, #whistle-error.
import { errorMessage } from '../../../api/http';
import { getWhistleRecommendations, getWhistleTimeline, postWhistleAction } from '../api';
import type { Viewer, Whistle, WhistleAction, WhistlePart, WhistleRecommendation } from '../types';
import { statusName } from '../../officers/words';
import { distanceText, etaText } from '../../incidents/words';
import { partRoleName, urgencyName, whistleActionName as actionName, whistleText as t } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { shortDateTime } from '../../../shared/format';
import { OverlayPanel } from '../../../shared/overlayPanel';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import type { OfficerStore } from '../../officers/officerStore';
import { postFromForm, type FormSpec } from '../../../shared/dialog';
import { assignCandidates } from './assignCandidates';
import { partStatusPill, urgencyBadge, whistleStatusPill } from '../badges';
import { partCountdown, showCountdown } from '../countdown';
import { ratingBody, ratingSpec } from './ratingForm';
import { partActions, whistleActions } from '../whistleRoles';
import { isPartOverdue, partOf, partStage } from '../whistleRules';
import { renderWhistleTimeline } from './whistleTimeline';

export interface WhistlePanelDeps {
  lookup: Lookup;
  officers: OfficerStore;
  viewer: Viewer;
  /** Store the whistle the server returned (the page re-renders from the store). */
  onUpdated: (w: Whistle) => void;
  /** Fetch the whistle again (after a 409). */
  refetch: (id: string) => void;
  onClose: () => void;
}

/** Actions posted without asking anything. */
const NO_INPUT: ReadonlySet<WhistleAction> = new Set(['approve', 'close']);
/** Officers one assign may name (the server's limit). */
const MAX_ASSIGN = 10;
/** Buttons that are not the next step forward. */
const QUIET: ReadonlySet<WhistleAction> = new Set(['reject', 'cancel']);

export class WhistlePanel {
  current: Whistle | null = null;
  private readonly details = h('div', { class: 'ip-section ip-details' });
  private readonly actions = h('div', { class: 'ip-actions', id: 'whistle-actions' });
  private readonly parts = h('div', { class: 'whistle-parts', id: 'whistle-parts' });
  private readonly timeline = h('div', { class: 'ip-timeline' });
  private readonly shell = new OverlayPanel({
    prefix: 'whistle',
    label: t.tab,
    closeLabel: t.close,
    extraClass: 'whistle-panel',
    onClose: () => this.deps.onClose(),
    sections: [
      this.details,
      h('section', { class: 'ip-section' }, h('h3', {}, t.actions), this.actions),
      h('section', { class: 'ip-section' }, h('h3', {}, t.departments), this.parts),
      h('section', { class: 'ip-section' }, h('h3', {}, t.timeline), this.timeline),
    ],
  });
  readonly el = this.shell.el;
  private readonly head = this.shell.head;
  private readonly message = this.shell.message;
  private readonly error = this.shell.error;
  private readonly runner = new BusyRunner({
    error: this.error,
    setBusy: (b) => {
      for (const btn of this.el.querySelectorAll<HTMLButtonElement>('.action-button, #whistle-assign-submit')) btn.disabled = b;
    },
    refetch: () => {
      if (this.current) this.deps.refetch(this.current.id);
    },
    clear: () => (this.message.textContent = ''),
  });
  /** The assign box: which department, the recommendations (null while loading) and the ticked officers. */
  private assign: { departmentId: string; recs: WhistleRecommendation[] | null; error: string; ticked: Set<string> } | null = null;
  private officerKey = '';
  private seq = 0;

  constructor(private readonly deps: WhistlePanelDeps) {}

  get openId(): string | null {
    return this.shell.isOpen ? (this.current?.id ?? null) : null;
  }

  open(w: Whistle): void {
    const switched = this.current?.id !== w.id;
    this.shell.show(switched);
    if (switched) {
      this.assign = null;
      this.timeline.replaceChildren(h('div', { class: 'muted' }, t.loading));
    }
    this.update(w);
  }

  flash(text: string): void {
    this.message.textContent = text;
  }

  close(): void {
    this.shell.hide();
    this.current = null;
    this.assign = null;
    this.seq++;
  }

  /** Re-render from a newer copy of the open whistle; refetches the timeline. */
  update(w: Whistle): void {
    this.current = w;
    this.el.dataset.whistleId = w.id;
    this.el.dataset.status = w.status;
    // The assign box closes once the part may no longer be assigned (officers on scene, handled, whistle closed).
    const assigning = this.assign && partOf(w, this.assign.departmentId);
    if (this.assign && !(assigning && partActions(w, assigning, this.deps.viewer).includes('assign'))) this.assign = null;
    this.renderHead(w);
    this.renderDetails(w);
    this.renderActions(w);
    this.renderParts(w);
    void this.loadTimeline(w);
  }

  /** Officers changed (names, statuses): re-render the parts only when what they show of officers differs. */
  officersChanged(): void {
    if (this.current && !this.el.hidden && this.officerLabels(this.current) !== this.officerKey) this.renderParts(this.current);
  }

  /** Every second: the parts' countdowns and overdue marks. */
  tick(now: number): void {
    const w = this.current;
    if (!w || this.el.hidden) return;
    for (const el of this.parts.querySelectorAll<HTMLElement>('.whistle-part')) {
      const p = w.departments.find((x) => x.departmentId === el.dataset.departmentId);
      if (!p) continue;
      showCountdown(el.querySelector<HTMLElement>('.part-deadline')!, partCountdown(p, now));
      el.classList.toggle('overdue', isPartOverdue(p, now));
    }
  }

  private async loadTimeline(w: Whistle): Promise<void> {
    const seq = ++this.seq;
    try {
      const entries = await getWhistleTimeline(w.id);
      if (seq !== this.seq) return;
      this.timeline.replaceChildren(renderWhistleTimeline(entries, { department: (id) => this.deps.lookup.departmentShort(id), officer: (id) => this.officerName(id) }));
    } catch (e) {
      if (seq === this.seq) this.timeline.replaceChildren(h('div', { class: 'ip-error' }, t.timelineFailed + errorMessage(e)));
    }
  }

  private renderHead(w: Whistle): void {
    this.head.replaceChildren(
      h('div', { class: 'ip-title-row' }, urgencyBadge(w.urgency), h('h2', { class: 'ip-title' }, w.title), h('span', { class: 'ip-id' }, t.idLabel(w.id))),
      h('div', { class: 'ip-sub' }, whistleStatusPill(w.status), h('span', { class: 'muted' }, this.deps.lookup.township(w.townshipId))),
    );
  }

  private renderDetails(w: Whistle): void {
    const rows: [string, string][] = [
      [t.township, this.deps.lookup.township(w.townshipId)],
      [t.urgency, urgencyName(w.urgency)],
      [t.createdAt, shortDateTime(w.createdAt)],
      [t.updatedAt, shortDateTime(w.updatedAt)],
      [t.location, w.location ? `${w.location.lat.toFixed(6)}, ${w.location.lon.toFixed(6)}` : '—'],
    ];
    if (w.incidentId) rows.push([t.incident, `#${w.incidentId}`]);
    this.details.replaceChildren(
      h('p', { class: 'ip-description', id: 'whistle-description' }, w.description || '—'),
      h('dl', { class: 'ip-props' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    );
  }

  private renderActions(w: Whistle): void {
    const buttons = whistleActions(w, this.deps.viewer).map((a) => this.button(a, () => void this.run(a)));
    const waiting = w.status === 'pendingApproval' && !this.deps.viewer.approver ? h('span', { class: 'muted' }, t.waitingApproval) : null;
    this.actions.replaceChildren(...(buttons.length ? buttons : [waiting ?? h('span', { class: 'muted' }, t.noActions)]));
  }

  private button(a: WhistleAction, onClick: () => void, departmentId?: string): HTMLButtonElement {
    const b = h(
      'button',
      { type: 'button', class: `btn action-button ${QUIET.has(a) ? '' : 'btn-primary'}`.trim(), 'data-action': a, 'data-department-id': departmentId ?? null },
      actionName(a) + (NO_INPUT.has(a) || a === 'assign' ? '' : '…'),
    );
    b.disabled = this.runner.busy;
    b.addEventListener('click', onClick);
    return b;
  }

  private renderParts(w: Whistle): void {
    const now = Date.now();
    this.officerKey = this.officerLabels(w);
    this.parts.replaceChildren(...w.departments.map((p) => this.part(w, p, now)));
  }

  private part(w: Whistle, p: WhistlePart, now: number): HTMLElement {
    const lk = this.deps.lookup;
    const deadline = h('span', { class: 'part-deadline ir-deadline' });
    showCountdown(deadline, partCountdown(p, now));
    const officers = p.officerIds.length
      ? p.officerIds.map((id) => {
          const o = this.deps.officers.get(id);
          return h('li', { class: 'part-officer', 'data-officer-id': id, 'data-status': o?.status ?? null }, this.officerLabel(id));
        })
      : [h('li', { class: 'muted' }, t.noOfficers)];
    const facts: [string, string][] = [[t.needs, p.needs || '—']];
    if (p.reportedAt) facts.push([t.reportedAt, shortDateTime(p.reportedAt)]);
    if (p.arrivedAt) facts.push([t.arrivedAt, shortDateTime(p.arrivedAt)]);
    if (p.handledAt) facts.push([t.handledAt, shortDateTime(p.handledAt)]);
    if (p.result) facts.push([t.result, p.result]);
    if (p.rating) facts.push([t.rating, t.ratingLine(p.rating)]);
    if (p.escalated) facts.push([t.escalatedLabel, t.escalated]);
    const buttons = partActions(w, p, this.deps.viewer).map((a) => this.button(a, () => void this.runPart(a, p), p.departmentId));
    const el = h(
      'div',
      { class: `whistle-part${p.departmentId === this.deps.viewer.departmentId ? ' own' : ''}`, 'data-department-id': p.departmentId, 'data-part-status': p.status, 'data-stage': partStage(p) },
      h('div', { class: 'wp-head' }, h('span', { class: 'wp-role', 'data-role': p.role }, partRoleName(p.role)), h('span', { class: 'wp-name' }, lk.departmentName(p.departmentId)), partStatusPill(p.status), deadline),
      h('dl', { class: 'ip-props' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('div', { class: 'ip-subtitle' }, t.officers),
      h('ul', { class: 'part-officers' }, ...officers),
      buttons.length ? h('div', { class: 'ip-actions' }, ...buttons) : null,
      this.assign?.departmentId === p.departmentId ? this.assignBox(p) : null,
    );
    el.classList.toggle('overdue', isPartOverdue(p, now));
    return el;
  }

  private assignBox(p: WhistlePart): HTMLElement {
    const a = this.assign!;
    const box = h('div', { class: 'whistle-assign', id: 'whistle-assign', 'data-department-id': p.departmentId }, h('div', { class: 'ip-subtitle' }, t.assignHint));
    const list = h('div', { class: 'recommendation-list' });
    if (a.recs === null) list.append(h('div', { class: 'muted' }, t.loading));
    if (a.error) list.append(h('div', { class: 'ip-error' }, a.error));
    const candidates = a.recs === null ? [] : assignCandidates(p, a.recs, this.deps.officers.all(), (id) => this.deps.officers.get(id));
    if (a.recs !== null && !candidates.length) list.append(h('div', { class: 'muted' }, t.candidatesEmpty));
    for (const c of candidates) {
      const box = h('input', { type: 'checkbox', value: c.officerId, checked: a.ticked.has(c.officerId) });
      box.addEventListener('change', () => (box.checked ? a.ticked.add(c.officerId) : a.ticked.delete(c.officerId)));
      const meta = c.officer ? `${c.officer.code} · ${statusName(c.officer.status)}` : '';
      list.append(
        h(
          'label',
          { class: 'recommendation candidate', 'data-officer-id': c.officerId },
          box,
          h('span', { class: 'rec-who' }, h('span', { class: 'rec-name' }, c.name), h('span', { class: 'rec-meta' }, meta)),
          h('span', { class: 'rec-dist' }, c.recommendation ? distanceText(c.recommendation.distanceMeters) : ''),
          h('span', { class: 'rec-eta' }, c.recommendation ? etaText(c.recommendation.etaSeconds) : ''),
        ),
      );
    }
    const submit = h('button', { type: 'button', class: 'btn btn-primary', id: 'whistle-assign-submit' }, t.assignButton);
    submit.disabled = this.runner.busy;
    submit.addEventListener('click', () => void this.sendAssign(p.departmentId));
    box.append(list, h('div', { class: 'dialog-buttons' }, submit));
    return box;
  }

  private async openAssign(departmentId: string): Promise<void> {
    const w = this.current;
    if (!w) return;
    if (this.assign?.departmentId === departmentId) {
      this.assign = null; // a second click folds it away
      this.renderParts(w);
      return;
    }
    const a = { departmentId, recs: null as WhistleRecommendation[] | null, error: '', ticked: new Set<string>() };
    this.assign = a;
    this.renderParts(w);
    try {
      a.recs = await getWhistleRecommendations(w.id, departmentId);
    } catch (e) {
      a.recs = [];
      a.error = t.recommendationsFailed + errorMessage(e);
    }
    if (this.assign === a && this.current) this.renderParts(this.current);
  }

  private async sendAssign(departmentId: string): Promise<void> {
    const w = this.current;
    const a = this.assign;
    if (!w || !a) return;
    const officerIds = [...a.ticked];
    if (!officerIds.length || officerIds.length > MAX_ASSIGN) {
      this.error.textContent = officerIds.length ? t.assignTooMany(MAX_ASSIGN) : t.assignNone;
      return;
    }
    const updated = await this.runner.run(() => postWhistleAction(w.id, 'assign', { departmentId, officerIds }));
    if (!updated) return;
    this.assign = null;
    this.done(updated, t.assigned(officerIds.map((id) => this.officerName(id)).join('、')));
  }

  private async run(action: WhistleAction): Promise<void> {
    const w = this.current;
    if (!w) return;
    const name = (id: string) => this.deps.lookup.departmentShort(id);
    const title = t.actionTitle(actionName(action), w.id);
    let form: { spec: FormSpec; body: (v: Record<string, string>) => Record<string, unknown> } | null = null;
    if (action === 'reject')
      form = { spec: { title, action, fields: [{ kind: 'textarea', name: 'reason', label: t.rejectReason, required: true, placeholder: t.reasonPlaceholder }] }, body: (v) => ({ reason: v.reason }) };
    else if (action === 'cancel')
      form = { spec: { title, action, intro: t.confirmCancel, fields: [{ kind: 'textarea', name: 'reason', label: t.cancelReason, required: true, placeholder: t.reasonPlaceholder }] }, body: (v) => ({ reason: v.reason }) };
    else if (action === 'rate') form = { spec: ratingSpec(w, name), body: (v) => ratingBody(w, v) };
    await this.post(action, form);
  }

  private async runPart(action: WhistleAction, p: WhistlePart): Promise<void> {
    const w = this.current;
    if (!w) return;
    if (action === 'assign') return this.openAssign(p.departmentId);
    const spec: FormSpec = {
      title: t.handleTitle(this.deps.lookup.departmentShort(p.departmentId), w.id),
      action,
      fields: [{ kind: 'textarea', name: 'result', label: t.resultLabel, required: true, placeholder: t.resultPlaceholder, maxLength: 1000 }],
    };
    await this.post(action, { spec, body: (v) => ({ departmentId: p.departmentId, result: v.result }) });
  }

  /** Posts the action (asking first when it has a form); the dialog shows its own errors, the panel the others. */
  private async post(action: WhistleAction, form: { spec: FormSpec; body: (v: Record<string, string>) => Record<string, unknown> } | null): Promise<void> {
    const id = this.current?.id;
    if (!id) return;
    const updated = await this.runner.run(() =>
      form ? postFromForm(form.spec, (v) => postWhistleAction(id, action, form.body(v)), this.runner.conflict) : postWhistleAction(id, action),
    );
    if (updated) this.done(updated, t.done(actionName(action)));
  }

  private done(updated: Whistle, message: string): void {
    this.message.textContent = message;
    this.deps.onUpdated(updated);
  }

  private officerName(id: string): string {
    return this.deps.officers.get(id)?.name ?? id;
  }

  private officerLabel(id: string): string {
    const o = this.deps.officers.get(id);
    return o ? `${o.name}（${o.code}，${statusName(o.status)}）` : id;
  }

  /** What the parts show of officers (the assigned ones, and the candidates while the assign box is open). */
  private officerLabels(w: Whistle): string {
    const ids = w.departments.flatMap((p) => p.officerIds).map((id) => this.officerLabel(id));
    if (this.assign) for (const o of this.deps.officers.all()) if (o.departmentId === this.assign.departmentId) ids.push(`${o.id}:${o.status}`);
    return ids.join('|');
  }
}
