// In-memory officer state for the console: REST snapshot + live hub events.
import type { Officer } from './types';
import type { OfficerMoved, OfficerStatusChanged } from '../../live/hubContract';
import { isoTime as timeOf, KeyedStore, type ChangeSet } from '../../shared/keyedStore';

export type { ChangeSet };

export class OfficerStore extends KeyedStore<Officer> {
  private readonly statusTime = new Map<string, number>();

  constructor() {
    // A snapshot keeps the positions that events already made newer.
    super({
      merge: (o, old) => {
        if (old.position && (!o.position || timeOf(old.position.time) > timeOf(o.position.time))) o.position = old.position;
        return o;
      },
    });
  }

  override replaceAll(list: Officer[]): void {
    super.replaceAll(list);
    for (const id of this.statusTime.keys()) if (!this.byId.has(id)) this.statusTime.delete(id);
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
}
