// The one module that owns SignalR connections (console hub and field hub).
import {
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
  type IRetryPolicy,
  type RetryContext,
} from '@microsoft/signalr';
import { getToken, signOut } from '../api/session';
import { hubErrorMessage, isUnauthorized } from './hubError';
import type { HubEvent, HubEvents, HubMethod, HubMethods } from './hubContract';

/** Exposed connection state; also the `data-state` value of the #conn-state badge. */
export type LiveState = 'connected' | 'reconnecting' | 'disconnected';

type Listener<T> = (value: T) => void;

/**
 * Automatic reconnect ("重新连接中…") for up to a minute: quick at first, then every 5 s.
 * After that the state becomes "disconnected" ("已断开") and start() is retried every 10 s.
 */
const RECONNECT_WINDOW_MS = 60_000;
const RESTART_INTERVAL_MS = 10_000;

export class LiveConnection {
  private readonly hub: HubConnection;
  private stateValue: LiveState = 'disconnected';
  private everConnected = false;
  private attempts = 0;
  private unauthorized = false;
  private stopped = false;
  private restartTimer: number | undefined;
  private readonly stateListeners = new Set<Listener<LiveState>>();
  private readonly reconnectedListeners = new Set<() => void>();

  constructor(hubPath: string) {
    this.hub = new HubConnectionBuilder()
      .withUrl(hubPath, {
        accessTokenFactory: () => {
          const token = getToken();
          if (!token) {
            signOut();
            throw new Error('no access token');
          }
          return token;
        },
      })
      .withAutomaticReconnect(this.retryPolicy())
      .configureLogging(LogLevel.Warning)
      .build();

    this.hub.onreconnecting(() => this.setState('reconnecting'));
    this.hub.onreconnected(() => {
      this.setState('connected');
      this.emitReconnected();
    });
    this.hub.onclose(() => {
      // The server closes a connection when its token expires (CloseOnAuthenticationExpiration), and drops the
      // connections of an account whose tokens an administrator revoked (the reconnect then gets 401): either way
      // the user signs in again, at once rather than after a restart attempt.
      if (this.unauthorized || !getToken()) {
        signOut(); // token rejected (expired, revoked, or the embedded server restarted with a new key)
        return;
      }
      this.setState('disconnected');
      if (!this.stopped) this.scheduleRestart(RESTART_INTERVAL_MS);
    });
  }

  get state(): LiveState {
    return this.stateValue;
  }

  /** True until the first successful connection (the badge shows "连接中…"). */
  get connecting(): boolean {
    return !this.everConnected && this.stateValue !== 'connected';
  }

  onState(fn: Listener<LiveState>): () => void {
    this.stateListeners.add(fn);
    fn(this.stateValue);
    return () => this.stateListeners.delete(fn);
  }

  /** Fires after the connection came back (automatic or manual restart): refetch snapshots. */
  onReconnected(fn: () => void): () => void {
    this.reconnectedListeners.add(fn);
    return () => this.reconnectedListeners.delete(fn);
  }

  /** Subscribe to a server -> client event (named by `hubEvents`, the payload typed by `HubEvents`); returns the unsubscribe. */
  on<E extends HubEvent>(event: E, handler: (payload: HubEvents[E]) => void): () => void {
    const h = handler as (...args: unknown[]) => void;
    this.hub.on(event, h);
    return () => this.hub.off(event, h);
  }

  /** Call a hub method (named by `hubMethods`, typed by `HubMethods`); rejects with an Error whose message is Chinese-readable. */
  async invoke<M extends HubMethod>(method: M, ...args: HubMethods[M]['args']): Promise<HubMethods[M]['result']> {
    try {
      return await this.hub.invoke<HubMethods[M]['result']>(method, ...args);
    } catch (e) {
      throw new Error(hubErrorMessage(e));
    }
  }

  /**
   * Resolves after this attempt, connected or not; on failure it keeps retrying in the
   * background (watch onState / whenConnected).
   */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.hub.state !== HubConnectionState.Disconnected) return;
    if (this.attempts++ === 0) this.setState('reconnecting'); // first attempt: shown as "连接中…"
    try {
      await this.hub.start();
    } catch (e) {
      if (isUnauthorized(e)) {
        signOut();
        return;
      }
      this.setState('disconnected');
      this.scheduleRestart(this.everConnected ? RESTART_INTERVAL_MS : 3000);
      return;
    }
    const first = !this.everConnected;
    this.everConnected = true;
    this.setState('connected');
    if (!first) this.emitReconnected();
  }

  /** Wait until the connection is up (first time or after a drop). */
  whenConnected(): Promise<void> {
    if (this.stateValue === 'connected') return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.onState((s) => {
        if (s === 'connected') {
          queueMicrotask(() => off());
          resolve();
        }
      });
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    window.clearTimeout(this.restartTimer);
    await this.hub.stop();
  }

  private retryPolicy(): IRetryPolicy {
    return {
      nextRetryDelayInMilliseconds: (ctx: RetryContext): number | null => {
        if (isUnauthorized(ctx.retryReason)) {
          this.unauthorized = true;
          return null;
        }
        if (ctx.elapsedMilliseconds > RECONNECT_WINDOW_MS) return null;
        const steps = [0, 1000, 2000];
        return ctx.previousRetryCount < steps.length ? steps[ctx.previousRetryCount]! : 5000;
      },
    };
  }

  private scheduleRestart(ms: number): void {
    window.clearTimeout(this.restartTimer);
    this.restartTimer = window.setTimeout(() => {
      if (!this.stopped) void this.start();
    }, ms);
  }

  private setState(s: LiveState): void {
    if (s === this.stateValue) return;
    this.stateValue = s;
    for (const fn of this.stateListeners) fn(s);
  }

  private emitReconnected(): void {
    for (const fn of this.reconnectedListeners) {
      try {
        fn();
      } catch (e) {
        console.error(e);
      }
    }
  }
}

/** Hub paths (same origin as the page). */
export const HUBS = {
  console: '/hubs/console',
  field: '/hubs/field',
} as const;
