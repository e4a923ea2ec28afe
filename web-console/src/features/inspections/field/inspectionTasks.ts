// The officer's inspection work (检查任务), the controller: loads the tasks the officer was drawn for (start, reconnect,
// every 30 s, and whenever inspectionTaskOffered arrives: the server filters the list to the signed-in officer), and
// runs the cards' 保存结果 and 公示. Hooks: section [data-testid=inspection-tasks], inspection-task-error; the cards'
// hooks are in inspectionTaskCard.ts.
import { errorMessage } from '../../../api/http';
import { getTasks, postResults, publishTask } from '../api';
import type { InspectionTask } from '../types';
import { type InspectionTaskOffered, hubEvents } from '../../../live/hubContract';
import { inspectionText } from '../words';
import type { LiveConnection } from '../../../live';
import { BusyRunner } from '../../../shared/busy';
import type { Lookup } from '../../../shared/lookup';
import { Disposables } from '../../../shared/page';
import { h } from '../../../util/dom';
import { InspectionTaskCard, type InspectionStep } from './inspectionTaskCard';
import { orderFieldTasks, resultItems } from './resultDraft';

const t = inspectionText.field;

export interface InspectionTaskDeps {
  live: LiveConnection;
  lookup: Lookup;
  officerId: string;
  info: (text: string) => void;
}

export class InspectionTasks {
  readonly section: HTMLElement;
  private readonly list = h('div', { class: 'inspection-task-list' });
  private readonly error = h('div', { class: 'assignment-error', role: 'alert', 'aria-live': 'assertive', 'data-testid': 'inspection-task-error' });
  private readonly cards = new Map<string, InspectionTaskCard>();
  private readonly runner: BusyRunner;
  private readonly disposables = new Disposables();
  private tasks: InspectionTask[] = [];

  constructor(private readonly d: InspectionTaskDeps) {
    this.section = h('section', { class: 'inspection-tasks', 'data-testid': 'inspection-tasks', 'aria-label': t.title }, h('h3', {}, t.title), this.list, this.error);
    this.runner = new BusyRunner({ error: this.error, setBusy: () => this.render(), refetch: () => void this.refresh() });
    this.disposables.add(d.live.on(hubEvents.inspectionTaskOffered, (o) => void this.offered(o)));
  }

  dispose(): void {
    this.disposables.dispose();
  }

  /** Reload the officer's tasks. Never rejects: a failure is shown in the section. */
  async refresh(): Promise<void> {
    try {
      this.tasks = await getTasks({ inspectorId: this.d.officerId });
      this.error.textContent = '';
    } catch (e) {
      this.error.textContent = t.loadFailed + errorMessage(e);
    }
    this.render();
  }

  private async offered(o: InspectionTaskOffered): Promise<void> {
    navigator.vibrate?.([300, 150, 300]);
    this.d.info(t.offered(o.enterpriseName));
    await this.refresh();
    this.cards.get(o.taskId)?.el.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  private render(): void {
    const tasks = orderFieldTasks(this.tasks);
    const keep = new Set(tasks.map((x) => x.id));
    for (const id of [...this.cards.keys()]) if (!keep.has(id)) this.cards.delete(id);
    const els = tasks.map((x) => {
      let card = this.cards.get(x.id);
      if (!card) {
        card = new InspectionTaskCard(x, this.d.officerId, this.d.lookup, (task, step, c) => void this.step(task, step, c));
        this.cards.set(x.id, card);
      }
      card.render(x, this.runner.busy);
      return card.el;
    });
    // Only move nodes when the order changed: moving a focused textarea closes the phone's keyboard.
    const same = els.length === this.list.children.length && els.every((el, i) => this.list.children[i] === el);
    if (!same) this.list.replaceChildren(...els);
  }

  private async step(task: InspectionTask, step: InspectionStep, card: InspectionTaskCard): Promise<void> {
    if (this.runner.busy) return;
    this.error.textContent = '';
    let updated: InspectionTask | undefined;
    if (step === 'save') {
      const r = resultItems(card.draft, task);
      if (!r.ok) {
        this.error.textContent = r.error;
        return;
      }
      updated = await this.runner.run(() => postResults(task.id, r.items));
      if (updated) card.saved(updated);
    } else {
      updated = await this.runner.run(() => publishTask(task.id));
    }
    if (!updated) return;
    this.tasks = this.tasks.map((x) => (x.id === updated.id ? updated : x));
    this.render();
    this.d.info(step === 'save' ? t.saved : t.publishedDone);
  }
}
