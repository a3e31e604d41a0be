import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoolifyClient } from '../../src/coolify/client.js';
import { assertLoopbackResolution, isLoopbackHost, normalizeBaseUrl, resolveConnection } from '../../src/coolify/connection.js';
import { AdoError } from '../../src/errors.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AdoError);
    return (err as AdoError).code;
  }
  return undefined;
}

describe('resolveConnection', () => {
  it('reads COOLIFY_URL and COOLIFY_TOKEN', () => {
    expect(resolveConnection({ env: { COOLIFY_URL: 'https://coolify.example.com/', COOLIFY_TOKEN: ' 3|abc \n' } })).toEqual({
      baseUrl: 'https://coolify.example.com',
      token: '3|abc',
    });
  });

  it('prefers an explicit url and a token file (trimmed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-coolify-'));
    const file = join(dir, 'token');
    writeFileSync(file, '7|from-file\n', { mode: 0o600 });
    expect(resolveConnection({ url: 'http://127.0.0.1:8000', tokenFile: file, env: { COOLIFY_URL: 'https://x', COOLIFY_TOKEN: 'env' } })).toEqual({
      baseUrl: 'http://127.0.0.1:8000',
      token: '7|from-file',
    });
  });

  it('missing URL or token gives a clear error with a hint', () => {
    try {
      resolveConnection({ env: { COOLIFY_TOKEN: '1|a' } });
      expect.unreachable();
    } catch (err) {
      expect((err as AdoError).code).toBe('COOLIFY_URL_MISSING');
      expect((err as AdoError).hint).toContain('COOLIFY_URL');
    }
    try {
      resolveConnection({ env: { COOLIFY_URL: 'https://c.example.com' } });
      expect.unreachable();
    } catch (err) {
      expect((err as AdoError).code).toBe('COOLIFY_TOKEN_MISSING');
      expect((err as AdoError).hint).toContain('COOLIFY_TOKEN');
      expect((err as AdoError).hint).toContain('never takes the token as a flag');
    }
    expect(codeOf(() => resolveConnection({ tokenFile: '/nonexistent/token', env: { COOLIFY_URL: 'https://c.example.com' } }))).toBe('COOLIFY_TOKEN_FILE');
  });

  it('refuses plain http to a non-loopback host, explaining --allow-insecure-http', () => {
    try {
      resolveConnection({ env: { COOLIFY_URL: 'http://coolify.internal:8000', COOLIFY_TOKEN: '1|abc' } });
      expect.unreachable();
    } catch (err) {
      expect((err as AdoError).code).toBe('COOLIFY_INSECURE_HTTP');
      expect((err as AdoError).hint).toContain('--allow-insecure-http');
      expect((err as AdoError).message).not.toContain('1|abc');
    }
    expect(resolveConnection({ allowInsecureHttp: true, env: { COOLIFY_URL: 'http://10.0.0.5:8000', COOLIFY_TOKEN: '1|abc' } }).baseUrl).toBe('http://10.0.0.5:8000');
  });

  it.each(['http://127.0.0.1:8000', 'http://127.1.2.3', 'http://localhost:8000', 'http://[::1]:8000', 'http://app.localhost'])('accepts loopback http %s', (url) => {
    expect(resolveConnection({ env: { COOLIFY_URL: url, COOLIFY_TOKEN: '1|abc' } }).token).toBe('1|abc');
  });

  it('rejects bad URLs', () => {
    expect(codeOf(() => normalizeBaseUrl('not a url'))).toBe('COOLIFY_URL_INVALID');
    expect(codeOf(() => normalizeBaseUrl('ftp://c.example.com'))).toBe('COOLIFY_URL_INVALID');
    expect(codeOf(() => normalizeBaseUrl('https://user:pw@c.example.com'))).toBe('COOLIFY_URL_INVALID');
    expect(normalizeBaseUrl('https://c.example.com/coolify/api/v1/')).toBe('https://c.example.com/coolify');
  });

  it('isLoopbackHost', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
    // audit m6: the URL parser writes [::ffff:127.0.0.1] as [::ffff:7f00:1]; both are loopback
    expect(isLoopbackHost(new URL('http://[::ffff:127.0.0.1]:8000').hostname)).toBe(true);
    expect(isLoopbackHost('[::ffff:7f00:1]')).toBe(true);
    expect(isLoopbackHost('0:0:0:0:0:ffff:127.0.0.2')).toBe(true);
    expect(isLoopbackHost('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackHost('::2')).toBe(false);
    // a name is never loopback by itself: it is checked by resolving it
    expect(isLoopbackHost('localhost')).toBe(false);
    expect(isLoopbackHost('foo.localhost')).toBe(false);
  });

  it('createCoolifyClient enforces the same rule', () => {
    expect(codeOf(() => createCoolifyClient({ baseUrl: 'http://coolify.example.com', token: '1|a' }))).toBe('COOLIFY_INSECURE_HTTP');
    expect(() => createCoolifyClient({ baseUrl: 'http://coolify.example.com', token: '1|a', allowInsecureHttp: true })).not.toThrow();
    expect(() => createCoolifyClient({ baseUrl: 'https://coolify.example.com', token: '1|a' })).not.toThrow();
  });
});

