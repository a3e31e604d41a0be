/** Audit m9: the text of client waits, the 1 s threshold, and one line per shared pause. */
import { describe, expect, it } from 'vitest';
import { createWaitNotifier, waitNotice } from '../../src/coolify/client-notice.js';
import type { ClientEvent } from '../../src/coolify/transport.js';

const retry = (over: Partial<Extract<ClientEvent, { type: 'retry' }>> = {}): ClientEvent => ({
  type: 'retry', method: 'GET', endpoint: 'GET /applications', path: '/applications', attempt: 1, maxRetries: 4, delayMs: 2_000, waitMs: 2_000, reason: 'ECONNREFUSED', ...over,
});

describe('waitNotice', () => {
  it('names the request, the cause and the retry count of a backoff', () => {
    expect(waitNotice(retry())?.text).toBe('waiting 2s: GET /api/v1/applications failed (ECONNREFUSED), retry 1/4');
  });
  it('names the rate limit of a 429', () => {
    expect(waitNotice(retry({ status: 429, reason: 'rate-limited', attempt: 2, delayMs: 0, waitMs: 19_500 }))?.text).toBe('waiting 20s: Coolify rate limit (429), retry 2/4');
  });
  it('names each rate-limit pause', () => {
    expect(waitNotice({ type: 'rate-limit', waitMs: 12_000, reason: 'bucket' })?.text).toBe('waiting 12s: client-side request budget per minute used up (--rate-limit)');
    expect(waitNotice({ type: 'rate-limit', waitMs: 90_000, reason: 'remaining' })?.text).toBe('waiting 1m 30s: Coolify rate limit (X-RateLimit-Remaining: 0)');
    expect(waitNotice({ type: 'rate-limit', waitMs: 60_000, reason: 'retry-after' })?.text).toBe('waiting 1m: Coolify rate limit (429 Retry-After)');
  });
  it('says nothing about a request event', () => {
    expect(waitNotice({ type: 'request', method: 'GET', endpoint: 'GET /version', path: '/version', attempt: 0, durationMs: 3 })).toBeUndefined();
  });
});

describe('createWaitNotifier', () => {
  it('skips waits under a second and prints one line per shared pause', () => {
    const lines: string[] = [];
    const notify = createWaitNotifier((l) => lines.push(l), () => 1_000_000);
    notify(retry({ delayMs: 400, waitMs: 400 }));
    notify(retry({ status: 429, reason: 'rate-limited', delayMs: 0, waitMs: 5_000 }));
    notify(retry({ status: 429, reason: 'rate-limited', delayMs: 0, waitMs: 5_000, path: '/servers' }));
    notify({ type: 'rate-limit', waitMs: 4_990, reason: 'retry-after' });
    notify(retry({ waitMs: 3_000, delayMs: 3_000 }));
    expect(lines).toEqual([
      'waiting 5s: Coolify rate limit (429), retry 1/4\n',
      'waiting 3s: GET /api/v1/applications failed (ECONNREFUSED), retry 1/4\n',
    ]);
  });
});
