// Incidents in memory: REST snapshot + refetches triggered by hub events. Older copies never replace newer ones.
import type { Incident } from '../../api/types';
import { isoTime, KeyedStore, type ChangeSet } from '../../shared/keyedStore';

export type IncidentChangeSet = ChangeSet;

const newer = (a: Incident, b: Incident) => isoTime(a.updatedAt) > isoTime(b.updatedAt);

export class IncidentStore extends KeyedStore<Incident> {
  constructor() {
    super({
      merge: (incoming, stored) => (newer(stored, incoming) ? stored : incoming),
      accept: (incoming, stored) => !newer(stored, incoming),
    });
  }
}
