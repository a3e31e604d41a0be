import { createHash } from 'node:crypto';
import { createCoolifyClient, type CoolifyClient } from '../coolify/client.js';
import type { ClientEvent } from '../coolify/transport.js';
import { resolveConnection } from '../coolify/connection.js';
import { checkVersion, SUPPORTED_COOLIFY_RANGE_TEXT } from '../coolify/capabilities.js';
import { AdoError } from '../errors.js';

/** How to reach Coolify: URL and token sources, never the token itself as an option. */
export interface ConnectionOptions {
  /** URL from the manifest's `coolify.url` (COOLIFY_URL wins when both are set). */
  manifestUrl?: string;
  /** File holding the token (instead of COOLIFY_TOKEN). */
  tokenFile?: string;
  /** The directory a relative token file is read from; the process's by default. */
  cwd?: string;
  allowInsecureHttp?: boolean;
  /** Environment to read COOLIFY_URL / COOLIFY_TOKEN from. */
  env: Record<string, string | undefined>;
  rateLimitPerMinute?: number;
  timeoutMs?: number;
  maxConcurrency?: number;
  /** Retries of idempotent requests (default 4). */
  retries?: number;
  onClientEvent?: (event: ClientEvent) => void;
  /** Secret values the client scrubs from every message (the manifest's secrets). */
  secrets?: readonly string[];
}

/** A connected client plus what was learnt while connecting. */
export interface Connected {
  client: CoolifyClient;
  baseUrl: string;
  /**
   * Key for the keyed hashes of sensitive values in saved plans, derived from the token: the
   * same at plan and apply time, unknown to anyone who only has the plan file.
   */
  hashKey: Uint8Array;
}

/** Derives the plan-hash key from a token. */
export function hashKeyFromToken(token: string): Uint8Array {
  return createHash('sha256').update('ado-coolify:plan-hash:v1:').update(token).digest();
}

/** Resolves the connection settings and creates the client (no request is made yet). */
export function connect(options: ConnectionOptions): Connected {
  const env = { ...options.env };
  if (!env.COOLIFY_URL && options.manifestUrl) env.COOLIFY_URL = options.manifestUrl;
  const { baseUrl, token } = resolveConnection({
    env,
    tokenFile: options.tokenFile,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    allowInsecureHttp: options.allowInsecureHttp ?? false,
  });
  const client = createCoolifyClient({
    baseUrl,
    token,
    allowInsecureHttp: options.allowInsecureHttp,
    rateLimitPerMinute: options.rateLimitPerMinute,
    timeoutMs: options.timeoutMs,
    maxConcurrency: options.maxConcurrency,
    retries: options.retries,
    onEvent: options.onClientEvent,
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  return { client, baseUrl, hashKey: hashKeyFromToken(token) };
}

/** What assertSupportedVersion learnt: the release table to use and an optional warning. */
export interface SupportedVersion {
  /** The known release whose allow-lists and defaults apply (src/releases). */
  release: string;
  /** Set when Coolify is newer than the newest known release. */
  warning?: string;
}

/**
 * Fails with a clear error when the Coolify version is outside the supported range (older
 * than the oldest known release, or v5+); otherwise names the release table to use.
 */
export function assertSupportedVersion(version: string): SupportedVersion {
  const check = checkVersion(version);
  if (!check.supported || check.release === undefined) {
    throw new AdoError('ADO_COOLIFY_VERSION', check.message, {
      hint: `ado-coolify supports Coolify ${SUPPORTED_COOLIFY_RANGE_TEXT}; upgrade Coolify or use a matching ado-coolify release`,
    });
  }
  return { release: check.release, ...(check.warning ? { warning: check.warning } : {}) };
}
