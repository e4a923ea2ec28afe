// Incident rules the pages share: open or not, which deadline is next, queue order.
import { INCIDENT_STATUSES, type DeadlineKind, type Incident, type IncidentDeadline, type IncidentStatus, type Priority } from './types';
import type { IncidentChanged } from '../../live/hubContract';

export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The statuses an incident ends in (不予立案, 已结案, 已评价): the console's 历史. */
export const ENDED_STATUSES = ['rejected', 'closed', 'evaluated'] as const satisfies readonly IncidentStatus[];
export type EndedStatus = (typeof ENDED_STATUSES)[number];

const CLOSED: ReadonlySet<IncidentStatus> = new Set(ENDED_STATUSES);

/** Still someone's work (as the server's IsOpen): everything except rejected, closed and evaluated. */
export function isOpen(status: IncidentStatus): boolean {
  return !CLOSED.has(status);
}

/** Every open status, in the contract's order: what the queue asks the server for. */
export const OPEN_STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES.filter(isOpen);

/** Which deadlines still run in a status; the others were met (or do not apply, e.g. when parked). */
const RUNNING: Record<IncidentStatus, ReadonlySet<DeadlineKind>> = {
  reported: new Set(['acknowledge', 'arrive', 'handle']),
  registered: new Set(['acknowledge', 'arrive', 'handle']),
  dispatched: new Set(['acknowledge', 'arrive', 'handle']),
  acknowledged: new Set(['arrive', 'handle']),
  onScene: new Set(['handle']),
  handled: new Set(),
  verified: new Set(),
  closed: new Set(),
  evaluated: new Set(),
  rejected: new Set(),
  parked: new Set(),
};

export function isRunning(inc: Pick<Incident, 'status'>, d: IncidentDeadline): boolean {
  if (d.met === true) return false;
  return RUNNING[inc.status]?.has(d.kind) ?? false;
}

function dueOf(d: IncidentDeadline): number {
  const t = Date.parse(d.due);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** The unmet deadline that falls first, or null. */
export function nextDeadline(inc: Pick<Incident, 'status' | 'deadlines'>): IncidentDeadline | null {
  let best: IncidentDeadline | null = null;
  for (const d of inc.deadlines ?? []) {
    if (!isRunning(inc, d)) continue;
    if (!best || dueOf(d) < dueOf(best)) best = d;
  }
  return best;
}

export function isMissed(d: IncidentDeadline, now: number): boolean {
  return d.missed || dueOf(d) < now;
}

export function msLeft(d: IncidentDeadline, now: number): number {
  return dueOf(d) - now;
}

/** Queue order: urgency first, then the nearest unmet deadline (overdue ones first), then oldest first. */
export function compareIncidents(a: Incident, b: Incident): number {
  const p = (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9);
  if (p) return p;
  const da = nextDeadline(a);
  const db = nextDeadline(b);
  const ta = da ? dueOf(da) : Number.POSITIVE_INFINITY;
  const tb = db ? dueOf(db) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ca = Date.parse(a.createdAt) || 0;
  const cb = Date.parse(b.createdAt) || 0;
  if (ca !== cb) return ca - cb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function has(inc: Pick<Incident, 'availableActions'>, action: string): boolean {
  return (inc.availableActions ?? []).includes(action as never);
}

/** True when the stored copy already reflects an incidentChanged event (same status, not older): no refetch needed. */
export function knowsChange(known: Pick<Incident, 'status' | 'updatedAt'> | undefined, e: Pick<IncidentChanged, 'status' | 'updatedAt'>): boolean {
  return !!known && known.status === e.status && Date.parse(known.updatedAt) >= Date.parse(e.updatedAt);
}
