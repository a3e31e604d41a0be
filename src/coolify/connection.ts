/**
 * Where the client connects and with which token: read from the environment (never from a
 * command-line flag, flags show in `ps`), and refused when the token would travel in clear
 * text to a non-loopback host.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { AdoError } from '../errors.js';

/** Inputs of resolveConnection. */
export interface ResolveConnectionInput {
  /** The URL from the manifest or a `--url` flag; falls back to `COOLIFY_URL`. */
  url?: string;
  /** A file holding the token (e.g. a mounted secret); falls back to `COOLIFY_TOKEN`. */
  tokenFile?: string;
  /** The process environment (injected so tests need not touch `process.env`). */
  env: Record<string, string | undefined>;
  /** Allow sending the token over http to a host that is not loopback. */
  allowInsecureHttp?: boolean;
}

/** A validated base URL (without `/api/v1`) and token. */
export interface Connection {
  baseUrl: string;
  token: string;
}

const TOKEN_HINT =
  'Create a token in Coolify under Keys & Tokens → API tokens (abilities read, write, deploy and read:sensitive, or root) ' +
  'and export it as COOLIFY_TOKEN, or pass --token-file <path>. The tool never takes the token as a flag.';

/** Resolves and validates the Coolify URL and token. Throws AdoError with a hint on any problem. */
export function resolveConnection(input: ResolveConnectionInput): Connection {
  const rawUrl = (input.url ?? input.env.COOLIFY_URL ?? '').trim();
  if (rawUrl === '') {
    throw new AdoError('COOLIFY_URL_MISSING', 'No Coolify URL is configured.', {
      hint: 'Set COOLIFY_URL (e.g. export COOLIFY_URL=https://coolify.example.com) or coolify.url in the manifest.',
    });
  }
  const baseUrl = normalizeBaseUrl(rawUrl);
  const token = readToken(input);
  assertSecureTransport(baseUrl, input.allowInsecureHttp ?? false);
  return { baseUrl, token };
}

/**
 * Normalises a base URL: must be http(s), no credentials, no query; trailing slashes and a
 * trailing `/api/v1` or `/api` are removed (the client appends `/api/v1`).
 */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AdoError('COOLIFY_URL_INVALID', 'The Coolify URL is not a valid URL.', {
      hint: 'COOLIFY_URL must look like https://coolify.example.com (scheme and host).',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AdoError('COOLIFY_URL_INVALID', `The Coolify URL must use https or http, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new AdoError('COOLIFY_URL_INVALID', 'The Coolify URL must not contain credentials.', {
      hint: 'Put the token in COOLIFY_TOKEN or a token file, never in the URL.',
    });
  }
  if (url.search !== '' || url.hash !== '') {
    throw new AdoError('COOLIFY_URL_INVALID', 'The Coolify URL must not contain a query or fragment.');
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api(\/v1)?$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** True for 127.0.0.0/8, ::1 (and v4-mapped loopback) and `localhost` / `*.localhost`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) {
    if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    return mapped?.[1] !== undefined && mapped[1].startsWith('127.');
  }
  return false;
}

/** Throws unless the token may be sent to this base URL (https, loopback http, or explicitly allowed). */
export function assertSecureTransport(baseUrl: string, allowInsecureHttp: boolean): void {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:' || allowInsecureHttp || isLoopbackHost(url.hostname)) return;
  throw new AdoError(
    'COOLIFY_INSECURE_HTTP',
    `Refusing to send the Coolify token over plain http to ${url.hostname}: anyone on the network path could read it.`,
    {
      hint:
        'Use an https:// COOLIFY_URL. If this host is on a trusted private network, pass --allow-insecure-http ' +
        '(plain http is always allowed to loopback hosts such as 127.0.0.1 and localhost).',
    },
  );
}

function readToken(input: ResolveConnectionInput): string {
  let token: string;
  if (input.tokenFile !== undefined) {
    try {
      token = readFileSync(input.tokenFile, 'utf8').trim();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new AdoError('COOLIFY_TOKEN_FILE', `Cannot read the token file ${input.tokenFile} (${code}).`, { hint: TOKEN_HINT });
    }
    if (token === '') throw new AdoError('COOLIFY_TOKEN_MISSING', `The token file ${input.tokenFile} is empty.`, { hint: TOKEN_HINT });
  } else {
    token = (input.env.COOLIFY_TOKEN ?? '').trim();
    if (token === '') throw new AdoError('COOLIFY_TOKEN_MISSING', 'No Coolify API token is configured.', { hint: TOKEN_HINT });
  }
  if (/\s/.test(token)) {
    throw new AdoError('COOLIFY_TOKEN_INVALID', 'The Coolify token contains whitespace; it must be a single `id|secret` value.', {
      hint: TOKEN_HINT,
    });
  }
  return token;
}
