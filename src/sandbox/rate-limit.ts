/** Result of counting one request against the limit. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until a slot frees up (when not allowed). */
  retryAfterS: number;
}

/** A sliding one-minute request limit per key (the token's owner, like Laravel's per-user limit). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** True when the limit is switched off (0). */
  get disabled(): boolean {
    return this.perMinute <= 0;
  }

  /** Counts a request at `now` (epoch ms) and says whether it may pass. */
  hit(key: string, now: number): RateDecision {
    if (this.disabled) return { allowed: true, limit: 0, remaining: 0, retryAfterS: 0 };
    const window = (this.hits.get(key) ?? []).filter((t) => t > now - 60_000);
    if (window.length >= this.perMinute) {
      this.hits.set(key, window);
      const oldest = window[0] ?? now;
      return { allowed: false, limit: this.perMinute, remaining: 0, retryAfterS: Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000)) };
    }
    window.push(now);
    this.hits.set(key, window);
    return { allowed: true, limit: this.perMinute, remaining: this.perMinute - window.length, retryAfterS: 0 };
  }
}
