/**
 * When a failed request may be repeated, and how long to wait first.
 *
 * Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, and PATCH, because Coolify PATCH bodies
 * are full desired records, so repeating one converges on the same state) are retried on
 * network errors, timeouts and 408/425/429/500/502/503/504, with exponential backoff and full
 * jitter. POST is never retried blindly (Coolify has no idempotency keys: a repeated create
 * makes a duplicate), with two exceptions where Coolify provably did nothing:
 *  - a 429 whose body is Laravel's throttle answer `Too Many Attempts.`: the rate-limit
 *    middleware runs before any controller. (The `/deploy` "queue full" 429 is *not* retried:
 *    some of the requested deployments may already have been queued.)
 *  - a connection that was refused (ECONNREFUSED): no byte of the request reached Coolify.
 */

/** HTTP methods the client uses. */
export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

/** True when repeating the request cannot do more than doing it once. */
export function isIdempotent(method: HttpMethod): boolean {
  return IDEMPOTENT.has(method);
}

/** The message of Laravel's throttle middleware: the request was rejected before any work. */
export const THROTTLE_MESSAGE = 'Too Many Attempts.';

/** Backoff parameters. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  random: () => number;
}

/** Default backoff: 500 ms doubling, capped at 20 s. */
export const DEFAULT_BACKOFF: Omit<BackoffOptions, 'random'> = { baseMs: 500, capMs: 20_000 };

/** Exponential backoff with full jitter: uniform in [0, min(cap, base·2^attempt)). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** attempt);
  return Math.floor(options.random() * ceiling);
}

/**
 * Parses a `Retry-After` header (delta seconds or an HTTP date) into milliseconds from `now`.
 * Returns undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** True when an error (or its cause chain) is a refused connection: nothing reached the server. */
export function isConnectionRefused(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    if ((current as { code?: unknown }).code === 'ECONNREFUSED') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
