import { describe, expect, it } from 'vitest';
import { applyExitCode, buildApplySummary } from '../../src/model/apply-summary.js';

describe('applyExitCode', () => {
  it.each([
    [{ done: 3, failed: 0, skipped: 0, notStarted: 0 }, 0],
    [{ done: 0, failed: 0, skipped: 0, notStarted: 0 }, 0],
    [{ done: 2, failed: 1, skipped: 0, notStarted: 0 }, 3],
    [{ done: 2, failed: 0, skipped: 0, notStarted: 4 }, 3],
    [{ done: 1, failed: 0, skipped: 1, notStarted: 0 }, 3],
    [{ done: 0, failed: 1, skipped: 2, notStarted: 0 }, 1],
    [{ done: 0, failed: 0, skipped: 0, notStarted: 2 }, 1],
  ])('%j → %d', (counts, code) => {
    expect(applyExitCode(counts)).toBe(code);
  });

  it('buildApplySummary attaches the exit code', () => {
    const s = buildApplySummary({ done: ['a'], failed: ['b'], skipped: [], notStarted: [], durations: { a: 1, b: 2 }, wallMs: 3, cancelled: false });
    expect(s.exitCode).toBe(3);
    expect(s.durations).toEqual({ a: 1, b: 2 });
  });
});
