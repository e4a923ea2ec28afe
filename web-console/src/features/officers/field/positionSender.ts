// Sends ReportPosition at most every 5 s (always the latest fix), only while connected.
import { type PositionReport, type PositionReportResult, hubMethods } from '../../../live/hubContract';
import type { LiveConnection } from '../../../live';

export interface Fix {
  lat: number;
  lon: number;
  accuracy: number | null;
  time: number; // epoch ms (device time)
}

export const MIN_INTERVAL_MS = 5000;

export class PositionSender {
  private latest: Fix | null = null;
  private lastSentAt = 0;
  private timer: number | undefined;
  private inFlight = false;
  lastSent: Fix | null = null;

  constructor(
    private readonly live: LiveConnection,
    private readonly onSent: (fix: Fix, result: PositionReportResult | null) => void,
    private readonly onError: (message: string) => void,
  ) {
    live.onState((s) => {
      if (s === 'connected') this.schedule();
    });
  }

  /** Offer a new fix; it is sent now or when the 5 s window opens. */
  offer(fix: Fix): void {
    this.latest = fix;
    this.schedule();
  }

  /** Drop any unsent fix (sharing switched off or off duty). */
  clear(): void {
    this.latest = null;
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (!this.latest || this.timer !== undefined || this.inFlight) return;
    const wait = Math.max(0, this.lastSentAt + MIN_INTERVAL_MS - Date.now());
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, wait);
  }

  private async send(): Promise<void> {
    const fix = this.latest;
    if (!fix || this.live.state !== 'connected') return; // resumes on reconnect
    this.latest = null;
    this.inFlight = true;
    this.lastSentAt = Date.now();
    const report: PositionReport = {
      lat: fix.lat,
      lon: fix.lon,
      accuracy: fix.accuracy,
      deviceTime: new Date(fix.time).toISOString(),
    };
    try {
      const result = await this.live.invoke(hubMethods.ReportPosition, report);
      this.lastSent = fix;
      this.onSent(fix, result ?? null);
    } catch (e) {
      this.onError(e instanceof Error ? e.message : String(e));
    } finally {
      this.inFlight = false;
      this.schedule();
    }
  }
}
