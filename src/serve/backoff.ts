/**
 * When the next interval cycle runs (pure). After a successful cycle: one `--interval` later.
 * After N failed cycles in a row: `interval × 2^N`, capped at 32 intervals and at 15 minutes,
 * and never sooner than one interval (so an interval above 15 minutes is kept as it is).
 * Webhooks and manual syncs do not wait for the back-off.
 */

/** The back-off cap in absolute terms. */
export const BACKOFF_CAP_MS = 15 * 60_000;
/** The back-off cap in intervals. */
export const BACKOFF_CAP_INTERVALS = 32;

/** Milliseconds to wait before the next interval cycle. */
export function nextDelayMs(intervalMs: number, consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return intervalMs;
  const grown = intervalMs * 2 ** Math.min(consecutiveFailures, 30);
  return Math.max(intervalMs, Math.min(grown, intervalMs * BACKOFF_CAP_INTERVALS, BACKOFF_CAP_MS));
}
