// Officer work, the controller: loads the officer's incidents, answers the hub's offers and withdrawals, runs the
// card's actions, ticks the countdowns. The parts: AssignmentStore (state), AssignmentCard, TaskList, HandleForm.
import { ApiError, errorMessage } from '../../../api/http';
import { getIncident } from '../api';
import { type AssignmentOffered, type AssignmentWithdrawn, hubEvents } from '../../../live/hubContract';
import type { Incident, IncidentAction } from '../types';
import type { LatLon } from '../../../api/types';
import { taskText as t } from './words';
import type { LiveConnection } from '../../../live';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { Disposables } from '../../../shared/page';
import { performAction } from '../actions';
import { getOpenIncidents } from '../incidentStore';
import { AssignmentCard } from './assignmentCard';
import { AssignmentStore } from './assignmentStore';
import { HandleForm } from './handleForm';
import { TaskList } from './taskList';

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
  private readonly work = new AssignmentStore();
  private readonly cardView: AssignmentCard;
  private readonly tasks: TaskList;
  private readonly handleForm: HandleForm;
  private readonly runner: BusyRunner;
  private readonly disposables = new Disposables();

  constructor(private readonly d: AssignmentDeps) {
    const showError = (m: string) => (this.cardView.error.textContent = m);
    this.handleForm = new HandleForm(showError, d.info);
    this.cardView = new AssignmentCard({ lookup: d.lookup, handleForm: this.handleForm, position: d.position, onAction: (inc, a) => void this.run(inc, a) });
    this.tasks = new TaskList(this.work, d.lookup, (id) => {
      if (!this.work.select(id)) return;
      this.render();
      this.cardView.el.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    this.runner = new BusyRunner({ error: this.cardView.error, setBusy: (b) => this.cardView.setBusy(b), refetch: () => void this.refresh() });

    this.disposables.add(
      d.live.on(hubEvents.assignmentOffered, (o) => void this.offered(o)),
      d.live.on(hubEvents.assignmentWithdrawn, (w) => this.withdrawn(w)),
    );
    this.disposables.every(1000, () => this.tick());
  }

  get card(): HTMLElement {
    return this.cardView.el;
  }

  get listSection(): HTMLElement {
    return this.tasks.section;
  }

  dispose(): void {
    this.disposables.dispose();
  }

  /** Reload the officer's open incidents, every page (start, reconnect, every 30 s). */
  async refresh(): Promise<void> {
    try {
      this.work.replaceAll(await getOpenIncidents());
      this.render();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) this.cardView.error.textContent = t.tasksFailed + errorMessage(e);
    }
  }

  private async offered(o: AssignmentOffered): Promise<void> {
    navigator.vibrate?.([300, 150, 300]);
    const inc = await getIncident(o.incidentId).catch(() => null); // without it the offer alone is still answerable
    this.work.offered(o, inc);
    this.cardView.error.textContent = '';
    this.render();
    this.cardView.flash();
    window.scrollTo({ top: 0, behavior: 'smooth' }); // the card is the first thing on the page
    this.d.onWorkChanged();
  }

  private withdrawn(w: AssignmentWithdrawn): void {
    this.work.drop(w.incidentId);
    this.d.info(t.withdrawn(w.incidentId, w.reason));
    navigator.vibrate?.(200);
    this.render();
    this.d.onWorkChanged();
  }

  private render(): void {
    const inc = this.work.current();
    this.cardView.render(inc, inc ? this.work.offerFor(inc.id) : undefined, this.runner.busy);
    this.tasks.render();
  }

  private tick(): void {
    const now = Date.now();
    const inc = this.work.selectedId ? this.work.incidents.get(this.work.selectedId) : undefined;
    if (inc && !this.cardView.el.hidden) this.cardView.update(inc, this.work.offerFor(inc.id), now);
    this.tasks.tick(now);
  }

  private async run(inc: Incident, action: IncidentAction): Promise<void> {
    if (action === 'handle') return this.handle(inc);
    const updated = await this.runner.run(() => performAction(inc, action, { onConflict: this.runner.conflict }));
    if (!updated) return;
    if (action === 'decline' || action === 'sendBack') {
      this.work.drop(updated.id);
      this.done(t.declined(inc.id));
    } else {
      this.work.incidents.upsert(updated);
      this.done(t.actionDone(action));
    }
  }

  private async handle(inc: Incident): Promise<void> {
    if (this.runner.busy) return;
    this.cardView.error.textContent = '';
    const result = this.handleForm.result();
    if (result === null) return;
    const updated = await this.runner.run(() => this.handleForm.submit(inc, result));
    if (!updated) return;
    this.work.incidents.upsert(updated);
    this.done(t.actionDone('handle'));
  }

  private done(message: string): void {
    this.d.info(message);
    this.render();
    this.d.onWorkChanged();
  }
}
