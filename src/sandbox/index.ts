/**
 * The embedded Coolify: a local HTTP server that behaves like the Coolify v4 API (see
 * `/api/v1`, API-NOTES.md) for end-to-end tests, benchmarks and offline GitOps checks.
 *
 *   const sb = await startSandbox({ timings: { deploymentQueuedMs: 0 } });
 *   await fetch(`${sb.url}/api/v1/projects`, { headers: { Authorization: `Bearer ${sb.token}` } });
 *   await sb.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenRegistry, generateToken } from './auth.js';
import { FaultController } from './faults.js';
import { DEFAULT_TIMINGS, type Sandbox, type SandboxOptions, type SandboxRuntime, type RequestLogEntry } from './options.js';
import { RateLimiter } from './rate-limit.js';
import { SeededRng } from './rng.js';
import { buildRouter } from './routes/index.js';
import { createRequestListener } from './server.js';
import { SandboxStore } from './store.js';
import { defaultResolveHost } from './s3-endpoint.js';
import { SANDBOX_COOLIFY_VERSION } from './routes/infrastructure.js';
import { resolveRelease } from '../releases/table.js';
import { recordAuditEvent } from './audit-events.js';

export type { Ability, RequestLogEntry, Sandbox, SandboxOptions, SandboxTimings, SandboxToken } from './options.js';
export { DEFAULT_TIMINGS } from './options.js';
export { FaultController, FaultSpecError, parseFaultSpec, type FaultSpec, type FaultCounters } from './faults.js';
export { SandboxStore } from './store.js';
export { SANDBOX_COOLIFY_VERSION } from './routes/infrastructure.js';

/** How long an idle connection is kept open (announced as `Keep-Alive: timeout=75`). */
const KEEP_ALIVE_MS = 75_000;

/** Starts a sandbox on 127.0.0.1 (`options.port`, default a free port). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const version = options.coolifyVersion ?? SANDBOX_COOLIFY_VERSION;
  const resolved = resolveRelease(version);
  if (!resolved.ok) throw new Error(`cannot emulate Coolify ${version}: ${resolved.message}`);
  const seed = options.seed ?? 1;
  const store = new SandboxStore({
    seed,
    ...(options.stateFile ? { stateFile: options.stateFile } : {}),
    ...(options.seedProfile ? { seedProfile: options.seedProfile } : {}),
  });
  if (options.apiEnabled !== undefined) store.world.apiEnabled = options.apiEnabled;
  store.save();
  let clock: () => number = options.now ?? Date.now;
  const rt: SandboxRuntime = {
    store,
    faults: new FaultController(options.faults, seed),
    timings: { ...DEFAULT_TIMINGS, ...options.timings },
    now: () => clock(),
    resolveHost: options.resolveHost ?? defaultResolveHost,
    repositoryComposes: options.repositoryComposes ?? {},
    baseUrl: 'http://127.0.0.1',
    version,
    release: resolved.release,
  };
  const token = options.token ?? generateToken();
  const log: RequestLogEntry[] = [];
  const latencyRng = new SeededRng(seed ^ 0x1a7e);
  const server = createServer(
    createRequestListener({
      rt,
      router: buildRouter(),
      tokens: new TokenRegistry(token, options.tokens),
      limiter: new RateLimiter(options.rateLimitPerMinute ?? 200),
      latency: { ms: options.latency?.ms ?? 0, jitterMs: options.latency?.jitterMs ?? 0 },
      random: () => latencyRng.next(),
      log,
    }),
  );
  // Connections stay open between requests as they do in front of Coolify (nginx's default
  // keepalive_timeout is 75 s). A short hint such as 1 s is below undici's 2 s safety margin
  // (keepAliveTimeoutThreshold), so Node's fetch would open a new connection for every request.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  rt.baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    port,
    requestLog: log,
    faults: rt.faults,
    store,
    setClock(fn: () => number): void {
      clock = fn;
    },
    recordAuditEvent(e): boolean {
      const recorded = recordAuditEvent(rt, { ...e, action: e.action ?? `${e.resourceType}.updated` });
      if (recorded) store.save();
      return recorded !== undefined;
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
