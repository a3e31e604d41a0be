/**
 * The two targets a case runs against: the in-process sandbox (seeded like Coolify's
 * development seed) and the real Coolify. Where the real one comes from is decided in ONE place,
 * `realCoolifyEndpoint()`.
 */
import { inject } from 'vitest';
import type {} from '../real/global-setup.js';
import { startSandbox } from '../../src/sandbox/index.js';

/** Where requests go, with the two tokens cases may name. */
export interface Target {
  name: 'sandbox' | 'real';
  /** Base URL without `/api/v1`. */
  url: string;
  tokens: { root: string; read: string };
  close(): Promise<void>;
}

/** The real Coolify's URL and tokens. */
export interface RealCoolifyEndpoint {
  url: string;
  token: string;
  /** A token with `read` only (no `read:sensitive`); the real seed calls it `read`. */
  readToken?: string;
}

/**
 * The real Coolify of this run: what the real-suite globalSetup provided
 * (`inject('realCoolify')`, test/real/global-setup.ts), else `ADO_COOLIFY_REAL_URL` +
 * `ADO_COOLIFY_REAL_TOKEN` (+ optional `ADO_COOLIFY_REAL_READ_TOKEN`), else undefined.
 */
export function realCoolifyEndpoint(): RealCoolifyEndpoint | undefined {
  let provided: { url?: string | undefined; token?: string | undefined } | undefined;
  try {
    provided = inject('realCoolify');
  } catch {
    provided = undefined; // outside a vitest worker, or a project without the real-suite setup
  }
  if (provided?.url && provided.token) return { url: provided.url, token: provided.token, readToken: 'read' };
  const url = process.env.ADO_COOLIFY_REAL_URL;
  const token = process.env.ADO_COOLIFY_REAL_TOKEN;
  if (!url || !token) return undefined;
  return { url: url.replace(/\/+$/, '').replace(/\/api\/v1$/, ''), token, ...(process.env.ADO_COOLIFY_REAL_READ_TOKEN ? { readToken: process.env.ADO_COOLIFY_REAL_READ_TOKEN } : {}) };
}

/** A target for the real Coolify endpoint. */
export function realTarget(endpoint: RealCoolifyEndpoint): Target {
  return { name: 'real', url: endpoint.url, tokens: { root: endpoint.token, read: endpoint.readToken ?? 'read' }, close: async () => {} };
}

/**
 * Starts a sandbox seeded like a fresh Coolify, with the same token names (`root`, `read`).
 * Deployments stay queued for ten minutes: the real test kit runs none (its queued rows only
 * turn into a failed SSH attempt), so a case reads back a deployment as Coolify queued it.
 */
export async function sandboxTarget(coolifyVersion?: string): Promise<Target> {
  const sb = await startSandbox({
    port: 0,
    ...(coolifyVersion ? { coolifyVersion } : {}),
    seedProfile: 'coolify-dev',
    token: 'root',
    tokens: [{ token: 'read', abilities: ['read'] }],
    rateLimitPerMinute: 0,
    timings: { deploymentQueuedMs: 600_000, deploymentRunMs: 20, healthyAfterMs: 20, deleteAfterMs: 20, databaseStartMs: 20 },
  });
  return { name: 'sandbox', url: sb.url, tokens: { root: 'root', read: 'read' }, close: () => sb.close() };
}
