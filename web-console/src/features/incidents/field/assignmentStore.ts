// The officer's work in memory: its incidents, the offers pushed to it, and which one the card shows.
import type { AssignmentOffered } from '../../../live/hubContract';
import type { Incident, IncidentStatus } from '../types';
import type { Page } from '../../../api/page';
import { changedAfter } from '../../../shared/keyedStore';
import { IncidentStore } from '../incidentStore';
import { compareIncidents, isOpen } from '../model';

/** Statuses in which the incident is the officer's current work (shown on the card). */
export const ACTIVE: ReadonlySet<IncidentStatus> = new Set(['dispatched', 'acknowledged', 'onScene']);

export class AssignmentStore {
  readonly incidents = new IncidentStore();
  private readonly offers = new Map<string, AssignmentOffered>();
  private currentId: string | null = null;

  get selectedId(): string | null {
    return this.currentId;
  }


  offerFor(id: string): AssignmentOffered | undefined {
    return this.offers.get(id);
  }

  /**
   * A fresh list from the server; offers for incidents no longer in it are dropped. It lags the pushes by a moment: an
   * incident fetched since (changed after its asOf, e.g. just offered) stays.
   */
  replaceAll(list: Pick<Page<Incident>, 'items' | 'asOf'>): void {
    this.incidents.replaceAll(list.items, changedAfter(list.asOf));
    for (const id of [...this.offers.keys()]) if (!this.incidents.has(id)) this.offers.delete(id);
  }

  /** An offer pushed by the hub; the incident (or, failing that, the offer alone) becomes the current one. */
  offered(o: AssignmentOffered, inc: Incident | null): void {
    this.offers.set(o.incidentId, o);
    this.currentId = o.incidentId;
    if (inc) this.incidents.upsert(inc);
    else if (!this.incidents.has(o.incidentId)) this.incidents.upsert(fromOffer(o));
  }

  /** Withdrawn, declined or sent back: no longer the officer's. */
  drop(id: string): void {
    this.incidents.remove(id);
    this.offers.delete(id);
    if (this.currentId === id) this.currentId = null;
  }

  /** Show this incident on the card when it is active work; false otherwise. */
  select(id: string): boolean {
    const inc = this.incidents.get(id);
    if (!inc || !ACTIVE.has(inc.status)) return false;
    this.currentId = id;
    return true;
  }

  /** The card's incident: the selected one while active, else the most urgent offer, else the most urgent work. */
  current(): Incident | null {
    const keep = this.currentId ? this.incidents.get(this.currentId) : undefined;
    if (keep && ACTIVE.has(keep.status)) return keep;
    const active = [...this.incidents.all()].filter((i) => ACTIVE.has(i.status));
    const offered = active.filter((i) => this.offers.has(i.id));
    const pick = (offered.length ? offered : active).sort(compareIncidents)[0] ?? null;
    this.currentId = pick?.id ?? null;
    return pick;
  }

  /** 我的任务: open incidents, queue order. */
  openList(): Incident[] {
    return [...this.incidents.all()].filter((i) => isOpen(i.status)).sort(compareIncidents);
  }
}

/** When the incident cannot be fetched, the offer alone is enough to answer it. */
export function fromOffer(o: AssignmentOffered): Incident {
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
    whistleIds: [],
  };
}
