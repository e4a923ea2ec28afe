// Real device position via navigator.geolocation.watchPosition.
import { geoText as t } from '../../../shared/words';
import type { Fix } from './positionSender';

export class GeoSource {
  private watchId: number | null = null;

  constructor(
    private readonly onFix: (fix: Fix) => void,
    private readonly onError: (message: string) => void,
  ) {}

  static get available(): boolean {
    return 'geolocation' in navigator;
  }

  get running(): boolean {
    return this.watchId !== null;
  }

  start(): void {
    if (this.watchId !== null) return;
    if (!GeoSource.available) {
      this.onError(t.noGeolocation);
      return;
    }
    this.watchId = navigator.geolocation.watchPosition(
      (p) => this.onFix({ lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy ?? null, time: p.timestamp || Date.now() }),
      (err) => this.onError(this.describe(err)),
      { enableHighAccuracy: true, maximumAge: 5000, timeout: 30_000 },
    );
  }

  stop(): void {
    if (this.watchId === null) return;
    navigator.geolocation.clearWatch(this.watchId);
    this.watchId = null;
  }

  private describe(err: GeolocationPositionError): string {
    if (!window.isSecureContext) return t.geoInsecure;
    switch (err.code) {
      case err.PERMISSION_DENIED:
        return t.geoDenied;
      case err.TIMEOUT:
        return t.geoTimeout;
      default:
        return t.geoUnavailable;
    }
  }
}
