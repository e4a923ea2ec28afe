// The console's items of one kind (incidents, whistles) kept live: a keyed store filled by REST snapshots (first load
// and every reconnect, behind a SnapshotGate so hub events arriving meanwhile apply after it) and refetched one by one
// when a hub event says an item changed (coalesced; an item that left the caller's scope, 404/403, is dropped).
// A snapshot is a paged list read to its end; it reflects changes up to its asOf, so a stored copy the list does not
// show may still be one it cannot show yet (`keep`).
import { ApiError, errorMessage } from '../api/http';
import type { Page } from '../api/page';
import { CoalescedFetch } from './busy';
import type { ChangeSet, KeyedStore } from './keyedStore';
import { SnapshotGate } from './snapshotGate';

export interface ItemCalls<T> {
  /** The snapshot: every item in scope (the items and the time the list reflects changes up to). */
  list: () => Promise<Pick<Page<T>, 'items' | 'asOf'>>;
  one: (id: string) => Promise<T>;
  /** For a snapshot as of `asOf`: which stored items it does not list stay (default: none; e.g. `changedAfter`). */
  keep?: (asOf: string) => (stored: T) => boolean;
}

export class LiveItems<T extends { id: string }> {
  private readonly gate = new SnapshotGate();
  private readonly refetcher = new CoalescedFetch((id) => this.refetch(id));

  constructor(
    readonly store: KeyedStore<T>,
    private readonly calls: ItemCalls<T>,
  ) {}

  /** Snapshot of the items in scope; a failure shows in `notice` as prefix + message. Never rejects. */
  refresh(notice: HTMLElement, prefix: string): Promise<void> {
    return this.gate.loadWithNotice(notice, prefix, async () => {
      const { items, asOf } = await this.calls.list();
      this.store.replaceAll(items, this.calls.keep?.(asOf));
    });
  }

  /** Apply a hub event now, or right after the snapshot being loaded. */
  whenLoaded(apply: () => void): void {
    this.gate.whenLoaded(apply);
  }

  /** Fetch one item again (one request in flight per id, one more after it when asked meanwhile). */
  fetch(id: string): void {
    this.refetcher.request(id);
  }

  /** The item from the store, or fetched and stored (e.g. opened from an alert); null after writing why into `notice`. */
  async load(id: string, notice: HTMLElement): Promise<T | null> {
    const known = this.store.get(id);
    if (known) return known;
    try {
      const item = await this.calls.one(id);
      this.store.upsert(item);
      return item;
    } catch (e) {
      notice.textContent = errorMessage(e);
      return null;
    }
  }

  /** After a store change: the open item's panel follows the new copy, or `gone` runs when the item left the store. */
  follow(c: ChangeSet, openId: string | null, update: (item: T) => void, gone: (id: string) => void): void {
    if (!openId || (c !== 'all' && !c.has(openId))) return;
    const item = this.store.get(openId);
    if (item) update(item);
    else gone(openId);
  }

  private async refetch(id: string): Promise<void> {
    try {
      this.store.upsert(await this.calls.one(id));
    } catch (e) {
      // Out of the caller's scope now (e.g. moved to another zone) or gone.
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) this.store.remove(id);
    }
  }
}
