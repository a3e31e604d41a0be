/**
 * The manifest v1 format (`ado.coolify.yaml`) as TypeScript types.
 *
 * These types mirror `schema/ado.coolify.schema.json`, which is the source of truth for
 * users and editors. Field names here are the manifest's (camelCase), never Coolify's wire
 * names: mapping to the API happens in `src/kinds/`. String fields may hold `${...}`
 * interpolations until `src/resolve/` has run.
 */

/** A whole manifest document, as written by the user. */
export interface Manifest {
  /** Format version; only `1` exists. */
  version: 1;
  /** Where Coolify is. The token never lives in the file: it comes from COOLIFY_TOKEN. */
  coolify?: CoolifyConnection;
  /** Placement and tagging defaults applied to every resource that does not override them. */
  defaults?: Defaults;
  /** Plain variables, used as `${vars.NAME}`, overridable with `--var NAME=value`. */
  vars?: Record<string, string | number | boolean>;
  /** Team-level S3 storages, referred to by name from database backups. */
  s3Storages?: Record<string, S3StorageSpec>;
  /** Team-level private (SSH) keys; the key material only from `${secrets.X}`. */
  privateKeys?: Record<string, PrivateKeySpec>;
  /** The team's notification channels (singletons: `email`, `discord`, …); secrets only from `${secrets.X}`. */
  notifications?: NotificationsSpec;
  /** Team-level GitHub Apps by name; applications name one in `git.githubApp`. */
  githubApps?: Record<string, GithubAppSpec>;
  /** Team-level GitLab Apps (OAuth sources) by name. */
  gitlabApps?: Record<string, GitlabAppSpec>;
  /** Servers of the team (registered over SSH with a private key) and their settings. */
  servers?: Record<string, ServerSpec>;
  /** Team-level cloud provider tokens (Hetzner, DigitalOcean, Vultr); the token only from `${secrets.X}`. */
  cloudTokens?: Record<string, CloudTokenSpec>;
  /** Docker network destinations on servers, by name. */
  destinations?: Record<string, DestinationSpec>;
  /** Secret managers (Coolify 4.4 integration tokens: Doppler, Infisical, Vault), by name; the token only from `${secrets.X}`. */
  secretManagers?: Record<string, SecretManagerSpec>;
  /** Team-level cloud-init scripts by name; a cloud-provisioned server names one in `provision.cloudInit`. */
  cloudInitScripts?: Record<string, CloudInitScriptSpec>;
  /** Policy checks on every plan (docs/policy.md); checked by src/policy/config.ts. */
  policy?: PolicySpec;
  /** Renames (Terraform's `moved` blocks): the resource at `from` in Coolify is the one declared at `to`. */
  moved?: MovedEntry[];
  /** Projects by name. */
  projects: Record<string, ProjectSpec>;
}

/** The `policy:` section: built-in rules by name with a level, and custom CEL rules. */
export interface PolicySpec {
  rules?: Record<string, 'error' | 'warning' | 'off'>;
  custom?: Array<{ name: string; expression: string; message: string; level?: 'error' | 'warning' | 'off'; hint?: string }>;
}

/** One `moved:` entry: addresses as the plan prints them (`project/environment/kind/name`). */
export interface MovedEntry {
  /** The old address, no longer declared. */
  from: string;
  /** The new, declared address of the same kind. */
  to: string;
}

/** Connection settings for the Coolify instance. */
export interface CoolifyConnection {
  /** Base URL of the instance, e.g. `${env.COOLIFY_URL}`. */
  url?: string;
}

/** Defaults for placement and tags. */
export interface Defaults {
  /** Coolify server name used when a resource names none. */
  server?: string;
  /** Destination (Docker network) name, needed when the server has several. */
  destination?: string;
  /** Tags added to every application, database and service. */
  tags?: string[];
}

/** An S3-compatible storage target for database backups. */
export interface S3StorageSpec {
  description?: string;
  endpoint: string;
  bucket: string;
  region: string;
  /** Access key; should be `${secrets.X}`. */
  key: string;
  /** Secret key; should be `${secrets.X}`. */
  secret: string;
  protect?: boolean;
}

/** A team-level private SSH key (Coolify `PrivateKey`). */
export interface PrivateKeySpec {
  description?: string;
  /** The key (PEM or OpenSSH text); always `${secrets.X}`. */
  privateKey: string;
  protect?: boolean;
}

