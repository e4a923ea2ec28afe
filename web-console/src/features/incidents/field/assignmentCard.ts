// The assignment card (offered → 签收/拒绝 → 到场 → 处置完成): which buttons for which status, the deadline and distance.
// Hooks: #assignment-card[data-incident-id][data-status], #ack-button, #decline-button, #arrive-button, #handle-button,
// #sendback-button, #assignment-deadline[data-missed], #assignment-distance, #assignment-error.
import type { AssignmentOffered } from '../../../live/hubContract';
import type { Incident, IncidentAction } from '../types';
import type { LatLon } from '../../../api/types';
import { deadlineCountdown, distanceText, incidentText as it } from '../words';
import { taskText as t } from './words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { metersBetween } from '../../../util/geo';
import { priorityBadge, statusPill } from '../badges';
import { has, isMissed, msLeft, nextDeadline } from '../model';
import type { HandleForm } from './handleForm';

/** A button of the card: its id, the action, the label and the style. */
export interface CardButton {
  id: string;
  action: IncidentAction;
  label: string;
  cls: string;
}

/** Which buttons the card shows for an incident (only actions the server offers). */
export function cardButtons(inc: Pick<Incident, 'status' | 'availableActions'>): CardButton[] {
  const out: CardButton[] = [];
  const add = (id: string, action: IncidentAction, label: string, cls: string) => {
    if (has(inc, action)) out.push({ id, action, label, cls });
  };
  if (inc.status === 'dispatched') {
    add('ack-button', 'acknowledge', t.acknowledge, 'btn-big btn-primary');
    add('decline-button', 'decline', t.decline, 'btn-big btn-secondary');
  } else if (inc.status === 'acknowledged') {
    add('arrive-button', 'arrive', t.arrive, 'btn-big btn-primary');
  } else if (inc.status === 'onScene') {
    add('handle-button', 'handle', t.handle, 'btn-big btn-primary');
  }
  if (inc.status === 'acknowledged' || inc.status === 'onScene') add('sendback-button', 'sendBack', t.sendBack, 'btn-link');
  return out;
}

export interface CardDeps {
  lookup: Lookup;
  handleForm: HandleForm;
  /** The device's latest position, for the distance when the offer does not carry one. */
  position: () => LatLon | null;
  onAction: (inc: Incident, action: IncidentAction) => void;
}

export class AssignmentCard {
  readonly el: HTMLElement;
  readonly error = h('div', { class: 'assignment-error', id: 'assignment-error', role: 'alert', 'aria-live': 'assertive' });
  private readonly deadline = h('span', { id: 'assignment-deadline', class: 'assignment-deadline' });
  private readonly distance = h('span', { id: 'assignment-distance' });
  private key = '';

  constructor(private readonly d: CardDeps) {
    this.el = h('section', { class: 'card assignment-card', id: 'assignment-card', hidden: true, 'aria-live': 'polite' });
  }

  render(inc: Incident | null, offer: AssignmentOffered | undefined, busy: boolean): void {
    if (!inc) {
      this.el.hidden = true;
      this.key = '';
      delete this.el.dataset.incidentId;
      delete this.el.dataset.status;
      return;
    }
    this.d.handleForm.follow(inc.id);
    // Re-render only on a real change: moving the focused textarea would close the phone's keyboard.
    const key = [inc.id, inc.status, inc.updatedAt, inc.priority, (inc.availableActions ?? []).join(','), busy].join('|');
    if (key === this.key && !this.el.hidden) {
      this.update(inc, offer, Date.now());
      return;
    }
    this.key = key;
    this.el.hidden = false;
    this.el.dataset.incidentId = inc.id;
    this.el.dataset.status = inc.status;
    const specs = cardButtons(inc);
    const buttons = specs.map((b) => {
      const el = h('button', { type: 'button', id: b.id, class: `btn ${b.cls}` }, b.label);
      el.disabled = busy;
      el.addEventListener('click', () => this.d.onAction(inc, b.action));
      return el;
    });
    const handleForm = specs.some((b) => b.action === 'handle') ? this.d.handleForm.render() : null;

    this.el.replaceChildren(
      h('div', { class: 'assignment-head' }, h('span', { class: 'assignment-kicker' }, inc.status === 'dispatched' ? t.newTask : t.currentTask), statusPill(inc.status)),
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
    this.update(inc, offer, Date.now());
  }

  setBusy(b: boolean): void {
    for (const btn of this.el.querySelectorAll<HTMLButtonElement>('.assignment-buttons .btn')) btn.disabled = b;
  }

  /** A new offer: play the arrival animation. */
  flash(): void {
    this.el.classList.remove('arrived');
    void this.el.offsetWidth; // restart the animation
    this.el.classList.add('arrived');
  }

  /** Every second: deadline and distance. */
  update(inc: Incident, offer: AssignmentOffered | undefined, now: number): void {
    const d = nextDeadline(inc);
    const here = this.d.position();
    const meters = here && inc.location ? metersBetween(here, inc.location) : (offer?.distanceMeters ?? null);
    const text = distanceText(meters);
    if (this.distance.textContent !== text) this.distance.textContent = text;
    if (d) {
      this.deadline.textContent = deadlineCountdown(d.kind, msLeft(d, now));
      this.deadline.dataset.missed = String(isMissed(d, now));
    } else if (offer?.deadline && inc.status === 'dispatched') {
      const left = Date.parse(offer.deadline) - now;
      this.deadline.textContent = deadlineCountdown('acknowledge', left);
      this.deadline.dataset.missed = String(left < 0);
    } else {
      this.deadline.textContent = '—';
      delete this.deadline.dataset.missed;
    }
  }
}
