// A snapshot (REST list) and the hub events that arrive while it loads: the events wait and apply after it, so an
// older snapshot never undoes a newer event. Used by the console's officer and incident sides and the grid's reports.
import { ApiError, errorMessage } from '../api/http';

export class SnapshotGate {
  private loading = false;
  private readonly queued: (() => void)[] = [];

  /** Apply now, or right after the snapshot being loaded. */
  whenLoaded(apply: () => void): void {
    if (this.loading) this.queued.push(apply);
    else apply();
  }

  /** Loads a snapshot; a failure (except 401, which signs out) goes to onError. Never rejects. */
  async load(fetch: () => Promise<void>, onError: (e: unknown) => void): Promise<void> {
    this.loading = true;
    try {
      await fetch();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) onError(e);
    } finally {
      this.loading = false;
      for (const apply of this.queued.splice(0)) apply();
    }
  }

  /** load, with failures shown in a notice line as prefix + message (and cleared by the next success). */
  async loadWithNotice(notice: HTMLElement, prefix: string, fetch: () => Promise<void>): Promise<void> {
    await this.load(
      async () => {
        await fetch();
        if (notice.textContent?.startsWith(prefix)) notice.textContent = '';
      },
      (e) => (notice.textContent = prefix + errorMessage(e)),
    );
  }
}