/** The `notifications:` section: one entry per channel Coolify keeps for the team. */
export interface NotificationsSpec {
  email?: EmailChannelSpec;
  discord?: NotificationChannelSpec & { webhookUrl?: string; pingEnabled?: boolean };
  slack?: NotificationChannelSpec & { webhookUrl?: string };
  telegram?: NotificationChannelSpec & { token?: string; chatId?: string };
  pushover?: NotificationChannelSpec & { userKey?: string; apiToken?: string };
  webhook?: NotificationChannelSpec & { url?: string };
}

/**
 * What every notification channel has: its switch and its event toggles (manifest keys of
 * src/kinds/notification-channels.ts NOTIFICATION_EVENTS).
 */
export interface NotificationChannelSpec {
  enabled?: boolean;
  events?: Record<string, boolean>;
}

/** The email channel (Coolify `EmailNotificationSettings`). */
export interface EmailChannelSpec extends NotificationChannelSpec {
  useInstanceSettings?: boolean;
  fromAddress?: string;
  fromName?: string;
  recipients?: string[];
  smtp?: { host?: string; port?: number; encryption?: 'starttls' | 'tls' | 'none'; username?: string; password?: string; timeout?: number; ehloDomain?: string };
  resend?: { enabled?: boolean; apiKey?: string };
}

/** A team-level GitHub App (Coolify `GithubApp`); secrets always `${secrets.X}`. */
export interface GithubAppSpec {
  /** GitHub's web URL (`https://github.com` or an Enterprise host). */
  htmlUrl: string;
  /** GitHub's API URL; Coolify derives it from `htmlUrl` when absent. */
  apiUrl?: string;
  organization?: string;
  customUser?: string;
  customPort?: number;
  /** Required by Coolify to create an app, like the client id, both secrets and the key. */
  appId?: number;
  installationId?: number;
  clientId?: string;
  /** Always `${secrets.X}`. */
  clientSecret?: string;
  /** Always `${secrets.X}`. */
  webhookSecret?: string;
  /** A `privateKeys:` entry, or an existing Coolify key, by name (or uuid). */
  privateKey?: string;
  systemWide?: boolean;
  protect?: boolean;
}

/** A team-level GitLab App (Coolify `GitlabApp`, an OAuth source); secrets always `${secrets.X}`. */
export interface GitlabAppSpec {
  /** GitLab's web URL (`https://gitlab.com` or a self-hosted GitLab). */
  htmlUrl: string;
  /** GitLab's API URL; Coolify uses `htmlUrl` + `/api/v4` when absent. */
  apiUrl?: string;
  customUser?: string;
  customPort?: number;
  groupName?: string;
  clientId?: string;
  /** Always `${secrets.X}`. */
  clientSecret?: string;
  /** Always `${secrets.X}`; Coolify generates one when absent. */
  webhookToken?: string;
  redirectUri?: string;
  systemWide?: boolean;
  protect?: boolean;
}

/** One Docker registry login of a server (ServerDockerRegistriesController, Coolify 4.4): the password always `${secrets.X}`. */
export interface ServerRegistrySpec {
  username: string;
  /** Password or access token; write-only (Coolify never shows it). */
  password: string;
}

/** A server of the team (Coolify `Server` and its `server_settings`). */
export interface ServerSpec {
  description?: string;
  /** Address Coolify connects to over SSH. */
  ip: string;
  port?: number;
  user?: string;
  /** The private key by name: an entry of `privateKeys:` or a key of the team. */
  privateKey: string;
  proxy?: 'traefik' | 'caddy' | 'none';
  buildServer?: boolean;
  concurrentBuilds?: number;
  deploymentQueueLimit?: number;
  /** Docker cleanup settings (ServerDockerCleanupController). */
  dockerCleanup?: ServerDockerCleanupSpec;
  /** Log drains (ServerLogDrainsController); keys always `${secrets.X}`. */
  logDrains?: ServerLogDrainsSpec;
  /** Sentinel, the metrics agent (ServerSentinelController); the token always `${secrets.X}`. */
  sentinel?: ServerSentinelSpec;
  /** Docker registry logins on the server (Coolify 4.4), keyed by registry host. */
  registries?: Record<string, ServerRegistrySpec>;
  /** Buy the machine at a cloud provider when the server is created (src/kinds/server-provision.ts). */
  provision?: ServerProvisionSpec;
  protect?: boolean;
}

/** A team-level cloud-init script (Coolify `CloudInitScript`). */
export interface CloudInitScriptSpec {
  /** A bash script (`#!…`) or cloud-config YAML; may reference `${secrets.X}`. */
  script: string;
  /** Default false. */
  protect?: boolean;
}

