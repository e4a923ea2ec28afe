// Officer work: the assignment card (offered → 签收/拒绝 → 到场 → 处置完成) and the list 我的任务.
// Hooks: #assignment-card[data-incident-id][data-status], #ack-button, #decline-button, #arrive-button,
// #handle-result, #handle-photo, #handle-button, #sendback-button, #assignment-deadline[data-missed],
// #assignment-error; list #my-tasks with rows .task-row[data-id][data-status].
import { ApiError, errorMessage } from '../../api/http';
import { getIncident, getIncidents, postAction, uploadEvidence } from '../../api/incidents';
import type { AssignmentOffered, AssignmentWithdrawn, Incident, IncidentAction, IncidentStatus, LatLon } from '../../api/types';
import { countdownText, deadlineName, distanceText, incidentText as it } from '../../i18n/incidents';
import { fieldText as t } from '../../i18n/field';
import type { LiveConnection } from '../../live';
import { h } from '../../util/dom';
import { icon } from '../../util/icons';
import { metersBetween } from '../../util/geo';
import type { Lookup } from '../console/lookup';
import { performAction } from '../incidents/actions';
import { priorityBadge, statusPill } from '../incidents/badges';
import { compareIncidents, has, isMissed, isOpen, msLeft, nextDeadline } from '../incidents/model';
import { PhotoPicker } from '../incidents/photoPicker';

const ACTIVE: ReadonlySet<IncidentStatus> = new Set(['dispatched', 'acknowledged', 'onScene']);

export interface AssignmentDeps {
  live: LiveConnection;
  lookup: Lookup;
  /** The device's latest position, for the distance when the offer does not carry one. */
  position: () => LatLon | null;
  /** The officer's status follows the work: refresh the profile. */
  onWorkChanged: () => void;
  info: (text: string) => void;
}

export class Assignments {
  readonly card: HTMLElement;
  readonly listSection: HTMLElement;
  private readonly list: HTMLElement;
  private readonly incidents = new Map<string, Incident>();
  private readonly offers = new Map<string, AssignmentOffered>();
  private currentId: string | null = null;
  private busy = false;
  private readonly error = h('div', { class: 'assignment-error', id: 'assignment-error', role: 'alert', 'aria-live': 'assertive' });
  private readonly deadline = h('span', { id: 'assignment-deadline', class: 'assignment-deadline' });
  private readonly distance = h('span', { id: 'assignment-distance' });
  /** Handle form state survives re-renders (the officer may be typing when the list refreshes). */
  private readonly resultInput: HTMLTextAreaElement;
  private readonly photos: PhotoPicker;
  private photosFor: string | null = null;
  private cardKey = '';

  constructor(private readonly d: AssignmentDeps) {
    this.card = h('section', { class: 'card assignment-card', id: 'assignment-card', hidden: true, 'aria-live': 'polite' });
    this.list = h('div', { id: 'my-tasks', class: 'task-list', role: 'list' });
    this.listSection = h('section', { class: 'card' }, h('h2', {}, t.myTasks), this.list);
    this.resultInput = h('textarea', { id: 'handle-result', rows: 3, maxlength: 1000, placeholder: it.resultPlaceholder });
    this.photos = new PhotoPicker({ inputId: 'handle-photo', alt: it.photo, onError: (m) => (this.error.textContent = m) });
    this.resultInput.addEventListener('input', () => (this.error.textContent = ''));
    this.list.addEventListener('click', (ev) => {
      const id = (ev.target as HTMLElement).closest<HTMLElement>('.task-row')?.dataset.id;
      if (!id) return;
      const inc = this.incidents.get(id);
      if (inc && ACTIVE.has(inc.status)) {
        this.currentId = id;
        this.render();
        this.card.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    });

    d.live.on<AssignmentOffered>('assignmentOffered', (o) => void this.offered(o));
    d.live.on<AssignmentWithdrawn>('assignmentWithdrawn', (w) => this.withdrawn(w));
    window.setInterval(() => this.tick(), 1000);
  }

  /** Reload the officer's incidents (start, reconnect, every 30 s). */
  async refresh(): Promise<void> {
    try {
      const list = await getIncidents();
      this.incidents.clear();
      for (const inc of list) this.incidents.set(inc.id, inc);
      for (const id of [...this.offers.keys()]) if (!this.incidents.has(id)) this.offers.delete(id);
      this.render();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) this.error.textContent = t.tasksFailed + errorMessage(e);
    }
  }

