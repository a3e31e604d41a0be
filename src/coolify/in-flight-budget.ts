/**
 * How many requests may be in flight at once when the user did not fix it: what the rate limit
 * and the observed latency allow (Little's law: in flight = rate × round trip). At Coolify's
 * default 200 requests/minute that is the floor (8, the old fixed bound): the limiter paces the
 * requests anyway. With a raised limit and a slow link it grows, up to a ceiling, so a wide apply
 * is not throttled by round trips alone.
 */

/** The floor of the bound: never fewer requests in flight than this. */
export const MIN_IN_FLIGHT = 8;
/** The ceiling of the bound, whatever the rate limit allows. */
export const MAX_IN_FLIGHT = 64;
/** Headroom over the rate × latency product (answers do not come back evenly). */
const HEADROOM = 2;
/** Weight of a new latency sample in the moving average. */
const ALPHA = 0.2;

/** The in-flight bound for a rate limit (requests/minute) and a round trip (ms). */
export function inFlightBound(perMinute: number, roundTripMs: number): number {
  const perMs = perMinute / 60_000;
  const wanted = Math.ceil(perMs * Math.max(0, roundTripMs) * HEADROOM);
  return Math.min(MAX_IN_FLIGHT, Math.max(MIN_IN_FLIGHT, wanted));
}

/** A moving average of request durations and the bound it gives. */
export class InFlightBudget {
  private averageMs: number | undefined;

  constructor(private readonly perMinute: number) {}

  /** Feeds the duration of one answered request; returns the new bound. */
  observe(durationMs: number): number {
    this.averageMs = this.averageMs === undefined ? durationMs : this.averageMs + ALPHA * (durationMs - this.averageMs);
    return this.limit();
  }

  /** The current bound (the floor before any answer). */
  limit(): number {
    return this.averageMs === undefined ? MIN_IN_FLIGHT : inFlightBound(this.perMinute, this.averageMs);
  }
}
