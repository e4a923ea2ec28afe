// In-memory officer state for the console: REST snapshot + live hub events.
import type { Officer, OfficerMoved, OfficerStatusChanged } from '../../api/types';

export type ChangeSet = Set<string> | 'all';
type Listener = (changes: ChangeSet) => void;

function timeOf(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export class OfficerStore {
  private readonly byId = new Map<string, Officer>();
  private readonly statusTime = new Map<string, number>();
  private readonly listeners = new Set<Listener>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Officer | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Officer> {
    return this.byId.values();
  }

  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Replace everything with a fresh snapshot, keeping positions that events already made newer. */
  replaceAll(list: Officer[]): void {
    const previous = new Map(this.byId);
    this.byId.clear();
    for (const o of list) {
      const old = previous.get(o.id);
      if (old?.position && (!o.position || timeOf(old.position.time) > timeOf(o.position.time))) {
        o.position = old.position;
      }
      this.byId.set(o.id, o);
    }
    for (const id of this.statusTime.keys()) if (!this.byId.has(id)) this.statusTime.delete(id);
    this.emit('all');
  }

  upsert(o: Officer): void {
    this.byId.set(o.id, o);
    this.emit(new Set([o.id]));
  }

  /** Apply an officersMoved batch; returns ids that are not known yet. */
  applyMoves(batch: OfficerMoved[]): string[] {
    const changed = new Set<string>();
    const unknown: string[] = [];
    for (const m of batch) {
      const o = this.byId.get(m.officerId);
      if (!o) {
        unknown.push(m.officerId);
        continue;
      }
      const t = timeOf(m.time);
      if (o.position && timeOf(o.position.time) > t) continue; // stale, out of order
      o.position = { lat: m.lat, lon: m.lon, accuracy: o.position?.accuracy ?? null, time: m.time };
      if (m.status && t >= (this.statusTime.get(o.id) ?? 0)) o.status = m.status;
      changed.add(o.id);
    }
    if (changed.size) this.emit(changed);
    return unknown;
  }

  /** Apply an officerStatusChanged event; returns false if the officer is unknown. */
  applyStatus(e: OfficerStatusChanged): boolean {
    const o = this.byId.get(e.officerId);
    if (!o) return false;
    const t = timeOf(e.time);
    if (t < (this.statusTime.get(o.id) ?? 0)) return true;
    this.statusTime.set(o.id, t);
    if (o.status !== e.status) {
      o.status = e.status;
      this.emit(new Set([o.id]));
    }
    return true;
  }

  private emit(c: ChangeSet): void {
    for (const fn of this.listeners) fn(c);
  }
}
