/**
 * CoolifyClient: typed access to the Coolify v4 REST API (`/api/v1`) with bounded concurrency,
 * client-side rate limiting, safe retries, timeouts, redacted errors and request accounting.
 * See docs/coolify-api.md for the endpoint ↔ method ↔ ability table.
 */
import { createPreviewsApi, type PreviewsApi } from './previews-api.js';
import { fetchExchange, nodeExchange } from './exchange.js';
import type { WireEndpoint } from '../kinds/payload.js';
import { TOOL_VERSION } from '../version.js';
import { isCoolifyApiError } from './api-error.js';
import { checkVersion, inferCanReadSensitive, type Capabilities } from './capabilities.js';
import { assertLoopbackResolution, assertSecureTransport, needsLoopbackResolution, normalizeBaseUrl, type LookupAll } from './connection.js';
import type { RequestStats } from './request-stats.js';
import {
  createApplicationsApi,
  createDatabasesApi,
  createServicesApi,
  type ApplicationsApi,
  type DatabasesApi,
  type ServicesApi,
} from './resource-apis.js';
import { createSharedEnvApi, type SharedEnvApi } from './sub-resource-apis.js';
import { gitAppApi, type GitAppApi } from './git-app-api.js';
import { DEFAULT_MAX_RESPONSE_BYTES, Transport, type ClientEvent } from './transport.js';
import type {
  CoolifyRecord,
  DeploymentPage,
  DeploymentRecord,
  DeployResult,
  DestinationRecord,
  EnvironmentDetailsRecord,
  EnvironmentRecord,
  JsonBody,
  MessageResponse,
  ProjectRecord,
  ResourceSummaryRecord,
  PrivateKeyRecord,
  CloudTokenRecord,
  CloudTokenValidation,
  S3StorageRecord,
  S3ValidationResult,
  ServerDomainsRecord,
  ServerRecord,
  UuidResponse,
} from './types.js';

/** The notification channels Coolify serves (routes/api.php:75-86). */
export const NOTIFICATION_CHANNEL_NAMES = ['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook'] as const;

/** One notification channel's route segment. */
export type NotificationChannelName = (typeof NOTIFICATION_CHANNEL_NAMES)[number];

export type { ClientEvent } from './transport.js';

/** Options of createCoolifyClient. */
export interface CoolifyClientOptions {
  /** e.g. `http://127.0.0.1:8000`; the client appends `/api/v1`. */
  baseUrl: string;
  token: string;
  /** Secret values to scrub from every error message, in any echo form (the manifest's secrets). */
  secrets?: readonly string[];
  /**
   * Deadline of one logical request in ms, every attempt (headers and body) and the backoff
   * between them counted together; rate-limit waits are not. Default 30000 (`--request-timeout`).
   */
  timeoutMs?: number;
  /** Largest answer body read, default 32 MiB; more fails with COOLIFY_RESPONSE_TOO_LARGE. */
  maxResponseBytes?: number;
  /**
   * Requests in flight at once. Default: what the rate limit and the observed latency allow
   * (at least 8, at most 64; src/coolify/in-flight-budget.ts).
   */
  maxConcurrency?: number;
  /** Client-side limit, default 200 (Coolify's default API_RATE_LIMIT). */
  rateLimitPerMinute?: number;
  /** Retries of idempotent requests, default 4. */
  retries?: number;
  /** Longest Retry-After to wait for before failing, default 120000 ms. */
  maxRetryAfterMs?: number;
  /** Allow sending the token over http to a non-loopback host. */
  allowInsecureHttp?: boolean;
  /** Name resolution for the http `localhost` check (tests); default DNS lookup of all addresses. */
  lookup?: LookupAll;
  /** Default `ado-coolify/<version>`. */
  userAgent?: string;
  fetch?: typeof fetch;
  /** Injectable for tests (rate limiter and backoff waits). */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable clock for tests (rate limiter, Retry-After dates, durations). */
  now?: () => number;
  /** Injectable jitter source for tests, default Math.random. */
  random?: () => number;
  /** request/retry/rate-limit events for --verbose; they never contain secrets. */
  onEvent?: (e: ClientEvent) => void;
}

