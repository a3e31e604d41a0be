import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject } from './helpers.js';

describe('sandbox transport, auth and errors (API-NOTES §1)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({
      port: 0,
      tokens: [
        { token: '2|readonly-token', abilities: ['read'] },
        { token: '3|write-only', abilities: ['write'] },
        { token: '4|read-write', abilities: ['read', 'write'] },
        { token: '5|deployer', abilities: ['deploy'] },
      ],
    });
  });
  afterAll(async () => sb.close());

  it('generates a Sanctum-looking root token', () => {
    expect(sb.token).toMatch(/^1\|[A-Za-z0-9]{40}$/);
  });

  it('health needs no token; version is plain text 4.3.11', async () => {
    for (const p of ['/api/health', '/api/v1/health']) {
      const r = await api(sb, 'GET', p, undefined, { token: null });
      expect(r.status).toBe(200);
      expect(r.text).toBe('OK');
    }
    const v = await api(sb, 'GET', '/version');
    expect(v.text).toBe('4.3.11');
    expect(v.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('401 Unauthenticated. without or with a wrong token', async () => {
    for (const token of [null, '9|nope']) {
      const r = await api(sb, 'GET', '/projects', undefined, { token });
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ message: 'Unauthenticated.' });
      expect(r.headers.get('content-type')).toBe('application/json');
    }
  });

  it('abilities per route: GET needs read, writes need write, lifecycle needs deploy; none implies another', async () => {
    expect((await api(sb, 'GET', '/projects', undefined, { token: '2|readonly-token' })).status).toBe(200);
    const w = await api(sb, 'POST', '/projects', { name: 'nope' }, { token: '2|readonly-token' });
    expect(w.status).toBe(403);
    expect(w.json).toEqual({ message: 'Missing required permissions: write' });
    const r = await api(sb, 'GET', '/projects', undefined, { token: '3|write-only' });
    expect(r.status).toBe(403);
    expect(r.json.message).toBe('Missing required permissions: read');
    const p = await createProject(sb, 'abilities');
    const app = await createImageApp(sb, p);
    const d = await api(sb, 'POST', `/applications/${app}/start`, undefined, { token: '4|read-write' });
    expect(d.status).toBe(403);
    expect(d.json.message).toBe('Missing required permissions: deploy');
    expect((await api(sb, 'POST', `/deploy?uuid=${app}`, undefined, { token: '5|deployer' })).status).toBe(200);
  });

  it('400 shapes for bad bodies: content type, invalid JSON, empty JSON', async () => {
    const ct = await api(sb, 'POST', '/projects', undefined, { raw: 'name=x', contentType: 'text/plain' });
    expect(ct.status).toBe(400);
    expect(ct.json).toEqual({ message: 'Invalid request.', error: 'Content-Type must be application/json.' });
    const bad = await api(sb, 'POST', '/projects', undefined, { raw: '{"name":' });
    expect(bad.json).toEqual({ message: 'Invalid request.', error: 'Invalid JSON.' });
    const empty = await api(sb, 'POST', '/projects', {});
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({ message: 'Invalid request.', error: 'Empty JSON.' });
  });

  it('422 for unknown keys with "This field is not allowed."', async () => {
    const r = await api(sb, 'POST', '/projects', { name: 'valid-name', colour: 'red' });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ message: 'Validation failed.', errors: { colour: ['This field is not allowed.'] } });
  });

  it('422 for wrong types in Laravel wording', async () => {
    const r = await api(sb, 'POST', '/projects', { name: 42 });
    expect(r.status).toBe(422);
    expect(r.json.errors.name[0]).toMatch(/must be a string/);
  });

  it('wrong verb on a known path is 404 Not found.; GET on POST-only stubs is 405', async () => {
    const r = await api(sb, 'PUT', '/projects');
    expect(r.status).toBe(404);
    expect(r.json.message).toBe('Not found.');
    const d = await api(sb, 'GET', '/deploy?uuid=x');
    expect(d.status).toBe(405);
    expect(d.json).toEqual({ message: 'This endpoint has changed to a POST request.' });
    const s = await api(sb, 'GET', '/applications/abc/restart');
    expect(s.status).toBe(405);
    expect((await api(sb, 'GET', '/nothing/here')).status).toBe(404);
  });

  it('404 with the resource name for a missing resource', async () => {
    const r = await api(sb, 'GET', '/applications/doesnotexist00000000000');
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ message: 'Application not found.' });
  });

  it('X-RateLimit headers on every authenticated response', async () => {
    const r = await api(sb, 'GET', '/servers');
    expect(r.headers.get('x-ratelimit-limit')).toBe('200');
    expect(Number(r.headers.get('x-ratelimit-remaining'))).toBeLessThan(200);
  });

  it('logs every request with method, path, status and time', () => {
    const last = sb.requestLog.at(-1)!;
    expect(last.method).toBe('GET');
    expect(last.path).toBe('/api/v1/servers');
    expect(last.status).toBe(200);
    expect(typeof last.ms).toBe('number');
  });
});

describe('sandbox rate limit and API switch', () => {
  it('answers 429 Too Many Attempts. with Retry-After once the per-minute limit is used', async () => {
    let t = 5_000_000;
    const sb = await startSandbox({ rateLimitPerMinute: 3, now: () => t });
    try {
      for (let i = 0; i < 3; i++) expect((await api(sb, 'GET', '/projects')).status).toBe(200);
      const r = await api(sb, 'GET', '/projects');
      expect(r.status).toBe(429);
      expect(r.json).toEqual({ message: 'Too Many Attempts.' });
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
      t += 61_000; // the window slides
      expect((await api(sb, 'GET', '/projects')).status).toBe(200);
    } finally {
      await sb.close();
    }
  });

  it('rateLimitPerMinute 0 disables the limit', async () => {
    const sb = await startSandbox({ rateLimitPerMinute: 0 });
    try {
      for (let i = 0; i < 5; i++) expect((await api(sb, 'GET', '/projects')).status).toBe(200);
    } finally {
      await sb.close();
    }
  });

  it('apiEnabled false answers 403 API is disabled. to every call', async () => {
    const sb = await startSandbox({ apiEnabled: false });
    try {
      const r = await api(sb, 'GET', '/projects');
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ success: true, message: 'API is disabled.' });
    } finally {
      await sb.close();
    }
  });
});
