// Demo-only simulated walk: a small step in a slowly changing direction every 3 s.
import type { Fix } from './positionSender';

const STEP_MS = 3000;
const M_PER_DEG_LAT = 111_320;
const MAX_RADIUS_M = 1500; // turn back towards the start beyond this

export class SimWalk {
  private timer: number | undefined;
  private heading = Math.random() * 2 * Math.PI;
  private origin: { lat: number; lon: number } | null = null;
  private current: { lat: number; lon: number } | null = null;

  constructor(private readonly onFix: (fix: Fix) => void) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(from: { lat: number; lon: number }): void {
    if (this.running) return;
    this.origin = { ...from };
    this.current = { ...from };
    this.emit();
    this.timer = window.setInterval(() => this.step(), STEP_MS);
  }

  stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
  }

  private step(): void {
    const c = this.current!;
    const o = this.origin!;
    const cosLat = Math.cos((c.lat * Math.PI) / 180);
    const dy = (c.lat - o.lat) * M_PER_DEG_LAT;
    const dx = (c.lon - o.lon) * M_PER_DEG_LAT * cosLat;
    if (Math.hypot(dx, dy) > MAX_RADIUS_M) this.heading = Math.atan2(-dx, -dy); // head home
    else this.heading += (Math.random() - 0.5) * (Math.PI / 3);
    const dist = 6 + Math.random() * 8; // metres per 3 s: a brisk walk
    c.lat += (dist * Math.cos(this.heading)) / M_PER_DEG_LAT;
    c.lon += (dist * Math.sin(this.heading)) / (M_PER_DEG_LAT * cosLat);
    this.emit();
  }

  private emit(): void {
    const c = this.current!;
    this.onFix({ lat: round(c.lat), lon: round(c.lon), accuracy: 5, time: Date.now() });
  }
}

function round(x: number): number {
  return Math.round(x * 1e7) / 1e7;
}