/** `/projects` endpoints, including environments and shared variables. */
export interface ProjectsApi {
  list(): Promise<ProjectRecord[]>;
  get(uuid: string): Promise<ProjectRecord>;
  create(body: { name: string; description?: string }): Promise<UuidResponse>;
  update(uuid: string, body: { name?: string; description?: string | null }): Promise<ProjectRecord>;
  delete(uuid: string): Promise<MessageResponse>;
  environments(uuid: string): Promise<EnvironmentRecord[]>;
  createEnvironment(uuid: string, body: { name: string }): Promise<UuidResponse>;
  getEnvironment(uuid: string, nameOrUuid: string): Promise<EnvironmentDetailsRecord>;
  updateEnvironment(uuid: string, nameOrUuid: string, body: { name?: string; description?: string | null }): Promise<EnvironmentRecord>;
  deleteEnvironment(uuid: string, nameOrUuid: string): Promise<MessageResponse>;
  /** `/projects/{uuid}/envs`: the scope argument is the project uuid. */
  sharedEnvs: SharedEnvApi;
  /** `/projects/{uuid}/environments/{env}/envs`: the scope argument is the environment name or uuid. */
  environmentSharedEnvs: (projectUuid: string) => SharedEnvApi;
}

/** The Coolify API client. */
export interface CoolifyClient {
  /** `GET /version` (plain text, e.g. `4.3.11`). */
  version(): Promise<string>;
  /** `GET /health`, unauthenticated; false on any failure. */
  health(): Promise<boolean>;
  /** Version support and (when it can be told) whether the token reads sensitive fields. */
  capabilities(opts?: { records?: Array<Record<string, unknown>> }): Promise<Capabilities>;
  projects: ProjectsApi;
  servers: {
    list(): Promise<ServerRecord[]>;
    get(uuid: string): Promise<ServerRecord>;
    destinations(uuid: string): Promise<DestinationRecord[]>;
    resources(uuid: string): Promise<ResourceSummaryRecord[]>;
    domains(uuid: string): Promise<ServerDomainsRecord[]>;
    /** `/servers/{uuid}/envs`: the scope argument is the server uuid. */
    sharedEnvs: SharedEnvApi;
    /** POST /servers and PATCH /servers/{uuid} answer `{uuid}` (ServersController.php:586-588, :777-779). */
    create(body: JsonBody): Promise<UuidResponse>;
    update(uuid: string, body: JsonBody): Promise<UuidResponse>;
    delete(uuid: string): Promise<MessageResponse>;
    /** Queues Coolify's validation job (ServersController.php:952-1001): 201 "Validation started.". */
    validate(uuid: string): Promise<MessageResponse>;
    /** The Docker cleanup settings (ServerDockerCleanupController.php:73-200); PATCH answers them. */
    dockerCleanup: { get(uuid: string): Promise<CoolifyRecord>; update(uuid: string, body: JsonBody): Promise<CoolifyRecord> };
    /** The log drains (ServerLogDrainsController.php:92-247): the keys only with read:sensitive. The body holds secrets. */
    logDrains: { get(uuid: string): Promise<CoolifyRecord>; update(uuid: string, body: JsonBody): Promise<CoolifyRecord> };
    /** Sentinel (ServerSentinelController.php:90-225): the token and custom URL only with read:sensitive. */
    sentinel: { get(uuid: string): Promise<CoolifyRecord>; update(uuid: string, body: JsonBody): Promise<CoolifyRecord> };
  };
  /**
   * `/destinations` (routes/api.php:178-183); `create` is `POST /servers/{uuid}/destinations`
   * (201 with the destination, DestinationsController.php:265), `update` takes only `name` (:319).
   */
  destinations: {
    list(): Promise<DestinationRecord[]>;
    get(uuid: string): Promise<DestinationRecord>;
    create(serverUuid: string, body: JsonBody): Promise<DestinationRecord>;
    update(uuid: string, body: JsonBody): Promise<DestinationRecord>;
    delete(uuid: string): Promise<MessageResponse>;
  };
  /** `/github-apps` (routes/api.php:282-285): one app by its integer id; create answers the app (GithubController.php:294). */
  githubApps: GitAppApi;
  /** `/gitlab-apps` (routes/api.php:289-292): one app by its integer id. */
  gitlabApps: GitAppApi;
  /** `/security/keys` (routes/api.php:117-122); create and update answer `{uuid}` (SecurityController.php:299-301, 357-359). */
  privateKeys: {
    list(): Promise<PrivateKeyRecord[]>;
    get(uuid: string): Promise<PrivateKeyRecord>;
    create(body: JsonBody): Promise<UuidResponse>;
    update(uuid: string, body: JsonBody): Promise<UuidResponse>;
    delete(uuid: string): Promise<MessageResponse>;
  };
  /**
   * `/notifications/{channel}` (routes/api.php:75-86): one settings record per team and channel,
   * only GET and PATCH; both answer the record (NotificationsController.php:233, :283).
   */
  notifications: { readonly [C in NotificationChannelName]: { get(): Promise<CoolifyRecord>; update(body: JsonBody): Promise<CoolifyRecord> } };
  /**
   * `/cloud-tokens` (routes/api.php:124-129); create answers `{uuid}` with 201, update `{uuid}`
   * (CloudProviderTokensController.php:307-309, :419-421); `validate` asks the provider again.
   */
  cloudTokens: {
    list(): Promise<CloudTokenRecord[]>;
    get(uuid: string): Promise<CloudTokenRecord>;
    create(body: JsonBody): Promise<UuidResponse>;
    update(uuid: string, body: JsonBody): Promise<UuidResponse>;
    delete(uuid: string): Promise<MessageResponse>;
    validate(uuid: string): Promise<CloudTokenValidation>;
  };
  /**
   * Coolify 4.4's secret managers (404 before): `POST /security/integration-tokens` answers
   * `{uuid}` with 201 (IntegrationTokensController::store); `PATCH /applications/{uuid}/secret-manager`
   * answers the link `{integration_token_uuid, provider, settings}` (ApplicationSecretManagerController::update).
   * Neither can be read back: there is no GET of either.
   */
  secretManagers: {
    createToken(body: JsonBody): Promise<UuidResponse>;
    link(applicationUuid: string, body: JsonBody): Promise<CoolifyRecord>;
  };
  /** `/team/envs`: the scope argument is ignored (pass ''). */
  teamSharedEnvs: SharedEnvApi;
  applications: ApplicationsApi;
  /** `/applications/{uuid}/previews` (Coolify 4.4+; 404 before). */
  previews: PreviewsApi;
  databases: DatabasesApi;
  services: ServicesApi;
  s3Storages: {
    list(): Promise<S3StorageRecord[]>;
    get(uuid: string): Promise<S3StorageRecord>;
    create(body: JsonBody): Promise<UuidResponse>;
    update(uuid: string, body: JsonBody): Promise<S3StorageRecord>;
    delete(uuid: string): Promise<MessageResponse>;
    validate(uuid: string): Promise<S3ValidationResult>;
  };
  /** `POST /deploy`: by uuids or tags; a queue-full 429 is never retried. */
  deploy(params: { uuids?: string[]; tags?: string[]; force?: boolean; pullRequestId?: number; dockerTag?: string }): Promise<DeployResult>;
  deployments: {
    /** Queued and in-progress deployments only. */
    list(): Promise<DeploymentRecord[]>;
    get(uuid: string): Promise<DeploymentRecord>;
    forApplication(appUuid: string, opts?: { skip?: number; take?: number }): Promise<DeploymentPage>;
    cancel(uuid: string): Promise<MessageResponse>;
  };
  /** `GET /resources`: every application, service and database of the team. */
  resources(): Promise<ResourceSummaryRecord[]>;
  /** `GET /audit-events` (Coolify 4.4+): one page, as Coolify answers it (read with src/coolify/audit-events.ts). */
  auditEvents(query: { page: number; per_page: number; source?: string }): Promise<unknown>;
  /**
   * Sends a typed endpoint (as built by the payload builders: method, route template, params)
   * with an optional JSON body. Stats group it by its template.
   */
  send<T = unknown>(endpoint: WireEndpoint, body?: Record<string, unknown>): Promise<T>;
  /** Coolify's current time (epoch ms) from the `Date` header of its answers; undefined before one. */
  serverTime(): number | undefined;
  /** Request accounting since creation or resetStats(). */
  stats(): RequestStats;
  /** How many requests may be in flight now (fixed by `maxConcurrency`, else following the rate limit and latency). */
  inFlightLimit(): number;
  resetStats(): void;
}

