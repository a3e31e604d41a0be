/**
 * Where the client connects and with which token: read from the environment (never from a
 * command-line flag, flags show in `ps`), and refused when the token would travel in clear
 * text to a non-loopback host. Plain http is allowed to loopback IP literals, and to
 * `localhost` / `*.localhost` only once every address they resolve to is loopback
 * (`assertLoopbackResolution`, run by the client before its first request).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { AdoError } from '../errors.js';

/** Inputs of resolveConnection. */
export interface ResolveConnectionInput {
  /** The URL from the manifest or a `--url` flag; falls back to `COOLIFY_URL`. */
  url?: string;
  /** A file holding the token (e.g. a mounted secret); falls back to `COOLIFY_TOKEN`. */
  tokenFile?: string;
  /** The directory a relative `tokenFile` is read from; the process's by default (messages quote the path as given). */
  cwd?: string;
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

/** True for a loopback IP literal: 127.0.0.0/8, ::1, and v4-mapped loopback (`::ffff:127.0.0.1`, `::ffff:7f00:1`). */
export function isLoopbackAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) !== 6) return false;
  const groups = ipv6Groups(host);
  if (!groups) return false;
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return true;
  // v4-mapped (the WHATWG URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1)
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff && groups[6]! >> 8 === 127;
}

/** The eight 16-bit groups of an IPv6 literal (a trailing dotted IPv4 counts as two). */
function ipv6Groups(host: string): number[] | undefined {
  let text = host.replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/** `localhost` and `*.localhost` (RFC 6761): names that may be loopback, to be checked by resolving them. */
export function isLocalhostName(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost');
}

/**
 * True for a loopback IP literal. A name is never loopback by itself: `localhost` names are
 * accepted only after `assertLoopbackResolution`.
 */
export function isLoopbackHost(hostname: string): boolean {
  return isLoopbackAddress(hostname);
}

const INSECURE_HINT =
  'Use an https:// COOLIFY_URL. If this host is on a trusted private network, pass --allow-insecure-http ' +
  '(plain http is always allowed to loopback addresses such as 127.0.0.1 and [::1], and to localhost names that resolve only to them).';

/** Throws unless the token may be sent to this base URL (https, loopback http, or explicitly allowed). */
export function assertSecureTransport(baseUrl: string, allowInsecureHttp: boolean): void {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:' || allowInsecureHttp || isLoopbackHost(url.hostname) || isLocalhostName(url.hostname)) return;
  throw new AdoError(
    'COOLIFY_INSECURE_HTTP',
    `Refusing to send the Coolify token over plain http to ${url.hostname}: anyone on the network path could read it.`,
    { hint: INSECURE_HINT },
  );
}

/** True when the base URL is plain http to a localhost name whose addresses must be checked first. */
export function needsLoopbackResolution(baseUrl: string, allowInsecureHttp: boolean): boolean {
  const url = new URL(baseUrl);
  return url.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(url.hostname) && isLocalhostName(url.hostname);
}

/** Resolves a name to all its addresses (injectable for tests). */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string }>>;

const lookupAll: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves `hostname` and throws COOLIFY_INSECURE_HTTP unless every address is loopback, so a
 * resolver or search domain that answers for `foo.localhost` never gets the token in clear.
 */
export async function assertLoopbackResolution(hostname: string, lookup: LookupAll = lookupAll): Promise<void> {
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(hostname);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'lookup failed';
    throw new AdoError('COOLIFY_INSECURE_HTTP', `Refusing plain http to ${hostname}: it does not resolve (${code}), so it cannot be checked to be loopback.`, {
      hint: INSECURE_HINT,
    });
  }
  const outside = addresses.map((a) => a.address).filter((a) => !isLoopbackAddress(a));
  if (addresses.length === 0 || outside.length > 0) {
    throw new AdoError(
      'COOLIFY_INSECURE_HTTP',
      `Refusing to send the Coolify token over plain http to ${hostname}: it resolves to ${outside.join(', ') || 'no address'}, which is not loopback.`,
      { hint: INSECURE_HINT },
    );
  }
}

function readToken(input: ResolveConnectionInput): string {
  let token: string;
  if (input.tokenFile !== undefined) {
    token = readTokenFile(input.tokenFile, input.cwd).trim();
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

/**
 * Reads a token file, refusing one that group or others may read or write (`chmod 600 FILE`
 * fixes it) and anything that is not a regular file. The checks run on the open handle, so the
 * file cannot be swapped between check and read. Modes are not checked on Windows.
 */
function readTokenFile(path: string, cwd: string | undefined): string {
  let fd: number;
  try {
    fd = openSync(cwd === undefined ? path : resolvePath(cwd, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new AdoError('COOLIFY_TOKEN_FILE', `Cannot read the token file ${path} (${code}).`, { hint: TOKEN_HINT });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new AdoError('COOLIFY_TOKEN_FILE', `The token file ${path} is not a regular file.`, { hint: TOKEN_HINT });
    const loose = st.mode & 0o077;
    if (process.platform !== 'win32' && loose !== 0) {
      const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
      throw new AdoError(
        'COOLIFY_TOKEN_FILE_MODE',
        `Refusing the token file ${path}: its mode ${mode} lets ${loose & 0o070 ? 'the group' : ''}${loose & 0o070 && loose & 0o007 ? ' and ' : ''}${loose & 0o007 ? 'others' : ''} read or change the token.`,
        {
          hint: `Run: chmod 600 ${path}  (a mounted Kubernetes secret: set defaultMode: 0400 on the volume).`,
        },
      );
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
