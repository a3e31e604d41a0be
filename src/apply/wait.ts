/**
 * Waiting is data: a step waits on a condition (deployment `finished`, status
 * `running:healthy`) with a timeout and an adaptive poll, never a fixed long sleep.
 */
import { AdoError } from '../errors.js';
import { formatDuration } from './duration.js';

/** One look at the condition: done (with a value), still waiting (with a status), or failed. */
export type WaitProbe<T> = { done: true; value: T } | { done: false; status: string } | { failed: true; reason: string };

/** Options of `waitFor`. */
export interface WaitOptions {
  /** Give up after this long (measured from the first probe). */
  timeoutMs: number;
  /** What is awaited, for messages: "deployment abc123 of ado/production/application/api". */
  what: string;
  /** First delay between probes (default 200 ms). */
  initialDelayMs?: number;
  /** Cap on the delay (default 5000 ms). */
  maxDelayMs?: number;
  /** Growth of the delay after each probe (default 1.5). */
  factor?: number;
  /** Report the status at least this often even when it does not change (default 10 s). */
  progressEveryMs?: number;
  signal?: AbortSignal;
  /** Injectable for tests; default is an abortable setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable clock in ms; default `Date.now`. */
  now?: () => number;
  /** Called with "waiting for WHAT: STATUS" when the status changes or every `progressEveryMs`. */
  onProgress?: (message: string, elapsedMs: number) => void;
  /**
   * When the condition is expected to hold (ms after the first probe, e.g. learned from earlier
   * waits of the same kind): the first pause lasts until then, and the short initial delays
   * start over from there, so the end is seen soon after it happens without polling all along.
   */
  expectedMs?: number;
  /**
   * Longest pause while probes are cheap (e.g. one shared list call answers every waiter), read
   * before each pause; undefined means no cap beyond `maxDelayMs`.
   */
  cheapPauseMs?: () => number | undefined;
  /** Called once the condition holds, with when (ms after the first probe) the probe that saw it was sent. */
  onDone?: (sentAtMs: number) => void;
}

/** Error codes of waits. */
export const WAIT_TIMEOUT_CODE = 'ADO_WAIT_TIMEOUT';
export const WAIT_FAILED_CODE = 'ADO_WAIT_FAILED';
export const WAIT_ABORTED_CODE = 'ADO_WAIT_ABORTED';

/** The condition did not hold in time. */
export class WaitTimeoutError extends AdoError {
  readonly what: string;
  readonly lastStatus: string | undefined;
  readonly elapsedMs: number;

  constructor(what: string, lastStatus: string | undefined, elapsedMs: number, timeoutMs: number) {
    super(
      WAIT_TIMEOUT_CODE,
      `timed out after ${formatDuration(elapsedMs)} waiting for ${what}` +
        (lastStatus === undefined ? '' : ` (last status: ${lastStatus})`),
      { hint: `the limit was ${formatDuration(timeoutMs)}; raise the timeout or check the resource in Coolify` },
    );
    this.name = 'WaitTimeoutError';
    this.what = what;
    this.lastStatus = lastStatus;
    this.elapsedMs = elapsedMs;
  }
}

/** The condition became impossible (e.g. the deployment failed). */
export class WaitFailedError extends AdoError {
  readonly what: string;
  readonly reason: string;
  readonly elapsedMs: number;

  constructor(what: string, reason: string, elapsedMs: number) {
    super(WAIT_FAILED_CODE, `${what} failed after ${formatDuration(elapsedMs)}: ${reason}`);
    this.name = 'WaitFailedError';
    this.what = what;
    this.reason = reason;
    this.elapsedMs = elapsedMs;
  }
}

/** The wait was cancelled through its signal. */
export class WaitAbortedError extends AdoError {
  constructor(what: string, elapsedMs: number) {
    super(WAIT_ABORTED_CODE, `cancelled after ${formatDuration(elapsedMs)} while waiting for ${what}`);
    this.name = 'WaitAbortedError';
  }
}

/** A setTimeout that resolves early (without error) when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The delays `waitFor` sleeps between probes, before the deadline cuts them short:
 * `initial, initial·factor, …` capped at `max`.
 */
export function backoffDelays(initialMs: number, factor: number, maxMs: number, count: number): number[] {
  const out: number[] = [];
  let d = initialMs;
  for (let i = 0; i < count; i++) {
    out.push(Math.round(Math.min(d, maxMs)));
    d = Math.min(d * factor, maxMs);
  }
  return out;
}

/**
 * Polls `probe` immediately, then after growing delays, until it reports done (returns the
 * value), failed (throws WaitFailedError), the timeout passes (throws WaitTimeoutError with
 * the last status; one last probe runs at the deadline) or the signal aborts (throws
 * WaitAbortedError). Errors thrown by `probe` propagate unchanged.
 */
export async function waitFor<T>(probe: () => Promise<WaitProbe<T>>, options: WaitOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const initial = options.initialDelayMs ?? 200;
  const max = options.maxDelayMs ?? 5_000;
  const factor = options.factor ?? 1.5;
  const every = options.progressEveryMs ?? 10_000;
  if (!(options.timeoutMs >= 0)) throw new RangeError(`waitFor: timeoutMs must be ≥ 0, got ${options.timeoutMs}`);
  if (!(initial > 0) || !(factor >= 1) || !(max >= initial)) {
    throw new RangeError('waitFor: need initialDelayMs > 0, factor ≥ 1 and maxDelayMs ≥ initialDelayMs');
  }
  const start = now();
  const elapsed = (): number => now() - start;
  let delay = initial;
  let lastStatus: string | undefined;
  let lastReport = -Infinity;
  let aligned = options.expectedMs === undefined;

  for (;;) {
    if (options.signal?.aborted) throw new WaitAbortedError(options.what, elapsed());
    const sentAt = elapsed();
    const result = await probe();
    if ('failed' in result) throw new WaitFailedError(options.what, result.reason, elapsed());
    if (result.done) {
      options.onDone?.(sentAt);
      return result.value;
    }
    const t = elapsed();
    if (result.status !== lastStatus || t - lastReport >= every) {
      options.onProgress?.(`waiting for ${options.what}: ${result.status}`, t);
      lastReport = t;
    }
    lastStatus = result.status;
    if (t >= options.timeoutMs) throw new WaitTimeoutError(options.what, lastStatus, t, options.timeoutMs);
    let pause = delay;
    if (!aligned) {
      aligned = true;
      // The probe takes a round trip: send the next one that long before the expected end.
      const untilExpected = options.expectedMs! - t - (t - sentAt);
      if (untilExpected > pause) {
        pause = untilExpected;
        delay = initial / factor;
      }
    }
    const cap = options.cheapPauseMs?.();
    if (cap !== undefined && cap > 0) pause = Math.min(pause, cap);
    await sleep(Math.max(1, Math.round(Math.min(pause, options.timeoutMs - t))), options.signal);
    delay = Math.min(delay * factor, max);
  }
}