/** Creates a client. Throws AdoError when the base URL is invalid or would carry the token over insecure http. */
export function createCoolifyClient(options: CoolifyClientOptions): CoolifyClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  assertSecureTransport(baseUrl, options.allowInsecureHttp ?? false);
  const t = new Transport({
    baseUrl,
    token: options.token,
    ...(options.secrets ? { secrets: options.secrets } : {}),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxConcurrency: options.maxConcurrency ?? 'auto',
    rateLimitPerMinute: options.rateLimitPerMinute ?? 200,
    retries: options.retries ?? 4,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
    userAgent: options.userAgent ?? `ado-coolify/${TOOL_VERSION}`,
    // node:http keep-alive by default (a fraction of fetch's per-request CPU); an injected fetch as given
    exchange: options.fetch ? fetchExchange(options.fetch) : nodeExchange(),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    onEvent: options.onEvent,
    // http to a localhost name: only once it is known to resolve to loopback addresses only
    ...(needsLoopbackResolution(baseUrl, options.allowInsecureHttp ?? false)
      ? { preflight: () => assertLoopbackResolution(new URL(baseUrl).hostname, options.lookup) }
      : {}),
  });

  const version = (): Promise<string> => t.request<string>({ method: 'GET', template: '/version', expect: 'text' });
  const project = '/projects/{uuid}';
  const environment = `${project}/environments/{environment}`;
  const client: CoolifyClient = {
    version,
    health: async () => {
      try {
        return (await t.request<string>({ method: 'GET', template: '/health', expect: 'text', auth: false })) === 'OK';
      } catch (err) {
        if (isCoolifyApiError(err)) return false;
        throw err;
      }
    },
    capabilities: async (opts = {}) => {
      const v = await version();
      const check = checkVersion(v);
      const canReadSensitive = opts.records ? inferCanReadSensitive(opts.records) : await probeSensitive(client);
      return { version: v, ...check, ...(canReadSensitive === undefined ? {} : { canReadSensitive }) };
    },
    projects: {
      list: () => t.request({ method: 'GET', template: '/projects' }),
      get: (uuid) => t.request({ method: 'GET', template: project, params: { uuid } }),
      create: (body) => t.request({ method: 'POST', template: '/projects', body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: project, params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: project, params: { uuid } }),
      environments: (uuid) => t.request({ method: 'GET', template: `${project}/environments`, params: { uuid } }),
      createEnvironment: (uuid, body) => t.request({ method: 'POST', template: `${project}/environments`, params: { uuid }, body }),
      getEnvironment: (uuid, nameOrUuid) => t.request({ method: 'GET', template: `${project}/{environment}`, params: { uuid, environment: nameOrUuid } }),
      updateEnvironment: (uuid, nameOrUuid, body) =>
        t.request({ method: 'PATCH', template: environment, params: { uuid, environment: nameOrUuid }, body }),
      deleteEnvironment: (uuid, nameOrUuid) => t.request({ method: 'DELETE', template: environment, params: { uuid, environment: nameOrUuid } }),
      sharedEnvs: createSharedEnvApi(t, '/projects/{scope}/envs'),
      environmentSharedEnvs: (projectUuid) => createSharedEnvApi(t, '/projects/{uuid}/environments/{scope}/envs', { uuid: projectUuid }),
    },
    servers: {
      list: () => t.request({ method: 'GET', template: '/servers' }),
      get: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}', params: { uuid } }),
      destinations: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/destinations', params: { uuid } }),
      resources: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/resources', params: { uuid } }),
      domains: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/domains', params: { uuid } }),
      sharedEnvs: createSharedEnvApi(t, '/servers/{scope}/envs'),
      create: (body) => t.request({ method: 'POST', template: '/servers', body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: '/servers/{uuid}', params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: '/servers/{uuid}', params: { uuid } }),
      validate: (uuid) => t.request({ method: 'POST', template: '/servers/{uuid}/validate', params: { uuid }, body: {} }),
      dockerCleanup: {
        get: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/docker-cleanup', params: { uuid } }),
        update: (uuid, body) => t.request({ method: 'PATCH', template: '/servers/{uuid}/docker-cleanup', params: { uuid }, body }),
      },
      logDrains: {
        get: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/log-drains', params: { uuid } }),
        update: (uuid, body) => t.request({ method: 'PATCH', template: '/servers/{uuid}/log-drains', params: { uuid }, body }),
      },
      sentinel: {
        get: (uuid) => t.request({ method: 'GET', template: '/servers/{uuid}/sentinel', params: { uuid } }),
        update: (uuid, body) => t.request({ method: 'PATCH', template: '/servers/{uuid}/sentinel', params: { uuid }, body }),
      },
    },
    destinations: {
      list: () => t.request({ method: 'GET', template: '/destinations' }),
      get: (uuid) => t.request({ method: 'GET', template: '/destinations/{uuid}', params: { uuid } }),
      create: (serverUuid, body) => t.request({ method: 'POST', template: '/servers/{uuid}/destinations', params: { uuid: serverUuid }, body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: '/destinations/{uuid}', params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: '/destinations/{uuid}', params: { uuid } }),
    },
    githubApps: gitAppApi(t, '/github-apps', 'github_app_id'),
    gitlabApps: gitAppApi(t, '/gitlab-apps', 'gitlab_app_id'),
    privateKeys: {
      list: () => t.request({ method: 'GET', template: '/security/keys' }),
      get: (uuid) => t.request({ method: 'GET', template: '/security/keys/{uuid}', params: { uuid } }),
      create: (body) => t.request({ method: 'POST', template: '/security/keys', body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: '/security/keys/{uuid}', params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: '/security/keys/{uuid}', params: { uuid } }),
    },
    notifications: Object.fromEntries(
      NOTIFICATION_CHANNEL_NAMES.map((c) => [c, {
        get: () => t.request({ method: 'GET', template: `/notifications/${c}` }),
        update: (body: JsonBody) => t.request({ method: 'PATCH', template: `/notifications/${c}`, body }),
      }]),
    ) as CoolifyClient['notifications'],
    cloudTokens: {
      list: () => t.request({ method: 'GET', template: '/cloud-tokens' }),
      get: (uuid) => t.request({ method: 'GET', template: '/cloud-tokens/{uuid}', params: { uuid } }),
      create: (body) => t.request({ method: 'POST', template: '/cloud-tokens', body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: '/cloud-tokens/{uuid}', params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: '/cloud-tokens/{uuid}', params: { uuid } }),
      validate: (uuid) => t.request({ method: 'POST', template: '/cloud-tokens/{uuid}/validate', params: { uuid } }),
    },
    secretManagers: {
      createToken: (body) => t.request({ method: 'POST', template: '/security/integration-tokens', body }),
      link: (uuid, body) => t.request({ method: 'PATCH', template: '/applications/{uuid}/secret-manager', params: { uuid }, body }),
    },
    teamSharedEnvs: teamSharedEnvApi(t),
    applications: createApplicationsApi(t),
    previews: createPreviewsApi(t),
    databases: createDatabasesApi(t),
    services: createServicesApi(t),
    s3Storages: {
      list: () => t.request({ method: 'GET', template: '/s3-storages' }),
      get: (uuid) => t.request({ method: 'GET', template: '/s3-storages/{uuid}', params: { uuid } }),
      create: (body) => t.request({ method: 'POST', template: '/s3-storages', body }),
      update: (uuid, body) => t.request({ method: 'PATCH', template: '/s3-storages/{uuid}', params: { uuid }, body }),
      delete: (uuid) => t.request({ method: 'DELETE', template: '/s3-storages/{uuid}', params: { uuid } }),
      validate: (uuid) => t.request({ method: 'POST', template: '/s3-storages/{uuid}/validate', params: { uuid } }),
    },
    deploy: async (params) => {
      const uuids = params.uuids ?? [];
      const tags = params.tags ?? [];
      if (uuids.length === 0 && tags.length === 0) throw new TypeError('deploy() needs at least one uuid or tag');
      return t.request({
        method: 'POST',
        template: '/deploy',
        query: {
          uuid: uuids.length > 0 ? uuids.join(',') : undefined,
          tag: tags.length > 0 ? tags.join(',') : undefined,
          force: params.force,
          pr: params.pullRequestId,
          docker_tag: params.dockerTag,
        },
      });
    },
    deployments: {
      list: () => t.request({ method: 'GET', template: '/deployments' }),
      get: (uuid) => t.request({ method: 'GET', template: '/deployments/{uuid}', params: { uuid } }),
      forApplication: (appUuid, opts = {}) =>
        t.request({ method: 'GET', template: '/deployments/applications/{uuid}', params: { uuid: appUuid }, query: { skip: opts.skip, take: opts.take } }),
      cancel: (uuid) => t.request({ method: 'POST', template: '/deployments/{uuid}/cancel', params: { uuid } }),
    },
    resources: () => t.request({ method: 'GET', template: '/resources' }),
    auditEvents: (query) => t.request({ method: 'GET', template: '/audit-events', query }),
    send: (endpoint, body) => t.request({ method: endpoint.method, template: endpoint.template, params: { ...endpoint.params }, ...(body === undefined ? {} : { body }) }),
    serverTime: () => t.serverClock.now(),
    stats: () => t.stats.snapshot(),
    inFlightLimit: () => t.inFlightLimit(),
    resetStats: () => t.stats.reset(),
  };
  return client;
}

