// Whistle state as the pages read it: active or not, a part's stage behind the `overdue` mark, the next deadline,
// list order. The server decides; these rules only choose what to show.
import type { PartStatus, Urgency, Whistle, WhistlePart, WhistleStatus } from './types';
import type { WhistleChanged } from '../../live/hubContract';
import { isoTime } from '../../shared/keyedStore';

export const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, normal: 2 };

/** Still someone's work: waiting for approval, or open. */
export function isActive(status: WhistleStatus): boolean {
  return status === 'pendingApproval' || status === 'open';
}

/** A part's progress. `overdue` only marks lateness, so the stage behind it is read from the part's own times and officers. */
export type PartStage = Exclude<PartStatus, 'overdue'>;

export function partStage(p: Pick<WhistlePart, 'status' | 'officerIds' | 'arrivedAt' | 'handledAt'>): PartStage {
  if (p.status !== 'overdue') return p.status;
  if (p.handledAt) return 'handled';
  if (p.arrivedAt) return 'arrived';
  return p.officerIds.length ? 'assigned' : 'notified';
}

/** Which limit the part's deadline is: reporting until officers are assigned, then arrival. */
export function deadlineKind(p: Pick<WhistlePart, 'officerIds'>): 'report' | 'arrive' {
  return p.officerIds.length ? 'arrive' : 'report';
}

/** Late: the server marked it, or its deadline has passed while the part is not handled. */
export function isPartOverdue(p: WhistlePart, now: number): boolean {
  if (partStage(p) === 'handled') return false;
  return p.status === 'overdue' || (!!p.deadline && isoTime(p.deadline) < now);
}

/** Every named department has handled its part (the township may close). */
export function allHandled(w: Pick<Whistle, 'departments'>): boolean {
  return w.departments.length > 0 && w.departments.every((p) => partStage(p) === 'handled');
}

export function partOf(w: Pick<Whistle, 'departments'>, departmentId: string | null | undefined): WhistlePart | undefined {
  return departmentId ? w.departments.find((p) => p.departmentId === departmentId) : undefined;
}

/** The earliest running deadline of the whistle's parts (or of one department's part), with its part. */
export function nextDeadline(w: Whistle, departmentId?: string | null): { part: WhistlePart; due: number } | null {
  if (w.status !== 'open') return null;
  let best: { part: WhistlePart; due: number } | null = null;
  for (const p of w.departments) {
    if (departmentId && p.departmentId !== departmentId) continue;
    if (!p.deadline || partStage(p) === 'handled') continue;
    const due = isoTime(p.deadline);
    if (!best || due < best.due) best = { part: p, due };
  }
  return best;
}

/** Overdue parts that concern a viewer: a desk's own department's only (ownDepartment), everyone else's all (null). */
export function lateParts(w: Whistle, now: number, ownDepartment: string | null): number {
  if (w.status !== 'open') return 0;
  return w.departments.filter((p) => (!ownDepartment || p.departmentId === ownDepartment) && isPartOverdue(p, now)).length;
}

/** List order: active first, then urgency, then the nearest deadline, then newest. */
export function compareWhistles(a: Whistle, b: Whistle): number {
  const act = Number(isActive(b.status)) - Number(isActive(a.status));
  if (act) return act;
  const u = (URGENCY_RANK[a.urgency] ?? 9) - (URGENCY_RANK[b.urgency] ?? 9);
  if (u) return u;
  const da = nextDeadline(a)?.due ?? Number.POSITIVE_INFINITY;
  const db = nextDeadline(b)?.due ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  const c = isoTime(b.createdAt) - isoTime(a.createdAt);
  if (c) return c;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True when the stored copy already shows a whistleChanged event (same status, not older): no refetch needed. */
export function knowsChange(known: Pick<Whistle, 'status' | 'updatedAt'> | undefined, e: Pick<WhistleChanged, 'status' | 'updatedAt'>): boolean {
  return !!known && known.status === e.status && isoTime(known.updatedAt) >= isoTime(e.updatedAt);
}
