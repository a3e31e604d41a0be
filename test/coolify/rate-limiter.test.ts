import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/coolify/rate-limiter.js';
import { parseRetryAfter } from '../../src/coolify/retry-policy.js';
import { fakeTime } from './helpers.js';

function limiter(perMinute: number) {
  const time = fakeTime(0);
  const waits: Array<[number, string]> = [];
  const rl = new RateLimiter({ perMinute, now: time.now, sleep: time.sleep, onWait: (ms, reason) => waits.push([ms, reason]) });
  return { rl, time, waits };
}

async function take(rl: RateLimiter, n: number): Promise<void> {
  for (let i = 0; i < n; i++) (await rl.acquire())();
}

describe('RateLimiter (sliding window)', () => {
  it('lets a whole minute\'s budget through without waiting, then waits for the window to slide', async () => {
    const { rl, time, waits } = limiter(200);
    await take(rl, 200);
    expect(time.now()).toBe(0);
    expect(waits).toEqual([]);
    await take(rl, 1);
    // the oldest send leaves the window after 60 s
    expect(time.now()).toBe(60_000);
    expect(waits[0]).toEqual([60_000, 'bucket']);
  });

  it('never sends more than perMinute requests in any 60 s window', async () => {
    const { rl, time } = limiter(200);
    const stamps: number[] = [];
    for (let i = 0; i < 600; i++) {
      (await rl.acquire())();
      stamps.push(time.now());
    }
    let maxInWindow = 0;
    let lo = 0;
    for (let hi = 0; hi < stamps.length; hi++) {
      while ((stamps[hi] as number) - (stamps[lo] as number) >= 60_000) lo++;
      maxInWindow = Math.max(maxInWindow, hi - lo + 1);
    }
    expect(maxInWindow).toBeLessThanOrEqual(200);
    expect(maxInWindow).toBeGreaterThan(190);
  });

  it('honours a configured rate', async () => {
    const { rl, time } = limiter(3);
    await take(rl, 3);
    expect(time.now()).toBe(0);
    await take(rl, 3);
    expect(time.now()).toBe(60_000);
    await take(rl, 1);
    expect(time.now()).toBe(120_000);
  });

  it('a 429 with Retry-After pauses every request', async () => {
    const { rl, time, waits } = limiter(200);
    rl.observe(429, new Headers({ 'Retry-After': '5' }));
    await take(rl, 1);
    expect(time.now()).toBeGreaterThanOrEqual(5000);
    expect(waits[0]).toEqual([5000, 'retry-after']);
  });

  it('X-RateLimit-Remaining: 0 empties the bucket and allows only one probe at a time', async () => {
    const { rl } = limiter(200);
    rl.observe(200, new Headers({ 'X-RateLimit-Remaining': '0' }));
    expect(rl.isExhausted).toBe(true);
    const release = await rl.acquire();
    let second = false;
    const pending = rl.acquire().then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(second).toBe(false);
    rl.observe(200, new Headers({ 'X-RateLimit-Remaining': '10' }));
    release();
    (await pending)();
    expect(second).toBe(true);
    expect(rl.isExhausted).toBe(false);
  });

  it('rejects a non-positive rate', () => {
    expect(() => limiter(0)).toThrow(RangeError);
  });
});

describe('parseRetryAfter', () => {
  it('parses seconds, HTTP dates and rejects garbage', () => {
    const now = Date.UTC(2025, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
