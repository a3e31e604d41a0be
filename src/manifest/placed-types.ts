/**
 * The manifest types of the placed resources (databases, applications, services and what they
 * own). Re-exported by ./types.ts, which holds the document root.
 */
import type { AppSecretManagerSpec } from './team-types.js';

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
  /** Scheduled tasks, by name; `container` names the compose service the command runs in. */
  scheduledTasks?: Record<string, ScheduledTaskSpec>;
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