  private async offered(o: AssignmentOffered): Promise<void> {
    this.offers.set(o.incidentId, o);
    this.currentId = o.incidentId;
    navigator.vibrate?.([300, 150, 300]);
    try {
      this.incidents.set(o.incidentId, await getIncident(o.incidentId));
    } catch {
      // Still let the officer answer the offer.
      if (!this.incidents.has(o.incidentId)) this.incidents.set(o.incidentId, fromOffer(o));
    }
    this.error.textContent = '';
    this.render();
    this.card.classList.remove('arrived');
    void this.card.offsetWidth; // restart the animation
    this.card.classList.add('arrived');
    window.scrollTo({ top: 0, behavior: 'smooth' }); // the card is the first thing on the page
    this.d.onWorkChanged();
  }

  private withdrawn(w: AssignmentWithdrawn): void {
    this.incidents.delete(w.incidentId);
    this.offers.delete(w.incidentId);
    if (this.currentId === w.incidentId) this.currentId = null;
    this.d.info(t.withdrawn(w.incidentId, w.reason));
    navigator.vibrate?.(200);
    this.render();
    this.d.onWorkChanged();
  }

  private current(): Incident | null {
    const keep = this.currentId ? this.incidents.get(this.currentId) : undefined;
    if (keep && ACTIVE.has(keep.status)) return keep;
    const active = [...this.incidents.values()].filter((i) => ACTIVE.has(i.status));
    const offered = active.filter((i) => this.offers.has(i.id));
    const pick = (offered.length ? offered : active).sort(compareIncidents)[0] ?? null;
    this.currentId = pick?.id ?? null;
    return pick;
  }

  private render(): void {
    this.renderCard();
    this.renderList();
  }

  private renderCard(): void {
    const inc = this.current();
    if (!inc) {
      this.card.hidden = true;
      this.cardKey = '';
      delete this.card.dataset.incidentId;
      delete this.card.dataset.status;
      return;
    }
    if (this.photosFor !== inc.id) this.resetHandleForm(inc.id);
    // Re-render only on a real change: moving the focused textarea would close the phone's keyboard.
    const key = [inc.id, inc.status, inc.updatedAt, inc.priority, (inc.availableActions ?? []).join(','), this.busy].join('|');
    if (key === this.cardKey && !this.card.hidden) {
      this.updateDeadline(inc, Date.now());
      return;
    }
    this.cardKey = key;
    this.card.hidden = false;
    this.card.dataset.incidentId = inc.id;
    this.card.dataset.status = inc.status;
    const buttons: HTMLElement[] = [];
    const button = (id: string, action: IncidentAction, label: string, cls: string) => {
      if (!has(inc, action)) return;
      const b = h('button', { type: 'button', id, class: `btn ${cls}` }, label);
      b.addEventListener('click', () => void this.run(inc, action));
      buttons.push(b);
    };
    let handleForm: HTMLElement | null = null;
    if (inc.status === 'dispatched') {
      button('ack-button', 'acknowledge', t.acknowledge, 'btn-big btn-primary');
      button('decline-button', 'decline', t.decline, 'btn-big btn-secondary');
    } else if (inc.status === 'acknowledged') {
      button('arrive-button', 'arrive', t.arrive, 'btn-big btn-primary');
    } else if (inc.status === 'onScene' && has(inc, 'handle')) {
      const handle = h('button', { type: 'button', id: 'handle-button', class: 'btn btn-big btn-primary' }, t.handle);
      handle.addEventListener('click', () => void this.handle(inc));
      const camera = h('label', { for: 'handle-photo', class: 'btn photo-button' }, icon('camera'), t.addPhoto);
      handleForm = h(
        'div',
        { class: 'handle-form' },
        h('label', { for: 'handle-result' }, it.resultLabel),
        this.resultInput,
        h('div', { class: 'photo-row' }, camera, this.photos.input, h('span', { class: 'muted photo-hint' }, t.photoHint)),
        this.photos.list,
      );
      buttons.push(handle);
    }
    if ((inc.status === 'acknowledged' || inc.status === 'onScene') && has(inc, 'sendBack')) {
      const b = h('button', { type: 'button', id: 'sendback-button', class: 'btn btn-link' }, t.sendBack);
      b.addEventListener('click', () => void this.run(inc, 'sendBack'));
      buttons.push(b);
    }

    this.card.replaceChildren(
      h(
        'div',
        { class: 'assignment-head' },
        h('span', { class: 'assignment-kicker' }, inc.status === 'dispatched' ? t.newTask : t.currentTask),
        statusPill(inc.status),
      ),
      h('div', { class: 'assignment-title' }, priorityBadge(inc.priority), h('span', {}, this.d.lookup.category(inc.category)), h('span', { class: 'ir-id' }, it.idLabel(inc.id))),
      h('p', { class: 'assignment-description' }, inc.description || '—'),
      h(
        'dl',
        { class: 'field-props assignment-props' },
        h('dt', {}, it.township),
        h('dd', {}, this.d.lookup.township(inc.townshipId)),
        h('dt', {}, t.distance),
        h('dd', {}, this.distance),
        h('dt', {}, t.deadline),
        h('dd', {}, this.deadline),
      ),
      ...(handleForm ? [handleForm] : []),
      this.error,
      h('div', { class: 'assignment-buttons' }, ...buttons),
    );
    this.updateDeadline(inc, Date.now());
  }