/**
 * How a cloud-provisioned server is bought (POST /servers/{provider}); used at create time only.
 * The keys each provider takes are checked by the schema.
 */
export interface ServerProvisionSpec {
  provider: 'hetzner' | 'digitalocean' | 'vultr';
  /** The cloud provider token by name: an entry of `cloudTokens:` or a token of the team. */
  cloudToken: string;
  /** Hetzner `location`. */
  location?: string;
  /** DigitalOcean and Vultr `region`. */
  region?: string;
  /** Hetzner `server_type`. */
  serverType?: string;
  /** DigitalOcean `size`. */
  size?: string;
  /** Vultr `plan`. */
  plan?: string;
  /** Hetzner image id, DigitalOcean image slug or id. */
  image?: string | number;
  /** Vultr `os_id`. */
  osId?: number;
  ipv4?: boolean;
  ipv6?: boolean;
  /** Hetzner `enable_backups`. */
  backups?: boolean;
  /** DigitalOcean `monitoring`. */
  monitoring?: boolean;
  /** Extra provider SSH keys (ids; Vultr's are strings). */
  sshKeyIds?: Array<number | string>;
  /** Hetzner firewalls. */
  firewallIds?: number[];
  /** Hetzner networks. */
  networkIds?: number[];
  /** A `cloudInitScripts:` entry by name. */
  cloudInit?: string;
  /** Coolify `instant_validate`: validate the server as soon as it is bought. */
  validate?: boolean;
}

/** A server's Sentinel settings. */
export interface ServerSentinelSpec {
  enabled?: boolean;
  metrics?: boolean;
  debug?: boolean;
  token?: string;
  metricsRefreshRateSeconds?: number;
  metricsHistoryDays?: number;
  pushIntervalSeconds?: number;
  customUrl?: string;
}

/** A server's log drains: each one listed is on unless `enabled: false`. */
export interface ServerLogDrainsSpec {
  newRelic?: { enabled?: boolean; licenseKey: string; baseUri: string };
  axiom?: { enabled?: boolean; dataset: string; apiKey: string };
  custom?: { enabled?: boolean; config: string; parser?: string };
}

/** A server's Docker cleanup settings. */
export interface ServerDockerCleanupSpec {
  schedule?: string;
  threshold?: number;
  force?: boolean;
  deleteUnusedVolumes?: boolean;
  deleteUnusedNetworks?: boolean;
}

/** A team-level cloud provider API token (Coolify `CloudProviderToken`). */
export interface CloudTokenSpec {
  /** `hetzner`, `digitalocean` or `vultr`. */
  provider: 'hetzner' | 'digitalocean' | 'vultr';
  /** The provider API token; always `${secrets.X}`. */
  token: string;
  /** Default true: deleting or replacing it needs `--allow-destroy`. */
  protect?: boolean;
}

/** A secret manager connection (Coolify 4.4 `IntegrationToken` with the `secrets` capability). */
export interface SecretManagerSpec {
  provider: 'doppler' | 'infisical' | 'vault';
  /** The provider credential; always `${secrets.X}`. */
  token: string;
  /** `metadata.base_url`: Infisical and Vault. */
  baseUrl?: string;
  /** `metadata.client_id`: Infisical. */
  clientId?: string;
  /** `metadata.namespace`: Vault. */
  namespace?: string;
}

/** An application's secret manager source (PATCH /applications/{uuid}/secret-manager `settings`). */
export interface AppSecretManagerSpec {
  /** A name under `secretManagers:`. */
  use: string;
  /** Doppler `project` and `config`. */
  project?: string;
  config?: string;
  /** Infisical `project_id`, `environment`, `secret_path`. */
  projectId?: string;
  environment?: string;
  secretPath?: string;
  /** Vault `mount` and `path`. */
  mount?: string;
  path?: string;
}

/** A Docker network destination on a server (Coolify `StandaloneDocker`/`SwarmDocker`). */
export interface DestinationSpec {
  /** The server, by its Coolify name. */
  server: string;
  /** The Docker network name. */
  network: string;
  protect?: boolean;
}

/** A Coolify project. */
export interface ProjectSpec {
  description?: string;
  /** Coolify project shared variables (`{{project.KEY}}` in Coolify). */
  sharedEnv?: Record<string, string>;
  /** Environments by name (3+ characters). `production` exists in every Coolify project. */
  environments: Record<string, EnvironmentSpec>;
  protect?: boolean;
}

