import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  abortableSleep,
  backoffDelays,
  waitFor,
  WaitAbortedError,
  WaitFailedError,
  WaitTimeoutError,
  type WaitProbe,
} from '../../src/apply/wait.js';
import { isAdoError } from '../../src/errors.js';

/** A fake clock whose sleep advances time instantly and records each delay. */
function fakeTime() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    advance: (ms: number) => (t += ms),
  };
}

/** A probe that answers from a list, repeating the last answer. */
function scripted<T>(answers: WaitProbe<T>[]) {
  let calls = 0;
  const probe = async (): Promise<WaitProbe<T>> => answers[Math.min(calls++, answers.length - 1)]!;
  return { probe, calls: () => calls };
}

const waiting = (status: string): WaitProbe<never> => ({ done: false, status });

describe('waitFor', () => {
  it('probes immediately and returns the value without sleeping when already done', async () => {
    const time = fakeTime();
    const p = scripted([{ done: true, value: 'uuid-1' }]);
    await expect(waitFor(p.probe, { timeoutMs: 1000, what: 'x', ...time })).resolves.toBe('uuid-1');
    expect(p.calls()).toBe(1);
    expect(time.sleeps).toEqual([]);
  });

  it('backs off by the factor up to the cap', async () => {
    const time = fakeTime();
    const p = scripted<string>([...Array.from({ length: 10 }, () => waiting('in_progress')), { done: true, value: 'ok' }]);
    await waitFor(p.probe, { timeoutMs: 600_000, what: 'deployment abc', ...time });
    expect(time.sleeps).toEqual([200, 300, 450, 675, 1013, 1519, 2278, 3417, 5000, 5000]);
    expect(p.calls()).toBe(11);
  });

  it('honours custom delay options', async () => {
    const time = fakeTime();
    const p = scripted<number>([waiting('a'), waiting('a'), waiting('a'), { done: true, value: 1 }]);
    await waitFor(p.probe, { timeoutMs: 10_000, what: 'x', initialDelayMs: 100, factor: 2, maxDelayMs: 300, ...time });
    expect(time.sleeps).toEqual([100, 200, 300]);
  });

  it('times out with what, the last status and the elapsed time; probes once more at the deadline', async () => {
    const time = fakeTime();
    const p = scripted<string>([waiting('queued'), waiting('in_progress')]);
    const err = await waitFor(p.probe, { timeoutMs: 1000, what: 'deployment abc of ado/production/application/api', ...time }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(isAdoError(err) && err.code).toBe('ADO_WAIT_TIMEOUT');
    expect((err as Error).message).toBe('timed out after 1s waiting for deployment abc of ado/production/application/api (last status: in_progress)');
    expect(err).toMatchObject({ lastStatus: 'in_progress', elapsedMs: 1000 });
    // 200 + 300 + 450 = 950, then the remaining 50 ms up to the deadline, then a final probe.
    expect(time.sleeps).toEqual([200, 300, 450, 50]);
    expect(p.calls()).toBe(5);
  });

  it('fails fast with the reason when the probe reports failure', async () => {
    const time = fakeTime();
    const p = scripted<string>([waiting('in_progress'), { failed: true, reason: 'deployment failed' }]);
    const err = await waitFor(p.probe, { timeoutMs: 60_000, what: 'deployment abc', ...time }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitFailedError);
    expect(isAdoError(err) && err.code).toBe('ADO_WAIT_FAILED');
    expect((err as Error).message).toBe('deployment abc failed after 200ms: deployment failed');
  });

  it('reports progress when the status changes, or every 10 s otherwise', async () => {
    const time = fakeTime();
    const statuses = ['queued', 'queued', 'in_progress', ...Array.from({ length: 12 }, () => 'in_progress'), 'in_progress'];
    const p = scripted<string>([...statuses.map(waiting), { done: true, value: 'ok' }]);
    const progress: Array<[string, number]> = [];
    await waitFor(p.probe, { timeoutMs: 600_000, what: 'deployment abc', ...time, onProgress: (m, ms) => progress.push([m, ms]) });
    expect(progress[0]).toEqual(['waiting for deployment abc: queued', 0]);
    expect(progress[1]).toEqual(['waiting for deployment abc: in_progress', 500]);
    // Unchanged status: no report until ≥ 10 s after the previous one, and then at most every ~10 s.
    for (let i = 2; i < progress.length; i++) {
      expect(progress[i]![0]).toBe('waiting for deployment abc: in_progress');
      expect(progress[i]![1] - progress[i - 1]![1]).toBeGreaterThanOrEqual(10_000);
    }
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeLessThan(statuses.length);
  });

  it('stops when the signal aborts, even mid-sleep with the default sleep', async () => {
    const ac = new AbortController();
    let calls = 0;
    const pending = waitFor(
      async () => {
        calls++;
        if (calls === 1) setTimeout(() => ac.abort(), 5);
        return waiting('starting');
      },
      { timeoutMs: 60_000, what: 'app api', signal: ac.signal, initialDelayMs: 30_000, maxDelayMs: 30_000 },
    );
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitAbortedError);
    expect((err as Error).message).toMatch(/^cancelled after \d+ms while waiting for app api$/);
    expect(calls).toBe(1);
  });

  it('does not probe at all when already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    let calls = 0;
    await expect(waitFor(async () => (calls++, waiting('x')), { timeoutMs: 10, what: 'x', signal: ac.signal })).rejects.toBeInstanceOf(WaitAbortedError);
    expect(calls).toBe(0);
  });

  it('lets probe errors through unchanged', async () => {
    const boom = new Error('HTTP 500');
    await expect(waitFor(() => Promise.reject(boom), { timeoutMs: 10, what: 'x', ...fakeTime() })).rejects.toBe(boom);
  });

  it.each([
    [{ timeoutMs: -1 }],
    [{ timeoutMs: 10, initialDelayMs: 0 }],
    [{ timeoutMs: 10, factor: 0.5 }],
    [{ timeoutMs: 10, initialDelayMs: 500, maxDelayMs: 100 }],
  ])('rejects bad options %j', async (opts) => {
    await expect(waitFor(async () => waiting('x'), { what: 'x', ...opts })).rejects.toBeInstanceOf(RangeError);
  });

  it('property: never sleeps past the deadline, delays never shrink before it, and the wait ends by the timeout', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120_000 }),
        fc.integer({ min: 50, max: 2_000 }),
        fc.double({ min: 1, max: 3, noNaN: true }).map((f) => (f < 1.05 ? 1 : f)),
        async (timeoutMs, initialDelayMs, factor) => {
          const time = fakeTime();
          const err = await waitFor(async () => waiting('x'), { timeoutMs, what: 'x', initialDelayMs, factor, maxDelayMs: 5_000 + initialDelayMs, ...time }).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(WaitTimeoutError);
          expect(time.now()).toBeGreaterThanOrEqual(timeoutMs);
          expect(time.now()).toBeLessThanOrEqual(timeoutMs + 1);
          for (let i = 1; i < time.sleeps.length - 1; i++) expect(time.sleeps[i]!).toBeGreaterThanOrEqual(time.sleeps[i - 1]!);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('backoffDelays', () => {
  it('grows by the factor and caps', () => {
    expect(backoffDelays(200, 1.5, 5000, 6)).toEqual([200, 300, 450, 675, 1013, 1519]);
    expect(backoffDelays(1000, 3, 5000, 4)).toEqual([1000, 3000, 5000, 5000]);
  });
});

describe('abortableSleep', () => {
  // Fake timers: no real clock is read, so the test cannot pass or fail on a slow machine.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Whether the promise has settled after the microtasks run (no time passes). */
  async function settled(p: Promise<void>): Promise<boolean> {
    let done = false;
    void p.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('resolves early when aborted, with no time passing', async () => {
    const ac = new AbortController();
    const p = abortableSleep(10_000, ac.signal);
    expect(await settled(p)).toBe(false);
    ac.abort();
    expect(await settled(p)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('otherwise sleeps exactly the delay', async () => {
    const p = abortableSleep(10_000, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
  });

  it('does not sleep at all on a signal already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    expect(await settled(abortableSleep(10_000, ac.signal))).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('waitFor aligned to an expected end', () => {
  it('sleeps until about the expected end (less one probe round trip), then polls from the initial delay', async () => {
    const time = fakeTime();
    let calls = 0;
    const sentAt: number[] = [];
    const probe = async (): Promise<WaitProbe<string>> => {
      calls++;
      time.advance(10); // each probe takes 10 ms
      return time.now() >= 1000 ? { done: true, value: 'ok' } : waiting('running');
    };
    const value = await waitFor(probe, { what: 'x', timeoutMs: 60_000, initialDelayMs: 100, factor: 2, maxDelayMs: 5000, expectedMs: 1000, now: time.now, sleep: time.sleep, onDone: (ms) => sentAt.push(ms) });
    expect(value).toBe('ok');
    // first pause: 1000 - 10 (elapsed) - 10 (a round trip) = 980; then the initial 100
    expect(time.sleeps).toEqual([980]);
    expect(calls).toBe(2);
    expect(sentAt).toEqual([990]);
  });

  it('caps pauses while probes are cheap', async () => {
    const time = fakeTime();
    const { probe } = scripted<string>([waiting('a'), waiting('a'), waiting('a'), { done: true, value: 'ok' }]);
    await waitFor(probe, { what: 'x', timeoutMs: 60_000, initialDelayMs: 200, factor: 2, maxDelayMs: 5000, cheapPauseMs: () => 50, now: time.now, sleep: time.sleep });
    expect(time.sleeps).toEqual([50, 50, 50]);
  });
});
