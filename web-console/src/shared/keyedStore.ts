// Items by id in memory: a REST snapshot plus single updates from hub events, with change notifications.
// The officer and incident stores are this with their own rules for which copy wins.

export type ChangeSet = Set<string> | 'all';
export type ChangeListener = (changes: ChangeSet) => void;

/** Milliseconds of an ISO time; 0 when missing or unreadable (older than anything). */
export function isoTime(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export interface KeyedStoreRules<T> {
  /** On a snapshot: what to keep for an id the store already holds (default: the snapshot's copy). */
  merge?: (incoming: T, stored: T) => T;
  /** On a single update: false refuses the incoming copy (e.g. the stored one is newer). Default: accept. */
  accept?: (incoming: T, stored: T) => boolean;
}

/** For items that carry `updatedAt` (incidents, whistles): an older copy never replaces a newer one. */
export function newestWins<T extends { updatedAt: string }>(): KeyedStoreRules<T> {
  const newer = (a: T, b: T) => isoTime(a.updatedAt) > isoTime(b.updatedAt);
  return {
    merge: (incoming, stored) => (newer(stored, incoming) ? stored : incoming),
    accept: (incoming, stored) => !newer(stored, incoming),
  };
}

/**
 * For a snapshot that reflects changes up to `asOf` (a paged list may lag the live items by a moment): true for a
 * stored copy changed after it, which the list cannot show yet and must not drop (e.g. an incident made a moment ago).
 */
export function changedAfter<T extends { updatedAt: string }>(asOf: string): (stored: T) => boolean {
  const t = isoTime(asOf);
  return (stored) => isoTime(stored.updatedAt) > t;
}

export class KeyedStore<T extends { id: string }> {
  protected readonly byId = new Map<string, T>();
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly rules: KeyedStoreRules<T> = {}) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): IterableIterator<T> {
    return this.byId.values();
  }

  onChange(fn: ChangeListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Replace everything with a snapshot: ids missing from it are dropped, unless `keep` says to keep the stored copy. */
  replaceAll(list: Iterable<T>, keep?: (stored: T) => boolean): void {
    const previous = new Map(this.byId);
    this.byId.clear();
    for (const item of list) {
      const old = previous.get(item.id);
      this.byId.set(item.id, old && this.rules.merge ? this.rules.merge(item, old) : item);
    }
    if (keep) for (const [id, old] of previous) if (!this.byId.has(id) && keep(old)) this.byId.set(id, old);
    this.emit('all');
  }

  /** Insert or update; false (and no change) when the rules refuse the copy. */
  upsert(item: T): boolean {
    const old = this.byId.get(item.id);
    if (old && this.rules.accept && !this.rules.accept(item, old)) return false;
    this.byId.set(item.id, item);
    this.emit(new Set([item.id]));
    return true;
  }

  remove(id: string): boolean {
    if (!this.byId.delete(id)) return false;
    this.emit(new Set([id]));
    return true;
  }

  protected emit(c: ChangeSet): void {
    for (const fn of this.listeners) fn(c);
  }
}
