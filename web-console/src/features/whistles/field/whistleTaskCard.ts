// One whistle task card on the field app: the matter, urgency, township, distance, the part's deadline countdown, what
// the department must bring, and the one next step: 确认 → 到场 → 完成本部门任务 (with the result). The result text
// survives re-renders (the card is rebuilt only when the task changes).
// Hooks: .whistle-task[data-whistle-id][data-part-status][data-stage] (class overdue), .whistle-task-deadline[data-kind]
// [data-missed], .whistle-task-distance, .whistle-result (textarea), .whistle-step[data-action].
import type { LatLon } from '../../../api/types';
import type { Whistle, WhistlePart } from '../types';
import { taskText as fieldText } from '../../incidents/field/words';
import { distanceText } from '../../incidents/words';
import { whistleActionName, whistleText as t } from '../words';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { metersBetween } from '../../../util/geo';
import { partStatusPill, urgencyBadge } from '../badges';
import { partCountdown, showCountdown } from '../countdown';
import { officerStep } from '../whistleRoles';
import { isPartOverdue, partStage } from '../whistleRules';

export type WhistleStep = 'acknowledge' | 'arrive' | 'handle';

export class WhistleTaskCard {
  readonly el: HTMLElement;
  readonly result = h('textarea', { class: 'whistle-result', rows: 3, maxlength: 1000, placeholder: t.resultPlaceholder, 'aria-label': t.resultLabel });
  private readonly deadline = h('span', { class: 'whistle-task-deadline assignment-deadline' });
  private readonly distance = h('span', { class: 'whistle-task-distance' });
  private key = '';
  private whistle: Whistle;
  private part: WhistlePart;

  constructor(
    w: Whistle,
    p: WhistlePart,
    private readonly lookup: Lookup,
    private readonly position: () => LatLon | null,
    private readonly onStep: (w: Whistle, p: WhistlePart, step: WhistleStep, card: WhistleTaskCard) => void,
  ) {
    this.whistle = w;
    this.part = p;
    this.el = h('article', { class: 'card assignment-card whistle-task', 'data-whistle-id': w.id });
  }

  render(w: Whistle, p: WhistlePart, busy: boolean): void {
    this.whistle = w;
    this.part = p;
    const key = [w.updatedAt, w.status, p.status, p.officerIds.join(','), busy].join('|');
    if (key !== this.key) {
      this.key = key;
      this.build(w, p, busy);
    }
    this.tick(Date.now());
  }

  /** Every second: countdown, distance and the overdue mark. */
  tick(now: number): void {
    showCountdown(this.deadline, partCountdown(this.part, now));
    if (!this.deadline.textContent) this.deadline.textContent = '—';
    const here = this.position();
    const text = distanceText(here && this.whistle.location ? metersBetween(here, this.whistle.location) : null);
    if (this.distance.textContent !== text) this.distance.textContent = text;
    this.el.classList.toggle('overdue', isPartOverdue(this.part, now));
  }

  private build(w: Whistle, p: WhistlePart, busy: boolean): void {
    const step = officerStep(p);
    this.el.dataset.partStatus = p.status;
    this.el.dataset.stage = partStage(p);
    const button = step ? h('button', { type: 'button', class: 'btn btn-big btn-primary whistle-step', 'data-action': step }, whistleActionName(step)) : null;
    if (button && step) {
      button.disabled = busy;
      button.addEventListener('click', () => this.onStep(this.whistle, this.part, step, this));
    }
    const parts: (HTMLElement | null)[] = [
      h('div', { class: 'assignment-head' }, h('span', { class: 'assignment-kicker' }, p.status === 'assigned' ? t.fieldNew : t.tab), partStatusPill(p.status)),
      h('div', { class: 'assignment-title' }, urgencyBadge(w.urgency), h('span', {}, w.title), h('span', { class: 'ir-id' }, t.idLabel(w.id))),
      w.description ? h('p', { class: 'assignment-description' }, w.description) : null,
      h(
        'dl',
        { class: 'field-props assignment-props' },
        h('dt', {}, t.township),
        h('dd', {}, this.lookup.township(w.townshipId)),
        h('dt', {}, t.needs),
        h('dd', {}, p.needs || '—'),
        h('dt', {}, fieldText.distance),
        h('dd', {}, this.distance),
        h('dt', {}, fieldText.deadline),
        h('dd', {}, this.deadline),
      ),
      step === 'handle' ? h('div', { class: 'handle-form' }, h('label', {}, t.resultLabel), this.result) : null,
      button ? h('div', { class: 'assignment-buttons' }, button) : null,
    ];
    this.el.replaceChildren(...parts.filter((x): x is HTMLElement => !!x));
  }
}
