// Incidents in memory: REST snapshot + refetches triggered by hub events. Older copies never replace newer ones.
import { getAllIncidents } from './api';
import type { Page } from '../../api/page';
import type { Incident } from './types';
import { KeyedStore, newestWins, type ChangeSet } from '../../shared/keyedStore';
import { OPEN_STATUSES } from './model';

export type IncidentChangeSet = ChangeSet;

export class IncidentStore extends KeyedStore<Incident> {
  constructor() {
    super(newestWins());
  }
}

/** The snapshot of open work (the console's queue, the officer's tasks): every open status, every page. */
export function getOpenIncidents(): Promise<Page<Incident>> {
  return getAllIncidents({ status: OPEN_STATUSES });
}
