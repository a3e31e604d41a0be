/**
 * Shared setup of the contract tests (`contract-*.sandbox.test.ts`): the real client against
 * the real sandbox, with a recording Proxy so each file can prove that every client method it
 * owns was called at least once.
 */
import { expect } from 'vitest';
import { isCoolifyApiError, type CoolifyApiError } from '../../src/coolify/api-error.js';
import { createCoolifyClient, type CoolifyClient } from '../../src/coolify/client.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

/** Coolify uuids: 24 characters of `[a-z0-9]` (API-NOTES §2). */
export const UUID = /^[a-z0-9]{24}$/;

/** Small simulated durations; the sandbox clock is driven by `advance`. */
export const TIMINGS = { deploymentQueuedMs: 50, deploymentRunMs: 50, healthyAfterMs: 50, deleteAfterMs: 50, databaseStartMs: 50 };

/** Which contract file owns (and must call) which top-level client members. */
export const CONTRACT_OWNERS: Record<string, string[]> = {
  platform: ['version', 'health', 'capabilities', 'projects', 'servers', 'destinations', 'githubApps', 'gitlabApps', 'privateKeys', 'notifications', 'cloudTokens', 'teamSharedEnvs', 's3Storages', 'resources', 'send', 'auditEvents', 'secretManagers'],
  applications: ['applications', 'deploy', 'deployments'],
  databases: ['databases', 'services'],
  previews: ['previews'],
};

/** Accounting only, not API calls. */
const NOT_API = new Set(['stats', 'resetStats', 'serverTime', 'inFlightLimit']);

/** Client methods that cannot be exercised against the sandbox (keep this list short and commented). */
export const NOT_EXERCISED: ReadonlySet<string> = new Set<string>([
  // (none)
]);

/** A started sandbox with a recording client and a manual clock. */
export interface ContractContext {
  sb: Sandbox;
  client: CoolifyClient;
  /** Dotted paths of the client methods called so far (`applications.envs.create`). */
  called: Set<string>;
  /** Moves the sandbox clock forward. */
  advance(ms: number): void;
  /** A client for another token (not recorded). */
  clientFor(token: string): CoolifyClient;
  /** `{project_uuid, environment_name, server_uuid}` on the seeded `main` server. */
  place(project: string, environment?: string): Record<string, string>;
  mainServer: string;
  close(): Promise<void>;
}

/** Starts one sandbox for a contract file (no rate limit, tiny timings, manual clock). */
export async function startContract(options: SandboxOptions = {}): Promise<ContractContext> {
  let t = Date.UTC(2026, 0, 1);
  const sb = await startSandbox({ port: 0, rateLimitPerMinute: 0, timings: TIMINGS, now: () => t, ...options });
  const clientFor = (token: string): CoolifyClient => createCoolifyClient({ baseUrl: sb.url, token, rateLimitPerMinute: 100_000, retries: 0 });
  const called = new Set<string>();
  const client = recordCalls(clientFor(sb.token), called);
  const mainServer = sb.store.world.servers.find((s) => s.name === 'main')!.uuid;
  return {
    sb,
    client,
    called,
    advance: (ms) => {
      t += ms;
    },
    clientFor,
    place: (project, environment = 'production') => ({ project_uuid: project, environment_name: environment, server_uuid: mainServer }),
    mainServer,
    close: () => sb.close(),
  };
}

/**
 * Wraps an object tree in a Proxy that records `path` of each function called. Objects returned
 * synchronously by a function (e.g. `projects.environmentSharedEnvs(uuid)`) are wrapped as
 * `path()`.
 */
export function recordCalls<T extends object>(target: T, called: Set<string>, prefix = ''): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string') return value;
      const path = prefix ? `${prefix}.${prop}` : prop;
      if (typeof value === 'function') {
        return (...args: unknown[]): unknown => {
          called.add(path);
          const out: unknown = (value as (...a: unknown[]) => unknown).apply(obj, args);
          if (out !== null && typeof out === 'object' && typeof (out as { then?: unknown }).then !== 'function') {
            return recordCalls(out, called, `${path}()`);
          }
          return out;
        };
      }
      if (value !== null && typeof value === 'object') return recordCalls(value, called, path);
      return value;
    },
  });
}

/**
 * Every API method path of a client (recursively), excluding stats/resetStats/serverTime. Factories such as
 * `projects.environmentSharedEnvs` count themselves and their result's methods (`…()`.list).
 */
export function clientMethodPaths(client: CoolifyClient): string[] {
  const out: string[] = [];
  const walk = (obj: object, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (!prefix && NOT_API.has(k)) continue;
      if (typeof v === 'function') {
        out.push(path);
        // A factory of sub-APIs: one argument, synchronous object result.
        if (v.length === 1 && /^[a-z]+SharedEnvs$/.test(k)) walk((v as (x: string) => object)('x'), `${path}()`);
      } else if (v !== null && typeof v === 'object') {
        walk(v as object, path);
      }
    }
  };
  walk(client, '');
  return out.sort();
}

/** Method paths under the given top-level members that were not called (minus NOT_EXERCISED). */
export function uncalled(client: CoolifyClient, called: Set<string>, owned: string[]): string[] {
  return clientMethodPaths(client).filter((p) => owned.includes(p.split(/[.(]/)[0]!) && !called.has(p) && !NOT_EXERCISED.has(p));
}

/** Awaits a rejection and checks it is a CoolifyApiError with the given fields. */
export async function expectApiError(
  promise: Promise<unknown>,
  want: { status: number; code?: string; coolifyMessage?: string | RegExp; field?: string; hint?: RegExp },
): Promise<CoolifyApiError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(isCoolifyApiError(caught), `expected a CoolifyApiError, got ${String(caught)}`).toBe(true);
  const err = caught as CoolifyApiError;
  expect(err.status, err.message).toBe(want.status);
  if (want.code) expect(err.code).toBe(want.code);
  if (typeof want.coolifyMessage === 'string') expect(err.coolifyMessage).toBe(want.coolifyMessage);
  else if (want.coolifyMessage) expect(err.coolifyMessage).toMatch(want.coolifyMessage);
  if (want.field) expect(Object.keys(err.fieldErrors), err.message).toContain(want.field);
  if (want.hint) expect(err.hint).toMatch(want.hint);
  return err;
}

/** base64 of a UTF-8 string. */
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
