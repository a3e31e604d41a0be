/**
 * Audit m9: hostile servers on 127.0.0.1 (real sockets, real clock) against the client itself.
 * Each request ends within its deadline with the right error, is not retried past it, and a
 * huge answer is cut off at the size cap instead of being buffered whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CoolifyApiError } from '../../src/coolify/api-error.js';
import { createCoolifyClient, type CoolifyClientOptions } from '../../src/coolify/client.js';
import { createWaitNotifier } from '../../src/coolify/client-notice.js';
import type { ClientEvent } from '../../src/coolify/transport.js';
import { rejectionOf, TOKEN } from './helpers.js';
import { hostileServer, huge, trickle, type Hostile } from '../helpers/hostile-server.js';

let servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(handler: Parameters<typeof hostileServer>[0]): Promise<Hostile> {
  const s = await hostileServer(handler);
  servers.push(s);
  return s;
}

function client(url: string, overrides: Partial<CoolifyClientOptions> = {}): { c: ReturnType<typeof createCoolifyClient>; events: ClientEvent[]; lines: string[] } {
  const events: ClientEvent[] = [];
  const lines: string[] = [];
  const notify = createWaitNotifier((l) => lines.push(l));
  const c = createCoolifyClient({ baseUrl: url, token: TOKEN, timeoutMs: 1_000, onEvent: (e) => { events.push(e); notify(e); }, ...overrides });
  return { c, events, lines };
}

describe('hostile servers (audit m9)', () => {
  it('a server that accepts and never answers: COOLIFY_TIMEOUT at the deadline, one attempt, the right flag', async () => {
    const s = await start(() => undefined);
    const { c, events } = client(s.url);
    const err = (await rejectionOf(c.projects.list())) as CoolifyApiError;
    expect(err).toBeInstanceOf(CoolifyApiError);
    expect(err.code).toBe('COOLIFY_TIMEOUT');
    expect(err.message).toContain('GET /projects timed out after 1s');
    expect(err.hint).toContain('--request-timeout');
    expect(err.hint).not.toMatch(/--timeout\b/);
    expect(s.hits()).toBe(1);
    expect(events.filter((e) => e.type === 'retry')).toEqual([]);
  });

  it('a body that trickles forever: the deadline covers the body too', async () => {
    const s = await start((_req, res) => trickle(res));
    const { c } = client(s.url);
    const err = (await rejectionOf(c.projects.list())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_TIMEOUT');
    expect(s.hits()).toBe(1);
  });

  it.each([true, false])('a 40 MiB answer (Content-Length: %s) fails with COOLIFY_RESPONSE_TOO_LARGE and is not retried', async (withLength) => {
    const s = await start((_req, res) => huge(res, 40, withLength));
    const { c } = client(s.url, { timeoutMs: 60_000 });
    const err = (await rejectionOf(c.applications.list())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_RESPONSE_TOO_LARGE');
    expect(err.failure).toBe('too-large');
    expect(err.message).toContain('more than 32 MiB');
    expect(err.message).toContain('GET /applications');
    expect(s.hits()).toBe(1);
  });

  it('an answer under the cap is read whole', async () => {
    const s = await start((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify([{ uuid: 'a' }, { uuid: 'b' }]));
    });
    const { c } = client(s.url, { maxResponseBytes: 1024 });
    expect(await c.projects.list()).toEqual([{ uuid: 'a' }, { uuid: 'b' }]);
  });

  it('a 429 with Retry-After: waits, says so once, then succeeds', async () => {
    const s = await start((_req, res, hit) => {
      if (hit === 1) {
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '2' });
        res.end(JSON.stringify({ message: 'Too Many Attempts.' }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    });
    const { c, lines } = client(s.url);
    expect(await c.projects.list()).toEqual([]);
    expect(s.hits()).toBe(2);
    expect(lines).toEqual(['waiting 2s: Coolify rate limit (429), retry 1/4\n']);
  });

  it('a refused connection: retries with visible backoff lines, then COOLIFY_NETWORK within the deadline', async () => {
    const s = await start(() => undefined);
    const url = s.url;
    await s.close();
    servers = [];
    // random 0.99: backoffs 495, 990, 1980 ms; the fourth (3960) does not fit in 5 s
    const { c, lines, events } = client(url, { timeoutMs: 5_000, random: () => 0.99 });
    const err = (await rejectionOf(c.version())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_NETWORK');
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(3);
    expect(lines).toEqual(['waiting 2s: GET /api/v1/version failed (ECONNREFUSED), retry 3/4\n']);
    expect(lines.join('')).not.toContain(TOKEN);
  });
});