// --- internal ---


function teamSharedEnvApi(t: Transport): SharedEnvApi {
  return {
    list: () => t.request({ method: 'GET', template: '/team/envs' }),
    create: (_scope, body) => t.request({ method: 'POST', template: '/team/envs', body }),
    update: (_scope, envId, body) => t.request({ method: 'PATCH', template: '/team/envs/{env_id}', params: { env_id: envId }, body }),
    delete: (_scope, envId) => t.request({ method: 'DELETE', template: '/team/envs/{env_id}', params: { env_id: envId } }),
  };
}

/**
 * Tells `read:sensitive` from the cheapest lists that carry sensitive keys: databases, then S3
 * storages, then applications; stops at the first conclusive answer. A 403 (no `read`) leaves
 * it undefined.
 */
async function probeSensitive(client: CoolifyClient): Promise<boolean | undefined> {
  const lists: Array<() => Promise<Array<Record<string, unknown>>>> = [
    () => client.databases.list(),
    () => client.s3Storages.list(),
    () => client.applications.list(),
  ];
  for (const list of lists) {
    try {
      const verdict = inferCanReadSensitive(await list());
      if (verdict !== undefined) return verdict;
    } catch (err) {
      if (isCoolifyApiError(err) && err.status === 403) return undefined;
      throw err;
    }
  }
  return undefined;
}
