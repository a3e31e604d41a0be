/**
 * Client-side rate limiter for Coolify's `API_RATE_LIMIT` (default 200 requests per minute,
 * counted per user in fixed one-minute windows).
 *
 * A token bucket: `burst` tokens, refilled at `(perMinute − burst)` per minute, so that no
 * 60-second window can carry more than `perMinute` requests (burst + refill). On top of it the
 * server's own signals win:
 *  - `X-RateLimit-Remaining: 0` empties the bucket and switches to probing: one request at a
 *    time until an answer reports remaining > 0 (or `X-RateLimit-Reset` says when to resume);
 *  - a 429 with `Retry-After` pauses every request until that time.
 * Clock and sleep are injected so tests run without real waiting.
 */
import { parseRetryAfter } from './retry-policy.js';

/** Why the limiter made a request wait. */
export type RateLimitWaitReason = 'bucket' | 'remaining' | 'retry-after';

/** Options of RateLimiter. */
export interface RateLimiterOptions {
  perMinute: number;
  /** Bucket size; default max(1, ceil(perMinute / 10)). */
  burst?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onWait?: (waitMs: number, reason: RateLimitWaitReason) => void;
}

/** Token bucket + server-signal limiter. */
export class RateLimiter {
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private tokens: number;
  private lastRefill: number;
  private pauseUntil = 0;
  private pauseReason: RateLimitWaitReason = 'retry-after';
  private exhausted = false;
  private probeInFlight = false;
  private probeWaiters: Array<() => void> = [];

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('rateLimitPerMinute must be positive');
    this.capacity = Math.max(1, Math.min(options.perMinute, options.burst ?? Math.ceil(options.perMinute / 10)));
    this.refillPerMs = Math.max(options.perMinute - this.capacity, 1) / 60_000;
    this.tokens = this.capacity;
    this.lastRefill = options.now();
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
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        if (!this.exhausted) return () => undefined;
        this.probeInFlight = true;
        return () => this.endProbe();
      }
      await this.wait(Math.ceil((1 - this.tokens) / this.refillPerMs), 'bucket');
    }
  }

  /** Feeds the limiter the server's rate-limit signals from an answer. */
  observe(status: number, headers: Headers): void {
    const now = this.options.now();
    const remaining = Number.parseInt(headers.get('x-ratelimit-remaining') ?? '', 10);
    if (status === 429) {
      const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
      this.exhausted = true;
      this.tokens = 0;
      if (retryAfter !== undefined) this.pause(now + retryAfter, 'retry-after');
      return;
    }
    if (!Number.isNaN(remaining) && remaining <= 0) {
      this.exhausted = true;
      this.tokens = 0;
      const reset = Number.parseInt(headers.get('x-ratelimit-reset') ?? '', 10);
      if (!Number.isNaN(reset) && reset * 1000 > now) this.pause(reset * 1000, 'remaining');
    } else if (this.exhausted) {
      // remaining > 0, or a non-429 answer without the header: the window has room again.
      this.exhausted = false;
      this.wakeProbeWaiters();
    }
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

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.refillPerMs);
    this.lastRefill = now;
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