// Adversarial audit m6: `http://foo.localhost` sent the token to whatever DNS answered.
describe('plain http to a localhost name: only when every address it resolves to is loopback', () => {
  const fakeLookup = (answers: Record<string, string[]>) => async (host: string) => {
    const list = answers[host];
    if (!list) throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address }));
  };

  it.each([
    ['foo.localhost', ['10.1.2.3'], '10.1.2.3'],
    ['foo.localhost', ['127.0.0.1', '203.0.113.7'], '203.0.113.7'],
    ['localhost', ['::ffff:192.168.1.5'], '192.168.1.5'],
  ])('%s resolving to %j is refused before any request', async (host, answers, bad) => {
    const calls: string[] = [];
    const client = createCoolifyClient({
      baseUrl: `http://${host}:8000`,
      token: '1|SECRETTOKEN',
      lookup: fakeLookup({ [host]: answers }),
      fetch: async (url) => {
        calls.push(String(url));
        return new Response('4.3.11');
      },
    });
    const err = (await client.version().catch((e: unknown) => e)) as AdoError;
    expect(err).toBeInstanceOf(AdoError);
    expect(err.code).toBe('COOLIFY_INSECURE_HTTP');
    expect(err.message).toContain(bad);
    expect(err.hint).toContain('https');
    expect(String(err.message) + String(err.hint)).not.toContain('SECRETTOKEN');
    expect(calls).toEqual([]);
  });

  it('a name that does not resolve is refused (nothing to check)', async () => {
    await expect(assertLoopbackResolution('foo.localhost', fakeLookup({}))).rejects.toMatchObject({ code: 'COOLIFY_INSECURE_HTTP' });
  });

  it('a localhost name that resolves to loopback only is used', async () => {
    const calls: string[] = [];
    const client = createCoolifyClient({
      baseUrl: 'http://app.localhost:8000',
      token: '1|a',
      lookup: fakeLookup({ 'app.localhost': ['127.0.0.1', '::1'] }),
      fetch: async (url) => {
        calls.push(String(url));
        return new Response('4.3.11');
      },
    });
    expect(await client.version()).toBe('4.3.11');
    expect(await client.version()).toBe('4.3.11');
    expect(calls).toHaveLength(2);
  });

  it('--allow-insecure-http skips the check; https and IP literals need none', async () => {
    const lookup = async () => {
      throw new Error('must not be called');
    };
    const fetch = async () => new Response('4.3.11');
    for (const baseUrl of ['http://foo.localhost', 'https://foo.localhost', 'http://127.0.0.1:9', 'http://[::ffff:127.0.0.1]:9']) {
      const allowInsecureHttp = baseUrl === 'http://foo.localhost';
      expect(await createCoolifyClient({ baseUrl, token: '1|a', lookup, fetch, allowInsecureHttp }).version()).toBe('4.3.11');
    }
  });
});

// Adversarial audit m11: a world-readable --token-file was accepted without a word.
describe('--token-file readable by group or others is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ado-coolify-mode-'));
  const env = { COOLIFY_URL: 'https://c.example.com' };

  it.each([
    ['0644', 0o644, 'the group and others'],
    ['0640', 0o640, 'the group'],
    ['0604', 0o604, 'others'],
    ['0660', 0o660, 'the group'],
  ])('mode %s: COOLIFY_TOKEN_FILE_MODE naming who, with chmod 600 FILE as the fix', (_label, mode, who) => {
    const file = join(dir, `token-${mode.toString(8)}`);
    writeFileSync(file, '1|SECRETVALUE\n');
    chmodSync(file, mode);
    try {
      resolveConnection({ tokenFile: file, env });
      expect.unreachable();
    } catch (err) {
      const e = err as AdoError;
      expect(e.code).toBe('COOLIFY_TOKEN_FILE_MODE');
      expect(e.message).toContain(`0${mode.toString(8)}`);
      expect(e.message).toContain(who);
      expect(e.hint).toContain(`chmod 600 ${file}`);
      expect(e.message + e.hint).not.toContain('SECRETVALUE');
    }
  });

  it.each([
    ['0600', 0o600],
    ['0400', 0o400],
  ])('mode %s is accepted', (_label, mode) => {
    const file = join(dir, `ok-${mode.toString(8)}`);
    writeFileSync(file, '1|abc\n');
    chmodSync(file, mode);
    expect(resolveConnection({ tokenFile: file, env }).token).toBe('1|abc');
  });

  it('a directory as the token file is a clear error', () => {
    expect(codeOf(() => resolveConnection({ tokenFile: dir, env }))).toBe('COOLIFY_TOKEN_FILE');
  });
});
