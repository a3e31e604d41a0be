import type { FaultController, FaultSpec } from './faults.js';
import type { SandboxStore } from './store.js';

/** Token abilities, as in Coolify (Sanctum). */
export type Ability = 'root' | 'read' | 'write' | 'deploy' | 'read:sensitive' | 'write:sensitive';

/** A token the sandbox accepts. */
export interface SandboxToken {
  token: string;
  abilities: Ability[];
}

/** How long the simulated background work takes, in ms. */
export interface SandboxTimings {
  /** A deployment stays `queued` this long. */
  deploymentQueuedMs: number;
  /** Then `in_progress` this long, then `finished` (or `failed`). */
  deploymentRunMs: number;
  /** An app/service is `running:starting` this long after it came up, then `running:healthy`. */
  healthyAfterMs: number;
  /** A deleted resource stays visible this long (Coolify deletes in a queued job). */
  deleteAfterMs: number;
  /** A started database is `running:starting` this long. */
  databaseStartMs: number;
  /** A server validation job (POST /servers/{uuid}/validate) runs this long. */
  serverValidateMs: number;
}

/** Default timings: small, so end-to-end runs are quick but still see every state. */
export const DEFAULT_TIMINGS: SandboxTimings = {
  deploymentQueuedMs: 200,
  deploymentRunMs: 600,
  healthyAfterMs: 400,
  deleteAfterMs: 300,
  databaseStartMs: 300,
  serverValidateMs: 250,
};

/** Options of `startSandbox`. */
export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Load the world from this file at start; write it after every mutation. */
  stateFile?: string;
  /** The root token; default `1|<40 random chars>`. */
  token?: string;
  /** More tokens with their abilities. */
  tokens?: SandboxToken[];
  /** Latency added to every answer. */
  latency?: { ms: number; jitterMs?: number };
  /** Fault rules (spec string or object; see faults.ts). */
  faults?: FaultSpec | string;
  /**
   * Which records an empty world starts with: `sandbox` (default: servers `main` and `edge`) or
   * `coolify-dev` (like a fresh Coolify's development seed: server `localhost`, keys `ssh` and
   * `github-key`, GitHub apps `github-public` and `github-app`, S3 storage `minio`).
   */
  seedProfile?: 'sandbox' | 'coolify-dev';
  /** Seed of the RNG for uuids, passwords and fault decisions (default 1). */
  seed?: number;
  /** Requests per minute per user; default 200; 0 disables the limit. */
  rateLimitPerMinute?: number;
  /** Simulated durations (partial: the rest keep their defaults). */
  timings?: Partial<SandboxTimings>;
  /** false: every call answers 403 `API is disabled.` (default true). */
  apiEnabled?: boolean;
  /** Injectable clock (epoch ms). */
  now?: () => number;
  /**
   * Resolves S3 endpoint host names for Coolify's endpoint rule; default
   * `defaultResolveHost` (s3-endpoint.ts), which never touches the network.
   */
  resolveHost?: (host: string) => string[];
  /**
   * The compose file of a git repository (`owner/name` or the URL as sent), which a
   * dockercompose application's deploy reads when Coolify has not read it yet (the sandbox has
   * no repositories). Default: none, so such an app keeps no compose.
   */
  repositoryComposes?: Readonly<Record<string, string>>;
  /**
   * The Coolify release to emulate (default 4.3.11): `/version` answers it, and the routes,
   * body allow-lists and model defaults follow the table of the nearest known release at or
   * below it (src/releases: 4.3.11, 4.3.23, 4.4.2).
   */
  coolifyVersion?: string;
}

/** One answered request. */
export interface RequestLogEntry {
  method: string;
  /** Path without the query string, e.g. `/api/v1/projects`. */
  path: string;
  query: string;
  status: number;
  ms: number;
  /** ISO time the request arrived. */
  at: string;
  /** The parsed JSON body, when the request had one (test data: it may hold secrets). */
  body?: unknown;
}

/** A running sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:PORT` (the API is under `/api/v1`). */
  url: string;
  /** The root token. */
  token: string;
  port: number;
  close(): Promise<void>;
  requestLog: RequestLogEntry[];
  faults: FaultController;
  store: SandboxStore;
  /** Replaces the clock (tests). */
  setClock(fn: () => number): void;
  /**
   * Records an out-of-band change as Coolify 4.4+ logs it (tests: a change "made in the UI"
   * alongside a direct edit of `store.world`). False, nothing recorded, on releases without
   * audit events.
   */
  recordAuditEvent(e: { resourceUuid: string; resourceType: string; userName: string; source: 'ui' | 'api' | 'mcp' | 'webhook'; action?: string; ip?: string; properties?: Record<string, unknown> }): boolean;
}

/** What route handlers share: state, faults, timings, clock. */
export interface SandboxRuntime {
  store: SandboxStore;
  faults: FaultController;
  timings: SandboxTimings;
  now: () => number;
  /** Host resolution for the S3 endpoint rule. */
  resolveHost: (host: string) => string[];
  /** SandboxOptions.repositoryComposes. */
  repositoryComposes: Readonly<Record<string, string>>;
  /** `http://127.0.0.1:PORT` once listening (Coolify's own URL in some messages). */
  baseUrl: string;
  /** What `/version` answers. */
  version: string;
  /** The release table in use (see resolveRelease). */
  release: string;
}
