// The results form of one inspection task, as state: an outcome (合格 / 发现问题 / 严重问题) and a note per item, started
// from what the server already recorded, so a re-render or a refetch does not lose what the officer is typing until it
// is saved. Saving sends the items with an outcome (re-recording an item replaces it until published); 公示 is offered
// once every item has a recorded result.
import type { InspectionTask, ItemResult, Outcome } from '../../api/inspections';
import { inspectionText } from '../../i18n/inspections';

export interface ItemDraft {
  outcome: Outcome | null;
  note: string;
}

export type ResultDraft = Map<string, ItemDraft>;

/** One entry per item of the task, filled from the recorded results. */
export function draftFrom(task: Pick<InspectionTask, 'items' | 'results'>): ResultDraft {
  const recorded = new Map(task.results.map((r) => [r.itemCode, r]));
  return new Map(task.items.map((i) => [i.itemCode, { outcome: recorded.get(i.itemCode)?.outcome ?? null, note: recorded.get(i.itemCode)?.note ?? '' }]));
}

/** The POST …/results items (those with an outcome; the note is optional), or the problem when none has one. */
export function resultItems(draft: ResultDraft): { ok: true; items: ItemResult[] } | { ok: false; error: string } {
  const items: ItemResult[] = [];
  for (const [itemCode, d] of draft) if (d.outcome) items.push({ itemCode, outcome: d.outcome, note: d.note.trim() || null, evidenceIds: [] });
  return items.length ? { ok: true, items } : { ok: false, error: inspectionText.field.noOutcome };
}

/** Differs from what the server recorded (a save is worth sending). */
export function isDirty(draft: ResultDraft, task: Pick<InspectionTask, 'items' | 'results'>): boolean {
  const saved = draftFrom(task);
  for (const [code, d] of draft) {
    const s = saved.get(code);
    if (!s || s.outcome !== d.outcome || s.note.trim() !== d.note.trim()) return true;
  }
  return false;
}

/** 公示 is possible once every item has a recorded result and the task is not published yet. */
export function canPublish(task: Pick<InspectionTask, 'items' | 'results' | 'status'>): boolean {
  if (task.status === 'published' || task.status === 'planned') return false;
  const recorded = new Set(task.results.map((r) => r.itemCode));
  return task.items.length > 0 && task.items.every((i) => recorded.has(i.itemCode));
}

/** Results can be recorded (and re-recorded) from the draw until publication. */
export function canRecord(task: Pick<InspectionTask, 'status'>): boolean {
  return task.status === 'drawn' || task.status === 'inspected';
}

/** By planned date, published last. Saving results does not move a card (it would jump from under the finger). */
export function orderFieldTasks(tasks: InspectionTask[]): InspectionTask[] {
  const done = (x: InspectionTask) => (x.status === 'published' ? 1 : 0);
  return [...tasks].sort((a, b) => done(a) - done(b) || a.plannedDate.localeCompare(b.plannedDate) || a.id.localeCompare(b.id));
}
