// The results form of one inspection task, as state: an outcome (合格 / 发现问题 / 严重问题) and a note per item, started
// from what the server already recorded, so a re-render or a refetch does not lose what the officer is typing until it
// is saved. Saving sends the items with an outcome (re-recording an item replaces it until published); 公示 is offered
// once every item has a recorded result. Photos are uploaded as soon as they are picked; their ids wait in the draft
// and go with the item's next save, after the ids the server already recorded for it (so a re-save keeps them).
import { inspectionEvidenceUrl } from '../api';
import type { InspectionTask, ItemResult, Outcome } from '../types';
import type { Evidence } from '../../../api/types';
import { inspectionText } from '../words';

/** At most this many photos per item (the server refuses more evidenceIds). */
export const MAX_ITEM_PHOTOS = 10;

export interface ItemDraft {
  outcome: Outcome | null;
  note: string;
  /** Photos uploaded for the item and not recorded yet. */
  uploaded: Evidence[];
}

export type ResultDraft = Map<string, ItemDraft>;

/** A photo as the thumbnails read it. */
export type ItemPhoto = Pick<Evidence, 'id' | 'url'>;

type Recorded = Pick<InspectionTask, 'items' | 'results'>;

function recordedIds(task: Pick<InspectionTask, 'results'>, code: string): string[] {
  return task.results.find((r) => r.itemCode === code)?.evidenceIds ?? [];
}

/** Uploaded photos the task does not record yet for the item. */
function pending(task: Pick<InspectionTask, 'results'>, code: string, d: ItemDraft | undefined): Evidence[] {
  const recorded = new Set(recordedIds(task, code));
  return (d?.uploaded ?? []).filter((e) => !recorded.has(e.id));
}

/**
 * One entry per item of the task, filled from the recorded results; `carry` hands over photos uploaded meanwhile that
 * the task does not record yet (a save that left before they were uploaded).
 */
export function draftFrom(task: Recorded, carry?: ResultDraft): ResultDraft {
  const recorded = new Map(task.results.map((r) => [r.itemCode, r]));
  return new Map(
    task.items.map((i) => [i.itemCode, { outcome: recorded.get(i.itemCode)?.outcome ?? null, note: recorded.get(i.itemCode)?.note ?? '', uploaded: pending(task, i.itemCode, carry?.get(i.itemCode)) }]),
  );
}

/** The evidenceIds to send for an item: those recorded for it, then those uploaded since. */
export function itemEvidenceIds(task: Pick<InspectionTask, 'results'>, code: string, d: ItemDraft | undefined): string[] {
  return [...recordedIds(task, code), ...pending(task, code, d).map((e) => e.id)];
}

/** The item's photos, recorded first (read from the task's evidence route), then those uploaded since. */
export function itemPhotos(task: Pick<InspectionTask, 'id' | 'results'>, code: string, d: ItemDraft | undefined): ItemPhoto[] {
  return [...recordedIds(task, code).map((id) => ({ id, url: inspectionEvidenceUrl(task.id, id) })), ...pending(task, code, d)];
}

/** How many more photos the item takes. */
export function photoRoom(task: Pick<InspectionTask, 'results'>, code: string, d: ItemDraft | undefined): number {
  return Math.max(0, MAX_ITEM_PHOTOS - itemEvidenceIds(task, code, d).length);
}

/**
 * The POST …/results items (those with an outcome; the note is optional; each with its evidenceIds), or the problem
 * when none has one, or when an item has new photos but no outcome (they would not be kept).
 */
export function resultItems(draft: ResultDraft, task: Pick<InspectionTask, 'results'>): { ok: true; items: ItemResult[] } | { ok: false; error: string } {
  const items: ItemResult[] = [];
  for (const [itemCode, d] of draft) {
    if (d.outcome) items.push({ itemCode, outcome: d.outcome, note: d.note.trim() || null, evidenceIds: itemEvidenceIds(task, itemCode, d) });
    else if (pending(task, itemCode, d).length) return { ok: false, error: inspectionText.field.photoNeedsOutcome };
  }
  return items.length ? { ok: true, items } : { ok: false, error: inspectionText.field.noOutcome };
}

/** Differs from what the server recorded (a save is worth sending). */
export function isDirty(draft: ResultDraft, task: Recorded): boolean {
  const saved = draftFrom(task);
  for (const [code, d] of draft) {
    const s = saved.get(code);
    if (!s || s.outcome !== d.outcome || s.note.trim() !== d.note.trim() || pending(task, code, d).length) return true;
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
