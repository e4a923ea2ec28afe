// Incidents in memory: REST snapshot + refetches triggered by hub events. Older copies never replace newer ones.
import type { Incident } from '../../api/types';

export type IncidentChangeSet = Set<string> | 'all';
type Listener = (changes: IncidentChangeSet) => void;

function timeOf(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export class IncidentStore {
  private readonly byId = new Map<string, Incident>();
  private readonly listeners = new Set<Listener>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Incident | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Incident> {
    return this.byId.values();
  }

  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  replaceAll(list: Incident[]): void {
    const previous = new Map(this.byId);
    this.byId.clear();
    for (const inc of list) {
      const old = previous.get(inc.id);
      this.byId.set(inc.id, old && timeOf(old.updatedAt) > timeOf(inc.updatedAt) ? old : inc);
    }
    this.emit('all');
  }

  /** Insert or update; false (and no change) when the stored copy is newer. */
  upsert(inc: Incident): boolean {
    const old = this.byId.get(inc.id);
    if (old && timeOf(old.updatedAt) > timeOf(inc.updatedAt)) return false;
    this.byId.set(inc.id, inc);
    this.emit(new Set([inc.id]));
    return true;
  }

  remove(id: string): void {
    if (this.byId.delete(id)) this.emit(new Set([id]));
  }

  private emit(c: IncidentChangeSet): void {
    for (const fn of this.listeners) fn(c);
  }
}
