import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_INTERVALS, BACKOFF_CAP_MS, nextDelayMs } from '../../src/serve/backoff.js';

describe('the back-off of interval cycles', () => {
  it.each([
    [60_000, 0, 60_000],
    [60_000, 1, 120_000],
    [60_000, 2, 240_000],
    [60_000, 3, 480_000],
    [60_000, 4, 900_000], // 15 min cap
    [60_000, 40, 900_000],
    [100, 5, 3_200], // 32 intervals cap
    [100, 6, 3_200],
    [3_600_000, 3, 3_600_000], // an interval above the cap is kept
    [1_000, -1, 1_000],
  ])('interval %d ms after %d failures: %d ms', (interval, failures, delay) => {
    expect(nextDelayMs(interval, failures)).toBe(delay);
  });

  it('never waits less than one interval nor more than its caps, and never shrinks with more failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7_200_000 }), fc.integer({ min: 0, max: 100 }), (interval, n) => {
        const d = nextDelayMs(interval, n);
        expect(d).toBeGreaterThanOrEqual(interval);
        expect(d).toBeLessThanOrEqual(Math.max(interval, Math.min(interval * BACKOFF_CAP_INTERVALS, BACKOFF_CAP_MS)));
        expect(nextDelayMs(interval, n + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});
