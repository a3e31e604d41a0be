/**
 * Client-side rate limiter for Coolify's `API_RATE_LIMIT` (default 200 requests per minute,
 * counted per user in fixed one-minute windows).
 *
 * A sliding-window log: a request may go when fewer than `perMinute` requests were sent in
 * the last 60 seconds, so no 60-second window (and therefore none of Coolify's fixed
 * one-minute windows) ever carries more than `perMinute`, while a plan or a small apply of
 * up to `perMinute` requests is never slowed at all. On top of it the server's own signals win:
 *  - `X-RateLimit-Remaining: 0` empties the bucket and switches to probing: one request at a
 *    time until an answer reports remaining > 0 (or `X-RateLimit-Reset` says when to resume);
 *  - a 429 with `Retry-After` pauses every request until that time.
 * Clock and sleep are injected so tests run without real waiting.
 */
import { parseRetryAfter } from './retry-policy.js';
import type { HeaderLookup } from './exchange.js';

const WINDOW_MS = 60_000;

/** Why the limiter made a request wait. */
export type RateLimitWaitReason = 'bucket' | 'remaining' | 'retry-after';

/** Options of RateLimiter. */
export interface RateLimiterOptions {
  perMinute: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onWait?: (waitMs: number, reason: RateLimitWaitReason) => void;
}

/** Sliding-window + server-signal limiter. */
export class RateLimiter {
  /** Send times within the last minute, oldest first. */
  private sent: number[] = [];
  private pauseUntil = 0;
  private pauseReason: RateLimitWaitReason = 'retry-after';
  private exhausted = false;
  private probeInFlight = false;
  private probeWaiters: Array<() => void> = [];

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('rateLimitPerMinute must be positive');
  }

  /** Waits until a request may be sent; call the returned function when its answer (or error) is in. */
  async acquire(): Promise<() => void> {
    for (;;) {
      const now = this.options.now();
      if (now < this.pauseUntil) {
        await this.wait(this.pauseUntil - now, this.pauseReason);
        continue;
      }
      if (this.exhausted && this.probeInFlight) {
        await new Promise<void>((resolve) => this.probeWaiters.push(resolve));
        continue;
      }
      this.expire(now);
      if (this.sent.length < this.options.perMinute) {
        this.sent.push(now);
        if (!this.exhausted) return () => undefined;
        this.probeInFlight = true;
        return () => this.endProbe();
      }
      await this.wait(Math.max(1, this.sent[0]! + WINDOW_MS - now), 'bucket');
    }
  }

  /** Feeds the limiter the server's rate-limit signals from an answer. */
  observe(status: number, headers: HeaderLookup): void {
    const now = this.options.now();
    const remaining = Number.parseInt(headers.get('x-ratelimit-remaining') ?? '', 10);
    if (status === 429) {
      const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
      this.exhausted = true;
      if (retryAfter !== undefined) this.pause(now + retryAfter, 'retry-after');
      return;
    }
    if (!Number.isNaN(remaining) && remaining <= 0) {
      this.exhausted = true;
      const reset = Number.parseInt(headers.get('x-ratelimit-reset') ?? '', 10);
      if (!Number.isNaN(reset) && reset * 1000 > now) this.pause(reset * 1000, 'remaining');
    } else if (this.exhausted) {
      // remaining > 0, or a non-429 answer without the header: the window has room again.
      this.exhausted = false;
      this.wakeProbeWaiters();
    }
  }

  /** Milliseconds until a server-imposed pause (429 Retry-After, X-RateLimit-Reset) ends; 0 when none. */
  pausedFor(): number {
    return Math.max(0, this.pauseUntil - this.options.now());
  }

  /** True while the server has reported the window exhausted. */
  get isExhausted(): boolean {
    return this.exhausted;
  }

  private pause(until: number, reason: RateLimitWaitReason): void {
    if (until > this.pauseUntil) {
      this.pauseUntil = until;
      this.pauseReason = reason;
    }
  }

  private expire(now: number): void {
    let drop = 0;
    while (drop < this.sent.length && this.sent[drop]! <= now - WINDOW_MS) drop++;
    if (drop > 0) this.sent.splice(0, drop);
  }

  private async wait(ms: number, reason: RateLimitWaitReason): Promise<void> {
    this.options.onWait?.(ms, reason);
    await this.options.sleep(ms);
  }

  private endProbe(): void {
    this.probeInFlight = false;
    this.wakeProbeWaiters();
  }

  private wakeProbeWaiters(): void {
    const waiters = this.probeWaiters;
    this.probeWaiters = [];
    for (const w of waiters) w();
  }
}