/** An environment inside a project. */
export interface EnvironmentSpec {
  description?: string;
  /** Coolify environment shared variables (`{{environment.KEY}}`). */
  sharedEnv?: Record<string, string>;
  databases?: Record<string, DatabaseSpec>;
  applications?: Record<string, ApplicationSpec>;
  services?: Record<string, ServiceSpec>;
  protect?: boolean;
}

/** Fields every placed resource (database, application, service) shares. */
export interface PlacedResourceCommon {
  description?: string;
  /** Server name; defaults to `defaults.server`. */
  server?: string;
  /** Destination name; defaults to `defaults.destination`. */
  destination?: string;
  tags?: string[];
  /** Names of resources in the same environment that must be applied first. */
  dependsOn?: string[];
  /** Sync wave: starts when every changed resource of each lower wave is healthy (default 0). */
  wave?: number;
  /** `merge` (default) keeps env keys the manifest does not declare; `exact` deletes them. Applications and services. */
  envPolicy?: 'merge' | 'exact';
  /** Never delete this resource without `--allow-destroy`. */
  protect?: boolean;
  /** Manifest field paths whose live changes are tolerated (no drift, no update). */
  ignoreChanges?: string[];
}

/** Resource limits, shared by applications and databases. */
export interface LimitsSpec {
  /** CPU count, e.g. 2 or "1.5". */
  cpus?: number | string;
  /** Memory, e.g. "2048M", "2g". */
  memory?: string;
  memorySwap?: string;
  memorySwappiness?: number;
  memoryReservation?: string;
  cpuset?: string;
  cpuShares?: number;
}

/** The eight database engines Coolify supports. */
export type DatabaseType =
  | 'postgresql'
  | 'mysql'
  | 'mariadb'
  | 'mongodb'
  | 'redis'
  | 'keydb'
  | 'dragonfly'
  | 'clickhouse'
  | 'sqlite';

/** A standalone database. Type-specific fields are validated per `type` by the schema. */
export interface DatabaseSpec extends PlacedResourceCommon {
  type: DatabaseType;
  image?: string;
  /** SQLite database file names (sqlite only; Coolify `sqlite_databases`, sent comma-separated). */
  files?: string[];
  /** Database name (postgresql, mysql, mariadb, mongodb). */
  database?: string;
  /** User name (postgresql, mysql, mariadb, mongodb root user, clickhouse admin user). */
  user?: string;
  /** Password; left out means Coolify generates it (never diffed). */
  password?: string;
  /** Root password (mysql, mariadb). */
  rootPassword?: string;
  /** Engine configuration file content (sent base64-encoded). */
  conf?: string;
  /** postgresql only. */
  initdbArgs?: string;
  /** postgresql only. */
  hostAuthMethod?: string;
  public?: boolean;
  publicPort?: number;
  publicPortTimeout?: number;
  limits?: LimitsSpec;
  healthCheck?: DatabaseHealthCheckSpec;
  /** Database-level env vars. */
  env?: Record<string, EnvValueSpec>;
  backups?: BackupSpec[];
}

/** Health check settings Coolify allows on databases. */
export interface DatabaseHealthCheckSpec {
  enabled?: boolean;
  interval?: number;
  timeout?: number;
  retries?: number;
  startPeriod?: number;
}

/** Retention for backups in one place (locally or in S3). */
export interface RetentionSpec {
  amount?: number;
  days?: number;
  maxGb?: number;
}

/** A scheduled database backup. */
export interface BackupSpec {
  /** Stable name for the address; defaults to the schedule's position (`0`, `1`, …). */
  name?: string;
  /** Cron expression or a Coolify keyword (`daily`, `hourly`, `@daily`, …). */
  schedule: string;
  enabled?: boolean;
  keepLocally?: RetentionSpec;
  /** S3 storage name from `s3Storages`. */
  s3?: string;
  keepInS3?: RetentionSpec;
  /** Databases to back up; defaults to the database's own. */
  databases?: string[];
  dumpAll?: boolean;
  /** Coolify `missing_backup_notification_days` (4.3.23+). */
  missingBackupAlertDays?: number;
  /** Seconds, 60–36000. */
  timeout?: number;
}

/** An env var value: a plain string, or a record with Coolify's flags. */
export type EnvValueSpec = string | number | boolean | EnvVarSpec;

