// One way for panels and forms to run a request: one at a time, controls disabled meanwhile, the error (in Chinese)
// shown in the part's own error line, and a 409 (the state moved on) answered by fetching the item again.
import { ApiError, errorMessage } from '../api/http';

export interface BusyParts {
  /** Where a failure is shown (cleared when the next request starts). */
  error: HTMLElement;
  /** Disable / enable the part's controls (and e.g. change a button's text). */
  setBusy: (busy: boolean) => void;
  /** After a 409: fetch the item again so the part shows its real state. */
  refetch?: () => void;
  /** Also cleared when a request starts (e.g. a success note). */
  clear?: () => void;
  /** After the error is shown (e.g. select the password after a 401). */
  onError?: (e: unknown) => void;
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 409;
}

export class BusyRunner {
  private running = false;

  constructor(private readonly parts: BusyParts) {}

  get busy(): boolean {
    return this.running;
  }

  /** For work that reports a 409 by itself (an action dialog): the same refetch. */
  readonly conflict = (): void => this.parts.refetch?.();

  /**
   * Runs the task unless one is running. Resolves with its result, or undefined when it failed (the error is shown)
   * or another task was running. With `rethrow` the error goes back to the caller (a dialog shows it) instead.
   */
  async run<R>(task: () => Promise<R>, opts: { rethrow?: boolean } = {}): Promise<R | undefined> {
    if (this.running) return undefined;
    this.parts.error.textContent = '';
    this.parts.clear?.();
    this.set(true);
    try {
      return await task();
    } catch (e) {
      if (isConflict(e)) this.parts.refetch?.();
      if (opts.rethrow) throw e;
      this.parts.error.textContent = errorMessage(e);
      this.parts.onError?.(e);
      return undefined;
    } finally {
      this.set(false);
    }
  }

  private set(b: boolean): void {
    this.running = b;
    this.parts.setBusy(b);
  }
}

/**
 * Refetches by id, coalescing bursts: one request in flight per id, and one more after it when asked again meanwhile.
 */
export class CoalescedFetch {
  private readonly inFlight = new Map<string, boolean>(); // id -> fetch again when done

  constructor(private readonly fetch: (id: string, again: boolean) => Promise<unknown>) {}

  request(id: string, again = false): void {
    if (this.inFlight.has(id)) {
      this.inFlight.set(id, true);
      return;
    }
    this.inFlight.set(id, false);
    this.fetch(id, again)
      .catch(() => undefined)
      .finally(() => {
        const more = this.inFlight.get(id);
        this.inFlight.delete(id);
        if (more) this.request(id, true);
      });
  }
}
