import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoolifyClient } from '../../src/coolify/client.js';
import { isLoopbackHost, normalizeBaseUrl, resolveConnection } from '../../src/coolify/connection.js';
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
    writeFileSync(file, '7|from-file\n');
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
  });

  it('createCoolifyClient enforces the same rule', () => {
    expect(codeOf(() => createCoolifyClient({ baseUrl: 'http://coolify.example.com', token: '1|a' }))).toBe('COOLIFY_INSECURE_HTTP');
    expect(() => createCoolifyClient({ baseUrl: 'http://coolify.example.com', token: '1|a', allowInsecureHttp: true })).not.toThrow();
    expect(() => createCoolifyClient({ baseUrl: 'https://coolify.example.com', token: '1|a' })).not.toThrow();
  });
});