/** An env var with flags. */
export interface EnvVarSpec {
  value: string | number | boolean;
  /** Available at build time (Coolify `is_buildtime`). Default true. */
  buildTime?: boolean;
  /** Available at run time (Coolify `is_runtime`). Default true. */
  runtime?: boolean;
  /** Not interpolated by Coolify (`is_literal`). */
  literal?: boolean;
  multiline?: boolean;
  /** Treat as a secret even if the value is not a `${secrets.X}`. */
  sensitive?: boolean;
  comment?: string;
}

/** Git source of an application. Exactly one of `githubApp`, `deployKey` or neither (public). */
export interface GitSourceSpec {
  repository: string;
  branch?: string;
  commit?: string;
  /** GitHub App name, for private repos through a GitHub App. */
  githubApp?: string;
  /** Private key name, for private repos through a deploy key. */
  deployKey?: string;
  buildPack?: 'nixpacks' | 'railpack' | 'static' | 'dockerfile' | 'dockercompose';
  baseDirectory?: string;
  /** Dockerfile location for `buildPack: dockerfile`. */
  dockerfile?: string;
  dockerfileTarget?: string;
  /** Compose file location for `buildPack: dockercompose`. */
  composeFile?: string;
  /** Domains of the compose services for `buildPack: dockercompose` (Coolify `docker_compose_domains`). */
  composeDomains?: Array<{ name: string; domain: string }>;
  publishDirectory?: string;
  installCommand?: string;
  buildCommand?: string;
  startCommand?: string;
  autoDeploy?: boolean;
  watchPaths?: string[];
  /** Webhook secret for the git provider's push hooks; should be `${secrets.X}`. */
  webhookSecret?: string;
}

/** HTTP or command health check of an application. */
export interface AppHealthCheckSpec {
  enabled?: boolean;
  type?: 'http' | 'cmd';
  path?: string;
  port?: number;
  host?: string;
  method?: string;
  scheme?: 'http' | 'https';
  returnCode?: number;
  responseText?: string;
  command?: string;
  interval?: number;
  timeout?: number;
  retries?: number;
  startPeriod?: number;
}

/** A pre- or post-deployment command. */
export type DeployCommandSpec = string | { command: string; container?: string };

/** Pull-request preview settings of an application. */
export interface PreviewsSpec {
  enabled?: boolean;
  /** Coolify template, e.g. `pr-{{pr_id}}.preview.example.com`. */
  urlTemplate?: string;
  public?: boolean;
  /** How long a preview lives after its last deployment, e.g. `7d`, `36h`. */
  ttl?: string;
  /** Env vars that exist only in previews (Coolify `is_preview`). */
  env?: Record<string, EnvValueSpec>;
}

/** A scheduled task run inside an application's container. */
export interface ScheduledTaskSpec {
  command: string;
  /** Cron expression or Coolify keyword. */
  frequency: string;
  container?: string;
  enabled?: boolean;
  timeout?: number;
}

/** A persistent volume or a file mounted into an application. */
export interface StorageSpec {
  type?: 'volume' | 'file';
  mountPath: string;
  /** Host path for bind mounts (volume type). */
  hostPath?: string;
  /** File content (file type). */
  content?: string;
  isDirectory?: boolean;
  /** Volume backup schedule (write-only in Coolify: it cannot be read back). */
  backup?: VolumeBackupSpec;
}

/** A volume backup schedule (Coolify `PUT …/storages/{storage_uuid}/backups`). */
export interface VolumeBackupSpec {
  /** Cron expression or a Coolify keyword (`daily`, `hourly`, `@daily`, …). */
  schedule: string;
  /** S3 storage name from `s3Storages`. */
  s3?: string;
  enabled?: boolean;
  keepLocally?: RetentionSpec;
  keepInS3?: RetentionSpec;
  /** Seconds, 60–36000. */
  timeout?: number;
  stopDuringBackup?: boolean;
  /** Keep archives only in S3 (needs `s3`). */
  disableLocalBackup?: boolean;
}

/** Scheduled autoscaling of a replica set (see `ado-coolify autoscale`). */
export interface AutoscaleSpec {
  min: number;
  max: number;
  metric:
    | { prometheus: { url: string; query: string } }
    | { redis: { url: string; list: string } };
  up: { above: number; step?: number };
  down: { below: number; step?: number };
  /** Minimum time between two scaling actions, e.g. `5m`. */
  cooldown?: string;
}

/** `verify.http` of an application: exactly one of `url` and `path`. */
export interface AppHttpCheckSpec {
  url?: string;
  path?: string;
  /** Default 200. */
  expectStatus?: number;
  /** A duration, default `60s`. */
  timeout?: string;
}