  private renderList(): void {
    const open = [...this.incidents.values()].filter((i) => isOpen(i.status)).sort(compareIncidents);
    if (!open.length) {
      this.list.replaceChildren(h('div', { class: 'muted task-empty' }, t.noTasks));
      return;
    }
    const now = Date.now();
    this.list.replaceChildren(
      ...open.map((inc) => {
        const d = nextDeadline(inc);
        return h(
          'div',
          { class: `task-row${inc.id === this.currentId ? ' selected' : ''}`, role: 'listitem', 'data-id': inc.id, 'data-status': inc.status },
          h('div', { class: 'ir-top' }, priorityBadge(inc.priority), h('span', { class: 'ir-cat' }, this.d.lookup.category(inc.category)), h('span', { class: 'ir-id' }, it.idLabel(inc.id))),
          h(
            'div',
            { class: 'ir-bottom' },
            statusPill(inc.status),
            h('span', { class: 'ir-town' }, this.d.lookup.township(inc.townshipId)),
            d ? h('span', { class: 'ir-deadline', 'data-missed': String(isMissed(d, now)) }, `${deadlineName(d.kind)} ${countdownText(msLeft(d, now))}`) : null,
          ),
        );
      }),
    );
  }

  private tick(): void {
    const now = Date.now();
    const inc = this.currentId ? this.incidents.get(this.currentId) : undefined;
    if (inc && !this.card.hidden) this.updateDeadline(inc, now);
    for (const row of this.list.querySelectorAll<HTMLElement>('.task-row')) {
      const i = this.incidents.get(row.dataset.id ?? '');
      const el = row.querySelector<HTMLElement>('.ir-deadline');
      const d = i ? nextDeadline(i) : null;
      if (el && d) {
        el.textContent = `${deadlineName(d.kind)} ${countdownText(msLeft(d, now))}`;
        el.dataset.missed = String(isMissed(d, now));
      }
    }
  }

