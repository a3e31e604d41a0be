import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoolifyApiError } from '../../src/coolify/api-error.js';
import { api, BASE, lockNetwork, netError, rejectionOf, testClient } from './helpers.js';

beforeAll(lockNetwork);
afterEach(() => {
  nock.cleanAll();
});

const DB = 'dbdbdbdbdbdbdbdbdbdbdbdb';

describe('retries of idempotent requests', () => {
  it.each([408, 425, 429, 500, 502, 503, 504])('GET retried on %i then succeeds', async (status) => {
    api().get('/api/v1/projects').reply(status, { message: 'x' }).get('/api/v1/projects').reply(200, []);
    const { client } = testClient();
    expect(await client.projects.list()).toEqual([]);
    expect(client.stats().retries).toBe(1);
    expect(client.stats().total).toBe(2);
  });

  it('gives up after `retries` with exponential full-jitter backoff', async () => {
    const scope = api().get('/api/v1/projects').times(5).reply(503, { message: 'Service Unavailable' });
    const { client, time, events } = testClient({ retries: 4 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(scope.isDone()).toBe(true);
    expect(err.status).toBe(503);
    expect(err.code).toBe('COOLIFY_SERVER_ERROR');
    expect(err.retryable).toBe(true);
    // random() = 0.5 → half of min(20000, 500·2^n)
    expect(time.sleeps).toEqual([250, 500, 1000, 2000]);
    expect(events.filter((e) => e.type === 'retry').map((e) => (e.type === 'retry' ? e.reason : ''))).toEqual(Array(4).fill('status 503'));
    expect(client.stats().retries).toBe(4);
    expect(client.stats().byEndpoint['GET /projects']).toEqual(expect.objectContaining({ count: 5, errors: 5 }));
  });

  it('backoff is capped', async () => {
    api().get('/api/v1/projects').times(9).reply(500, {});
    // a long deadline: eight capped backoffs (~71 s) would outlast the default 30 s one
    const { client, time } = testClient({ retries: 8, random: () => 0.999999, timeoutMs: 600_000 });
    await rejectionOf(client.projects.list());
    expect(Math.max(...time.sleeps)).toBeLessThan(20_000);
    expect(time.sleeps[7]).toBeGreaterThan(19_000);
  });

  it('PATCH and DELETE are retried (Coolify PATCH bodies are full records)', async () => {
    api().patch(`/api/v1/databases/${DB}`).reply(502, {}).patch(`/api/v1/databases/${DB}`).reply(200, { message: 'Database updated.' });
    api().delete(`/api/v1/databases/${DB}`).query(true).reply(504, {}).delete(`/api/v1/databases/${DB}`).query(true).reply(200, { message: 'ok' });
    const { client } = testClient();
    expect(await client.databases.update(DB, { image: 'postgres:17' })).toEqual({ message: 'Database updated.' });
    expect(await client.databases.delete(DB)).toEqual({ message: 'ok' });
    expect(client.stats().retries).toBe(2);
  });

  it('GET retried on network error', async () => {
    api().get('/api/v1/servers').replyWithError(netError('ECONNRESET', 'socket hang up')).get('/api/v1/servers').reply(200, []);
    const { client } = testClient();
    expect(await client.servers.list()).toEqual([]);
    expect(client.stats().retries).toBe(1);
  });

  it('4xx other than 408/425/429 are not retried', async () => {
    const scope = api().get('/api/v1/projects').reply(404, { message: 'Not found.' });
    const { client } = testClient();
    await rejectionOf(client.projects.list());
    expect(scope.isDone()).toBe(true);
    expect(client.stats().retries).toBe(0);
  });
});

describe('POST is never blindly retried', () => {
  it.each([500, 502, 503, 504, 408])('POST not retried on %i', async (status) => {
    const scope = api().post('/api/v1/projects').reply(status, { message: 'boom' });
    const { client } = testClient();
    const err = (await rejectionOf(client.projects.create({ name: 'ado' }))) as CoolifyApiError;
    expect(scope.isDone()).toBe(true);
    expect(err.status).toBe(status);
    expect(client.stats().total).toBe(1);
    expect(client.stats().retries).toBe(0);
  });

  it('POST not retried on a network error after sending', async () => {
    api().post('/api/v1/projects').replyWithError(netError('ECONNRESET', 'socket hang up'));
    const { client } = testClient();
    const err = (await rejectionOf(client.projects.create({ name: 'ado' }))) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_NETWORK');
    expect(err.message).toMatch(/may or may not have been applied/);
    expect(client.stats().total).toBe(1);
  });

  it('POST retried on a refused connection (nothing reached Coolify)', async () => {
    api().post('/api/v1/projects').replyWithError(netError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8000'));
    api().post('/api/v1/projects').reply(201, { uuid: 'p1' });
    const { client } = testClient();
    expect(await client.projects.create({ name: 'ado' })).toEqual({ uuid: 'p1' });
    expect(client.stats().retries).toBe(1);
  });

  it('POST retried on the throttle 429 "Too Many Attempts." (the middleware ran before any work)', async () => {
    api().post('/api/v1/projects').reply(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '3' });
    api().post('/api/v1/projects').reply(201, { uuid: 'p1' });
    const { client, time } = testClient();
    expect(await client.projects.create({ name: 'ado' })).toEqual({ uuid: 'p1' });
    expect(time.sleeps).toContain(3000);
  });

  it('POST /deploy 429 "queue full" is not retried', async () => {
    const scope = api().post('/api/v1/deploy').query(true).reply(429, { message: 'Deployment queue is full. Please try again later.' }, { 'Retry-After': '60' });
    const { client } = testClient();
    const err = (await rejectionOf(client.deploy({ uuids: ['a'] }))) as CoolifyApiError;
    expect(scope.isDone()).toBe(true);
    expect(err.code).toBe('COOLIFY_RATE_LIMITED');
    expect(client.stats().total).toBe(1);
  });
});

describe('429 and rate-limit headers', () => {
  it('Retry-After in seconds pauses before the retry', async () => {
    api().get('/api/v1/projects').reply(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '7', 'X-RateLimit-Remaining': '0' });
    api().get('/api/v1/projects').reply(200, [], { 'X-RateLimit-Remaining': '150' });
    const { client, time, events } = testClient();
    const start = time.now();
    expect(await client.projects.list()).toEqual([]);
    expect(time.now() - start).toBeGreaterThanOrEqual(7000);
    expect(time.now() - start).toBeLessThan(8000);
    expect(events).toContainEqual({ type: 'rate-limit', waitMs: 7000, reason: 'retry-after' });
    expect(client.stats().rateLimited).toBe(1);
  });

  it('Retry-After as an HTTP date', async () => {
    const { client, time } = testClient();
    const date = new Date(time.now() + 12_000).toUTCString();
    api().get('/api/v1/projects').reply(429, { message: 'Too Many Attempts.' }, { 'Retry-After': date });
    api().get('/api/v1/projects').reply(200, []);
    const start = time.now();
    await client.projects.list();
    expect(time.now() - start).toBeGreaterThanOrEqual(12_000);
    expect(time.now() - start).toBeLessThan(13_000);
  });

  it('a Retry-After longer than maxRetryAfterMs fails fast', async () => {
    api().get('/api/v1/projects').reply(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '3600' });
    const { client, time } = testClient({ maxRetryAfterMs: 60_000 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.status).toBe(429);
    expect(time.sleeps).toEqual([]);
  });

  it('X-RateLimit-Remaining: 0 makes the client probe one request at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const paths: string[] = [];
    const remaining = ['0', '0', '0', '0', '5'];
    api()
      .get(/\/api\/v1\/projects\/p\d/)
      .times(5)
      .delay(20)
      .reply(function (uri) {
        paths.push(uri);
        return [200, { uuid: uri }, { 'X-RateLimit-Remaining': remaining.shift() ?? '5' }];
      });
    const { client } = testClient({
      fetch: async (input, init) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await globalThis.fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    // The first answer says remaining 0; from then on requests go one by one until remaining > 0.
    await client.projects.get('p0');
    maxInFlight = 0;
    await Promise.all(['p1', 'p2', 'p3', 'p4'].map((p) => client.projects.get(p)));
    expect(maxInFlight).toBe(1);
    expect(paths).toHaveLength(5);
  });

  it('X-RateLimit-Remaining: 0 with X-RateLimit-Reset waits until the reset', async () => {
    const { client, time, events } = testClient();
    const reset = Math.floor(time.now() / 1000) + 30;
    api().get('/api/v1/projects').reply(200, [], { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) });
    api().get('/api/v1/servers').reply(200, [], { 'X-RateLimit-Remaining': '199' });
    await client.projects.list();
    const before = time.now();
    await client.servers.list();
    expect(time.now() - before).toBeGreaterThanOrEqual(29_000);
    expect(events.some((e) => e.type === 'rate-limit' && e.reason === 'remaining')).toBe(true);
  });
});

describe('timeouts and concurrency', () => {
  it('aborts a GET at its deadline and does not retry it past the deadline (audit m9)', async () => {
    const slow = api().get('/api/v1/projects').delay(500).reply(200, []);
    const second = api().get('/api/v1/projects').reply(200, [{ uuid: 'p' }]);
    const { client, events } = testClient({ timeoutMs: 50 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_TIMEOUT');
    expect(err.message).toContain('GET /projects timed out after 50ms');
    expect(err.hint).toContain('--request-timeout');
    expect(err.hint).not.toMatch(/--timeout\b/);
    expect(slow.isDone()).toBe(true);
    expect(second.isDone()).toBe(false);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
    nock.cleanAll();
  });

  it('retries a GET whose first attempt failed fast, within the same deadline', async () => {
    api().get('/api/v1/projects').reply(503, {});
    api().get('/api/v1/projects').reply(200, [{ uuid: 'p' }]);
    const { client } = testClient({ timeoutMs: 5_000 });
    expect(await client.projects.list()).toEqual([{ uuid: 'p' }]);
    expect(client.stats().retries).toBe(1);
  });

  it('does not sleep a backoff that would outlast the deadline: the last error is reported', async () => {
    api().get('/api/v1/projects').times(5).reply(503, { message: 'Service Unavailable' });
    // backoffs 250, 500, 1000, 2000 (random 0.5): only the first two fit in 1 s
    const { client, time } = testClient({ timeoutMs: 1_000 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_SERVER_ERROR');
    expect(time.sleeps).toEqual([250, 500]);
    nock.cleanAll();
  });

  it('a timed-out POST fails with COOLIFY_TIMEOUT and is not retried', async () => {
    api().post('/api/v1/projects').delay(500).reply(201, { uuid: 'p' });
    const { client, events } = testClient({ timeoutMs: 50 });
    const err = (await rejectionOf(client.projects.create({ name: 'ado' }))) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_TIMEOUT');
    expect(err.failure).toBe('timeout');
    expect(err.message).toContain('timed out after 50ms');
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
  });

  it('never has more than maxConcurrency requests in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    api().get(/\/api\/v1\/applications\/a\d+$/).times(12).delay(15).reply(200, { uuid: 'x' });
    const { client } = testClient({
      maxConcurrency: 3,
      fetch: async (input, init) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await globalThis.fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.applications.get(`a${i}`)));
    expect(maxInFlight).toBe(3);
    expect(client.stats().total).toBe(12);
  });

  it('base URL is used with /api/v1 appended exactly once', async () => {
    nock(BASE).get('/api/v1/projects').reply(200, []);
    const { client } = testClient({ baseUrl: `${BASE}/api/v1/` });
    expect(await client.projects.list()).toEqual([]);
  });
});

describe('probing ends when the window has room again', () => {
  it('requests run concurrently again after remaining > 0', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const remaining = ['0', '5'];
    api()
      .get(/\/api\/v1\/projects\/q\d/)
      .times(6)
      .delay(20)
      .reply(() => [200, {}, { 'X-RateLimit-Remaining': remaining.shift() ?? '5' }]);
    const { client } = testClient({
      fetch: async (input, init) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await globalThis.fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await client.projects.get('q0'); // remaining 0
    await client.projects.get('q1'); // probe, remaining 5
    maxInFlight = 0;
    await Promise.all(['q2', 'q3', 'q4', 'q5'].map((p) => client.projects.get(p)));
    expect(maxInFlight).toBeGreaterThan(1);
  });
});
