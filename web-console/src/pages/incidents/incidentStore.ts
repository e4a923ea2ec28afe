// Incidents in memory: REST snapshot + refetches triggered by hub events. Older copies never replace newer ones.
import type { Incident } from '../../api/types';
import { KeyedStore, newestWins, type ChangeSet } from '../../shared/keyedStore';

export type IncidentChangeSet = ChangeSet;

export class IncidentStore extends KeyedStore<Incident> {
  constructor() {
    super(newestWins());
  }
}
