/**
 * One line of text for each wait of the client a user should see (audit m9): a rate-limit pause
 * (client budget, `X-RateLimit-Remaining: 0`, a 429's `Retry-After`) or a backoff before a retry,
 * when it lasts about a second or more, e.g. `waiting 20s: Coolify rate limit (429), retry 2/4`.
 * `waitNotice` is pure; `createWaitNotifier` adds the threshold and folds the many events of one
 * shared pause (every request in flight waits for the same Retry-After) into one line. The text
 * comes only from event fields, which carry paths and error codes, never bodies, queries or tokens.
 */
import type { ClientEvent } from './transport.js';

/** Waits shorter than this are not announced. */
export const WAIT_NOTICE_THRESHOLD_MS = 1_000;

/** What to say about one event. */
export interface WaitNotice {
  /** The line, without a newline. */
  text: string;
  waitMs: number;
  /** A pause shared by every request (rate limit), as opposed to one request's own backoff. */
  shared: boolean;
}

/** The notice for an event, or undefined when the event is not a wait. */
export function waitNotice(e: ClientEvent): WaitNotice | undefined {
  if (e.type === 'rate-limit') {
    const why = e.reason === 'bucket'
      ? 'client-side request budget per minute used up (--rate-limit)'
      : e.reason === 'remaining'
        ? 'Coolify rate limit (X-RateLimit-Remaining: 0)'
        : 'Coolify rate limit (429 Retry-After)';
    return { text: `waiting ${waitText(e.waitMs)}: ${why}`, waitMs: e.waitMs, shared: true };
  }
  if (e.type === 'retry') {
    const retry = `retry ${e.attempt}/${e.maxRetries}`;
    if (e.status === 429) return { text: `waiting ${waitText(e.waitMs)}: Coolify rate limit (429), ${retry}`, waitMs: e.waitMs, shared: e.waitMs > e.delayMs };
    return { text: `waiting ${waitText(e.waitMs)}: ${e.method} /api/v1${e.path} failed (${e.reason}), ${retry}`, waitMs: e.waitMs, shared: false };
  }
  return undefined;
}

/**
 * A ClientEvent listener that writes one line (with `\n`) per wait of at least the threshold;
 * a shared pause already announced (ending within a second of one already printed) is skipped.
 */
export function createWaitNotifier(write: (line: string) => void, now: () => number = Date.now): (e: ClientEvent) => void {
  let announcedUntil = 0;
  return (e) => {
    const notice = waitNotice(e);
    if (!notice || notice.waitMs < WAIT_NOTICE_THRESHOLD_MS) return;
    if (notice.shared) {
      const until = now() + notice.waitMs;
      if (until <= announcedUntil + WAIT_NOTICE_THRESHOLD_MS) return;
      announcedUntil = until;
    }
    write(`${notice.text}\n`);
  };
}

/** Whole seconds, rounded up: `2s`, `59s`, `1m 30s`. */
function waitText(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m}m` : `${m}m ${s % 60}s`;
}