/** An application. Exactly one source: `image`, `git` or `dockerfile`. */
export interface ApplicationSpec extends PlacedResourceCommon {
  /** Docker image reference, `registry/name:tag`. */
  image?: string;
  git?: GitSourceSpec;
  /** Inline Dockerfile content. */
  dockerfile?: string;
  ports?: number[];
  /** Host:container port mappings, e.g. `"8080:80"`. */
  portMappings?: string[];
  /** Public URLs; https gets automatic TLS. */
  domains?: string[];
  redirect?: 'www' | 'non-www' | 'both';
  /** Ask Coolify to generate a domain when none is given (default false). */
  generateDomain?: boolean;
  healthCheck?: AppHealthCheckSpec;
  /** `onFailure`: a failed or never-healthy deployment is rolled back to the version before; `off`: never (not even with `--rollback-on-failure`). */
  rollback?: 'onFailure' | 'off';
  /** The secret manager its `{{vault.KEY}}` env values come from (Coolify 4.4; write-only). */
  secretManager?: AppSecretManagerSpec;
  /** Checks after Coolify says healthy: an HTTP GET of `url` (or `path` on the first domain) must answer `expectStatus`. */
  verify?: { http: AppHttpCheckSpec };
  limits?: LimitsSpec;
  env?: Record<string, EnvValueSpec>;
  preDeploy?: DeployCommandSpec;
  postDeploy?: DeployCommandSpec;
  previews?: PreviewsSpec;
  scheduledTasks?: Record<string, ScheduledTaskSpec>;
  storages?: Record<string, StorageSpec>;
  /** Extra destinations (by name) the application also runs on, each on another server than its own. */
  networks?: string[];
  /** Number of identical instances (`NAME-1..N`); only without public domains. */
  replicas?: number;
  autoscale?: AutoscaleSpec;
}

/** A Coolify service: a one-click template or raw compose. */
export interface ServiceSpec extends PlacedResourceCommon {
  /** One-click template key, e.g. `plausible`. */
  type?: string;
  /** Raw docker-compose content. */
  compose?: string;
  urls?: Array<{ name: string; url: string }>;
  env?: Record<string, EnvValueSpec>;
  /** Settings of the service's own applications (Coolify makes them from the compose), by compose service name. */
  applications?: Record<string, ServiceApplicationSpec>;
  /** Settings of the service's own databases (Coolify makes them from the compose), by compose service name. */
  databases?: Record<string, ServiceDatabaseSpec>;
}

/** Settings both kinds of a service's own containers share (PATCH /services/{uuid}/applications|databases/{uuid}). */
export interface ServicePartCommon {
  /** Display name in Coolify (`human_name`). */
  humanName?: string;
  /** Image the container runs (`image`), instead of the compose file's. */
  image?: string;
  /** Left out of the service's status (`exclude_from_status`). */
  excludeFromStatus?: boolean;
  /** Logs sent to the server's log drain (`is_log_drain_enabled`); the server must have one. */
  logDrain?: boolean;
}

/** One application (compose service) of a service. */
export interface ServiceApplicationSpec extends ServicePartCommon {
  /** Public URLs (`url`, stored as `fqdn`). */
  domains?: string[];
  /** Traefik gzip compression (`is_gzip_enabled`). */
  gzip?: boolean;
  /** Strip the domain's path prefix before proxying (`is_stripprefix_enabled`). */
  stripPrefix?: boolean;
  /** Redirect http to https (`is_force_https_enabled`). */
  forceHttps?: boolean;
  /** Restarts of a crashing container before Coolify stops it (`max_restart_count`, Coolify 4.3.23+). */
  maxRestartCount?: number;
}

/** One database (compose service) of a service. */
export interface ServiceDatabaseSpec extends ServicePartCommon {
  /** Reachable from outside through Coolify's proxy (`is_public`); needs `publicPort`. */
  public?: boolean;
  /** Host port of the public proxy (`public_port`). */
  publicPort?: number;
  /** Idle timeout of the public proxy, seconds (`public_port_timeout`). */
  publicPortTimeout?: number;
}

/**
 * A manifest after resolution: every string may have become a TemplateString (when it held
 * a secret or a reference). Vars and env lookups are already substituted.
 */
export type Resolved<T> = T extends string
  ? string | import('../model/value.js').TemplateString
  : T extends Array<infer U>
    ? Array<Resolved<U>>
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/** The resolved manifest. */
export type ResolvedManifest = Resolved<Manifest>;
