// The officer's whistle work (吹哨任务), the controller: loads the whistles the officer is assigned to (start,
// reconnect, every 30 s), shows whistleTaskOffered at once (the whistle is fetched; the offer alone stands in when it
// cannot be), refetches a whistle on whistleChanged (the gateway sends it to the officers sent, too), and runs the
// card's steps with the part's department. Hooks: section #whistle-tasks, #whistle-task-error;
// the cards' hooks are in whistleTaskCard.ts.
import type { LatLon } from '../../../api/types';
import { getAllWhistles, getWhistle, postWhistleAction } from '../api';
import type { Whistle, WhistlePart } from '../types';
import { hubEvents, type WhistleTaskOffered } from '../../../live/hubContract';
import { whistleText as t } from '../words';
import type { LiveConnection } from '../../../live';
import { BusyRunner } from '../../../shared/busy';
import { changedAfter } from '../../../shared/keyedStore';
import { LiveItems } from '../../../shared/liveItems';
import type { Lookup } from '../../../shared/lookup';
import { Disposables } from '../../../shared/page';
import { h } from '../../../util/dom';
import { officerTasks } from '../whistleRoles';
import { compareWhistles, knowsChange } from '../whistleRules';
import { WhistleStore } from '../whistleStore';
import { WhistleTaskCard, type WhistleStep } from './whistleTaskCard';

export interface WhistleTaskDeps {
  live: LiveConnection;
  lookup: Lookup;
  officerId: string;
  position: () => LatLon | null;
  /** The officer's status may follow the work: refresh the profile. */
  onWorkChanged: () => void;
  info: (text: string) => void;
}

/** When the whistle cannot be fetched, the offer alone is enough to acknowledge it; any real copy replaces it. */
export function whistleFromOffer(o: WhistleTaskOffered, officerId: string): Whistle {
  return {
    id: o.whistleId,
    status: 'open',
    title: o.title,
    description: '',
    urgency: o.urgency,
    townshipId: '',
    zoneId: '',
    location: o.location,
    incidentId: null,
    departments: [
      { departmentId: o.departmentId, role: 'assist', needs: '', status: 'assigned', officerIds: [officerId], deadline: o.deadline, reportedAt: null, arrivedAt: null, handledAt: null, result: null, rating: null },
    ],
    createdAt: new Date().toISOString(),
    updatedAt: new Date(0).toISOString(), // older than any copy the server sends
  };
}

export class WhistleTasks {
  readonly section: HTMLElement;
  private readonly items = new LiveItems(new WhistleStore(), { list: () => getAllWhistles(), one: getWhistle, keep: changedAfter });
  private readonly store = this.items.store;
  private readonly list = h('div', { class: 'whistle-task-list' });
  private readonly error = h('div', { class: 'assignment-error', id: 'whistle-task-error', role: 'alert', 'aria-live': 'assertive' });
  private readonly cards = new Map<string, WhistleTaskCard>();
  private readonly runner: BusyRunner;
  private readonly disposables = new Disposables();

  constructor(private readonly d: WhistleTaskDeps) {
    this.section = h('section', { class: 'whistle-tasks', id: 'whistle-tasks', 'aria-label': t.fieldTasks }, this.list, this.error);
    this.runner = new BusyRunner({ error: this.error, setBusy: () => this.render(), refetch: () => void this.refresh() });
    this.disposables.add(
      this.store.onChange(() => this.render()),
      d.live.on(hubEvents.whistleTaskOffered, (o) => void this.offered(o)),
      d.live.on(hubEvents.whistleChanged, (e) =>
        this.items.whenLoaded(() => {
          if (!knowsChange(this.store.get(e.id), e)) this.items.fetch(e.id);
        }),
      ),
    );
    this.disposables.every(1000, () => {
      const now = Date.now();
      for (const c of this.cards.values()) c.tick(now);
    });
  }

  dispose(): void {
    this.disposables.dispose();
  }

  /** Reload the officer's whistles (start, reconnect, every 30 s). */
  async refresh(): Promise<void> {
    await this.items.refresh(this.error, t.fieldFailed);
  }

  private async offered(o: WhistleTaskOffered): Promise<void> {
    navigator.vibrate?.([300, 150, 300]);
    this.store.upsert(await getWhistle(o.whistleId).catch(() => whistleFromOffer(o, this.d.officerId)));
    this.error.textContent = '';
    this.cards.get(o.whistleId)?.el.scrollIntoView({ behavior: 'smooth', block: 'start' });
    this.d.onWorkChanged();
  }

  private render(): void {
    const tasks = officerTasks(this.store.all(), this.d.officerId).sort((a, b) => compareWhistles(a.whistle, b.whistle));
    const keep = new Set(tasks.map((x) => x.whistle.id));
    for (const id of [...this.cards.keys()]) if (!keep.has(id)) this.cards.delete(id);
    const els = tasks.map(({ whistle, part }) => {
      let card = this.cards.get(whistle.id);
      if (!card) {
        card = new WhistleTaskCard(whistle, part, this.d.lookup, this.d.position, (w, p, step, c) => void this.step(w, p, step, c));
        this.cards.set(whistle.id, card);
      }
      card.render(whistle, part, this.runner.busy);
      return card.el;
    });
    // Only move nodes when the order changed: moving a focused textarea closes the phone's keyboard.
    const same = els.length === this.list.children.length && els.every((el, i) => this.list.children[i] === el);
    if (!same) this.list.replaceChildren(...els); // an empty list hides the section (field.css)
  }

  private async step(w: Whistle, p: WhistlePart, step: WhistleStep, card: WhistleTaskCard): Promise<void> {
    if (this.runner.busy) return;
    this.error.textContent = '';
    const body: Record<string, unknown> = { departmentId: p.departmentId };
    if (step === 'handle') {
      const result = card.result.value.trim();
      if (!result) {
        this.error.textContent = t.errors.resultMissing;
        card.result.focus();
        return;
      }
      body.result = result;
    }
    const updated = await this.runner.run(() => postWhistleAction(w.id, step, body));
    if (!updated) return;
    if (step === 'handle') card.result.value = '';
    this.store.upsert(updated);
    this.d.info(t.fieldDone(step));
    this.d.onWorkChanged();
  }
}