  private updateDeadline(inc: Incident, now: number): void {
    const d = nextDeadline(inc);
    const offer = this.offers.get(inc.id);
    const here = this.d.position();
    const meters = here && inc.location ? metersBetween(here, inc.location) : (offer?.distanceMeters ?? null);
    const text = distanceText(meters);
    if (this.distance.textContent !== text) this.distance.textContent = text;
    if (d) {
      this.deadline.textContent = `${deadlineName(d.kind)} ${countdownText(msLeft(d, now))}`;
      this.deadline.dataset.missed = String(isMissed(d, now));
    } else if (offer?.deadline && inc.status === 'dispatched') {
      const left = Date.parse(offer.deadline) - now;
      this.deadline.textContent = `${deadlineName('acknowledge')} ${countdownText(left)}`;
      this.deadline.dataset.missed = String(left < 0);
    } else {
      this.deadline.textContent = '—';
      delete this.deadline.dataset.missed;
    }
  }

  private setBusy(b: boolean): void {
    this.busy = b;
    for (const btn of this.card.querySelectorAll<HTMLButtonElement>('.assignment-buttons .btn')) btn.disabled = b;
  }

  private done(updated: Incident, message: string): void {
    this.incidents.set(updated.id, updated);
    this.d.info(message);
    this.render();
    this.d.onWorkChanged();
  }

  private async run(inc: Incident, action: IncidentAction): Promise<void> {
    if (this.busy) return;
    this.error.textContent = '';
    this.setBusy(true);
    try {
      const updated = await performAction(inc, action, { onConflict: () => void this.refresh() });
      if (updated) {
        if (action === 'decline' || action === 'sendBack') {
          this.incidents.delete(updated.id);
          this.offers.delete(updated.id);
          this.currentId = null;
          this.d.info(t.declined(inc.id));
          this.render();
          this.d.onWorkChanged();
        } else this.done(updated, t.actionDone(action));
      }
    } catch (e) {
      this.error.textContent = errorMessage(e);
    } finally {
      this.setBusy(false);
    }
  }

  // ---- handle: result + photos (uploaded first, then their ids go with the action)

  private resetHandleForm(id: string): void {
    this.photos.clear();
    this.photosFor = id;
    this.resultInput.value = '';
  }

  private async handle(inc: Incident): Promise<void> {
    if (this.busy) return;
    const result = this.resultInput.value.trim();
    this.error.textContent = '';
    if (!result) {
      this.error.textContent = it.required(it.resultLabel);
      this.resultInput.focus();
      return;
    }
    this.setBusy(true);
    try {
      const pending = this.photos.photos.filter((p) => !p.evidenceId);
      for (const [i, p] of pending.entries()) {
        this.d.info(it.photoUploading(i + 1, pending.length));
        let evidenceId: string;
        try {
          evidenceId = (await uploadEvidence(inc.id, p.file, p.file.name)).id;
        } catch (e) {
          throw new Error(it.photoFailed + errorMessage(e));
        }
        this.photos.markUploaded(p, evidenceId);
      }
      const evidenceIds = this.photos.photos.map((p) => p.evidenceId!).filter(Boolean);
      const updated = await postAction(inc.id, 'handle', { result, evidenceIds });
      this.resetHandleForm('');
      this.done(updated, t.actionDone('handle'));
    } catch (e) {
      this.d.info('');
      this.error.textContent = errorMessage(e);
      if (e instanceof ApiError && e.status === 409) void this.refresh();
    } finally {
      this.setBusy(false);
    }
  }
}

/** When the incident cannot be fetched, the offer alone is enough to answer it. */
function fromOffer(o: AssignmentOffered): Incident {
  const now = new Date().toISOString();
  return {
    id: o.incidentId,
    status: 'dispatched',
    category: o.category,
    categoryName: null,
    priority: o.priority,
    description: o.description,
    location: o.location,
    townshipId: null,
    gridId: null,
    zoneId: '',
    departmentId: '',
    assignedOfficerId: null,
    deadlines: o.deadline ? [{ kind: 'acknowledge', due: o.deadline, missed: false, met: false }] : [],
    createdAt: now,
    updatedAt: now,
    source: 'assigned', // work offered to an officer is work handed down; the real source shows once the incident loads
    reportedBy: '',
    reports: 1,
    result: null,
    score: null,
    evidence: [],
    availableActions: ['acknowledge', 'decline'],
    merged: false,
    requestedPriority: null,
    requestedSource: null,
    awaitingOfficer: false,
  };
}
