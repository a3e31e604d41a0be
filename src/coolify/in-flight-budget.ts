/**
 * How many requests may be in flight at once when the user did not fix it: what the rate limit
 * and the observed latency allow (Little's law: in flight = rate × round trip). At Coolify's
 * default 200 requests/minute that is the floor (8, the old fixed bound): the limiter paces the
 * requests anyway. With a raised limit and a slow link it grows, up to a ceiling, so a wide apply
 * is not throttled by round trips alone.
 */

/** The floor of the bound: never fewer requests in flight than this. */
export const MIN_IN_FLIGHT = 8;
/**
 * The ceiling of the bound, whatever the rate limit allows: a bound on sockets to one host, far
 * under any file-descriptor limit. Only a raised rate limit reaches it (at Coolify's default
 * 200/min the limiter paces requests at the floor). At 100 ms it lets a 500-resource apply's
 * ~1,900 requests go through in about 0.8 s of round trips, under its critical path (64 took
 * 3 s: docs/benchmarks.md).
 */
export const MAX_IN_FLIGHT = 256;
/** The round trip assumed before any answer came back (a first batch, such as the locks). */
export const ASSUMED_ROUND_TRIP_MS = 50;
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

  /**
   * The current bound; before any answer, the bound of an assumed round trip: the floor at
   * Coolify's default rate limit, more with a raised one (so the first batch, one lock per
   * project, is not sent eight at a time).
   */
  limit(): number {
    return inFlightBound(this.perMinute, this.averageMs ?? ASSUMED_ROUND_TRIP_MS);
  }
}
