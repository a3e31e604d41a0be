/**
 * The sandbox's world: every record the fake Coolify holds, as one JSON-serialisable object
 * (persisted as-is to the state file). Times are epoch milliseconds; serialisers turn them
 * into ISO strings. Timed transitions (deployments, health, deletes) are derived from these
 * stored timestamps, never from in-memory timers, so separate processes see one world.
 */

/** The database engines Coolify offers (`sqlite` from 4.4: its create route is absent before, see routeAbsent). */
export const DATABASE_TYPES = ['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'keydb', 'dragonfly', 'clickhouse', 'sqlite'] as const;
/** One database engine. */
export type DatabaseType = (typeof DATABASE_TYPES)[number];

/** Run state of an application, database or service. */
export interface RunState {
  state: 'never' | 'stopped' | 'running' | 'deploying';
  /** When the current state began (epoch ms). */
  since: number;
  /** While deploying: the deployment that will bring it up. */
  deploymentUuid?: string;
  /** While deploying: the state to fall back to if the deployment fails or is cancelled. */
  previous?: { state: 'never' | 'stopped' | 'running'; since: number };
}

/** Fields every placed resource (application, database, service) has. */
export interface PlacedRecord {
  id: number;
  uuid: string;
  name: string;
  description: string | null;
  environment_id: number;
  destination_id: number;
  server_id: number;
  tag_ids: number[];
  created_at: number;
  updated_at: number;
  run: RunState;
  /** Set when a delete was requested; the record disappears `deleteAfterMs` later. */
  deleting_since?: number;
  /** Wire fields as Coolify stores them (decoded base64, split image tag…). */
  fields: Record<string, unknown>;
}

/** An application. `fields` holds the wire fields (`fqdn`, `build_pack`, …). */
export interface ApplicationRecord extends PlacedRecord {
  /** Which create endpoint made it (`public`, `private-github-app`, …). */
  source: string;
}

/** A standalone database. */
export interface DatabaseRecord extends PlacedRecord {
  type: DatabaseType;
  /**
   * The row id in Coolify's own table for this engine (`standalone_postgresqls`,
   * `standalone_redis`, …): each engine has its own id sequence, so a PostgreSQL and a Redis
   * can share an id. `id` stays unique across the sandbox for its own bookkeeping. Absent in
   * state files written before it existed (then `id` is used).
   */
  table_id?: number;
}

/** The Eloquent morph class Coolify stores as `database_type` of a backup (`App\Models\StandaloneRedis`). */
export function databaseMorphClass(type: DatabaseType): string {
  return `App\\Models\\Standalone${type[0]!.toUpperCase()}${type.slice(1)}`;
}

/** The id Coolify gives a database in its engine's table. */
export function databaseTableId(db: DatabaseRecord): number {
  return db.table_id ?? db.id;
}

/** A service (one-click template or raw compose). */
export type ServiceRecord = PlacedRecord;

/** Which resource an env var, storage, task or tag belongs to. */
export interface OwnerRef {
  kind: 'application' | 'database' | 'service';
  id: number;
}

/** An env var of an application, database or service. */
export interface EnvVarRecord {
  id: number;
  uuid: string;
  owner: OwnerRef;
  key: string;
  value: string | null;
  is_preview: boolean;
  is_literal: boolean;
  is_multiline: boolean | null;
  is_shown_once: boolean | null;
  is_buildtime: boolean;
  is_runtime: boolean;
  /** `is_required` column (default false); only a database or service bulk upsert sets it. */
  is_required?: boolean;
  /** `order` column (nullable); only a database or service bulk upsert sets it. */
  order?: number | null;
  comment: string | null;
  created_at: number;
  updated_at: number;
}

/** A shared variable of the team, a project, an environment or a server. */
export interface SharedEnvRecord {
  /** The only identifier: shared variables have no uuid column (migration 2024_01_23_113129). */
  id: number;
  scope: { kind: 'team' | 'project' | 'environment' | 'server'; id: number };
  key: string;
  value: string | null;
  is_literal: boolean;
  is_multiline: boolean;
  is_shown_once: boolean;
  comment: string | null;
  created_at: number;
  updated_at: number;
}

/** A server. */
export interface ServerRecord {
  id: number;
  uuid: string;
  name: string;
  description: string | null;
  ip: string;
  port: number;
  user: string;
  proxy_type: string;
  is_build_server: boolean;
  /** 4.4's `server_role` (enum ServerRole); absent: what `is_build_server` says (`build` or `both`). */
  server_role?: 'deployment' | 'build' | 'both';
  private_key_id: number;
  /** `server_settings` columns written through the API, over SERVER_SETTINGS_COLUMNS (seeded servers: none). */
  settings?: Record<string, unknown>;
  /** A validation job in flight (POST /servers/{uuid}/validate): when it ends, and whether it fails. */
  validation?: { endsAt: number; fails: boolean };
  /** The `validation_logs` column (set by a failed validation). */
  validation_logs?: string | null;
  /** Keys the proxy attribute gained through the API (changeProxy: its last settings, null). */
  proxy_extra?: Record<string, unknown>;
  /** The cloud provider token the server was bought with (servers.cloud_provider_token_id); absent: none. */
  cloud_provider_token_id?: number;
  /** The machine at the provider a cloud-provisioned server was bought as (`hetzner_server_id`, `digitalocean_droplet_id`, `vultr_instance_id`). */
  provider_machine?: { key: 'hetzner_server_id' | 'digitalocean_droplet_id' | 'vultr_instance_id'; id: number | string };
}

/** A Docker network destination on a server. */
export interface DestinationRecord {
  id: number;
  uuid: string;
  name: string;
  network: string;
  server_id: number;
  /** Absent for seeded rows (shown as the seed time). */
  created_at?: number;
  updated_at?: number;
}

/** A project. */
export interface ProjectRecord {
  id: number;
  uuid: string;
  name: string;
  description: string | null;
  created_at: number;
  updated_at: number;
}

/** An environment of a project. */
export interface EnvironmentRecord {
  id: number;
  uuid: string;
  name: string;
  description: string | null;
  project_id: number;
  created_at: number;
  updated_at: number;
}

/** A database backup schedule. */
export interface BackupRecord {
  id: number;
  uuid: string;
  /** The database's id in its engine's table (`databaseTableId`), as Coolify stores it. */
  database_id: number;
  /** The database's morph class (`databaseMorphClass`); absent in old state files. */
  database_type?: string;
  fields: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

/** One run of a backup schedule. */
export interface BackupExecutionRecord {
  id: number;
  uuid: string;
  backup_id: number;
  status: string;
  message: string | null;
  size: number;
  filename: string;
  created_at: number;
}

/** A deployment (application deployment queue entry). */
export interface DeploymentRecord {
  id: number;
  deployment_uuid: string;
  application_id: number;
  pull_request_id: number;
  force_rebuild: boolean;
  commit: string;
  is_restart: boolean;
  /** Decided at creation (fault `fail-deploy`). */
  will_fail: boolean;
  /** Decided at creation (fault `stuck-deploy`): no job ever picks it up, it stays `queued`. */
  stuck?: boolean;
  /** Set on cancel. */
  cancelled_at?: number;
  created_at: number;
  /**
   * Columns bootstrap/helpers/applications.php:67-85 (queue_application_deployment) writes when it
   * queues the deployment; absent in state files written before they were stored (then they are
   * read from the application).
   */
  application_name?: string;
  server_id?: number;
  server_name?: string;
  destination_id?: number;
  deployment_url?: string | null;
  docker_registry_image_tag?: string | null;
  /** Queued by `POST /applications/{uuid}/rollback` (the queue's `rollback` column). */
  rollback?: boolean;
  /**
   * The version the deployment runs, as the image it leaves on the server is tagged: the
   * registry image tag of a docker-image application, otherwise the commit (Coolify tags built
   * images `{uuid}:{commit}`; rollback-images lists the repository
   * `docker_registry_image_name ?? uuid`, ApplicationsController.php:5483). Absent in state files
   * written before it was stored.
   */
  version?: string;
}

/** A preview (pull request) deployment of an application. */
export interface PreviewRecord {
  id: number;
  uuid: string;
  application_id: number;
  pull_request_id: number;
  fqdn: string | null;
  docker_registry_image_tag: string | null;
  created_at: number;
  /** Set by Coolify 4.4's `POST /applications/{uuid}/previews` (ApplicationPreviewsController.php:230-237); absent before. */
  git_type?: string | null;
  pull_request_html_url?: string;
  updated_at?: number;
}

/** A team-level tag. */
export interface TagRecord {
  id: number;
  uuid: string;
  name: string;
  /** Epoch ms; absent in state files written before tags carried times (then 0). */
  created_at?: number;
  updated_at?: number;
}

/**
 * A persistent volume (Coolify `local_persistent_volumes`) or a file mount
 * (`local_file_volumes`): two tables in Coolify, one list here told apart by `type`, which
 * Coolify's answers do not carry (which list a storage is in says it).
 */
export interface StorageRecord {
  id: number;
  uuid: string;
  owner: OwnerRef;
  type: 'persistent' | 'file';
  /**
   * A service's storage belongs to one of its sub-applications (ServicesController.php:2492):
   * that sub-application's uuid. Absent for application and database storages.
   */
  resource_uuid?: string;
  /** The row's columns as stored (name/mount_path/host_path, or fs_path/mount_path/content/flags). */
  fields: Record<string, unknown>;
  /** Epoch ms; absent in state files written before storages carried times (then 0). */
  created_at?: number;
  updated_at?: number;
}

/**
 * A storage's volume backup schedule (Coolify `scheduled_volume_backups`, one per storage:
 * unique (backupable_type, backupable_id), migration 2026_07_15_102537).
 */
export interface VolumeBackupRecord {
  id: number;
  uuid: string;
  storage_id: number;
  s3_storage_id: number | null;
  fields: Record<string, unknown>;
}

/** A scheduled task of an application or service (`id` is the sandbox's own; Coolify hides it). */
export interface ScheduledTaskRecord {
  id: number;
  uuid: string;
  owner: OwnerRef;
  fields: Record<string, unknown>;
  /** Epoch ms; absent in state files written before tasks carried times (then 0). */
  created_at?: number;
  updated_at?: number;
}

/** An S3 storage. */
export interface S3StorageRecord {
  id: number;
  uuid: string;
  fields: Record<string, unknown>;
}

/** A GitHub app, GitLab app or private key. */
export interface CredentialRecord {
  id: number;
  uuid: string;
  name: string;
  /** Stored columns beyond the name (GitHub apps: app_id, is_public, ...); merged over the model defaults. */
  fields?: Record<string, unknown>;
}

/** A cloud provider token (CloudProviderToken: provider, the token, name; the API sets no description). */
export interface CloudTokenRecord {
  id: number;
  uuid: string;
  name: string;
  provider: string;
  token: string;
  created_at: number;
  updated_at: number;
}

/** A Coolify 4.4 integration token with the `secrets` capability (IntegrationToken: team_id, provider, name, token, capabilities, metadata). */
export interface IntegrationTokenRecord {
  id: number;
  uuid: string;
  provider: string;
  name: string;
  token: string;
  metadata: Record<string, unknown> | null;
  created_at: number;
}

/** A Coolify 4.4 secret manager link of an application (SecretManagerLink: one per resource, unique resourceable). */
export interface SecretManagerLinkRecord {
  application_id: number;
  integration_token_id: number;
  settings: Record<string, unknown> | null;
}

/**
 * A Docker registry login on a server (Coolify 4.4: `docker login` run there, kept in the server's
 * Docker config, not in Coolify's database; src/sandbox/routes/server-registries.ts).
 */
export interface RegistryLoginRecord {
  server_id: number;
  registry: string;
  username: string;
  /** Kept only so the fake registry can check it; never answered. */
  password: string;
}

/** One extra destination of an application (additional_destinations: application_id, server_id, standalone_docker_id). */
export interface AdditionalDestinationRecord {
  application_id: number;
  destination_id: number;
  server_id: number;
}

/** A cloud-init script (CloudInitScript: name and the text, encrypted by Coolify; no description column). */
export interface CloudInitScriptRecord {
  id: number;
  uuid: string;
  name: string;
  script: string;
  created_at: number;
  updated_at: number;
}

/** Where a change came from. */
export type AuditSource = 'ui' | 'api' | 'mcp' | 'webhook';

/** One stored audit event of Coolify 4.4 (assumed shape, see src/sandbox/audit-events.ts). */
export interface AuditEventRecord {
  id: number;
  /** `application.updated`, `database.created`… */
  action: string;
  source: AuditSource;
  user_name: string;
  resource_type: string;
  resource_uuid: string | null;
  ip_address: string;
  /** The request body: values included (a real audit log keeps them). */
  properties: Record<string, unknown>;
  created_at: string;
}

/** Everything the sandbox knows. */
export interface World {
  formatVersion: 1;
  nextId: number;
  /** Per-table id sequences, for rows whose id Coolify exposes per table (databases per engine). */
  tableIds?: Record<string, number>;
  rngState: number;
  team: { id: number; name: string };
  apiEnabled: boolean;
  servers: ServerRecord[];
  destinations: DestinationRecord[];
  githubApps: CredentialRecord[];
  /** Absent in worlds saved before GitLab apps existed. */
  gitlabApps?: CredentialRecord[];
  privateKeys: CredentialRecord[];
  projects: ProjectRecord[];
  environments: EnvironmentRecord[];
  applications: ApplicationRecord[];
  databases: DatabaseRecord[];
  services: ServiceRecord[];
  envVars: EnvVarRecord[];
  sharedEnvs: SharedEnvRecord[];
  backups: BackupRecord[];
  backupExecutions: BackupExecutionRecord[];
  deployments: DeploymentRecord[];
  previews: PreviewRecord[];
  tags: TagRecord[];
  storages: StorageRecord[];
  /** Absent in worlds saved before volume backups existed. */
  volumeBackups?: VolumeBackupRecord[];
  scheduledTasks: ScheduledTaskRecord[];
  s3Storages: S3StorageRecord[];
  /**
   * The team's notification settings by channel (`email`, `discord`, …), each made with its
   * defaults on first use as Coolify's `firstOrCreate` does; absent in older worlds.
   */
  notifications?: Record<string, Record<string, unknown>>;
  /** Applications' extra destinations (the `additional_destinations` pivot); absent in worlds saved before they existed. */
  additionalDestinations?: AdditionalDestinationRecord[];
  /** Cloud provider tokens; absent in worlds saved before they existed. */
  cloudTokens?: CloudTokenRecord[];
  /** Coolify 4.4 integration tokens and application secret manager links; absent in older worlds. */
  integrationTokens?: IntegrationTokenRecord[];
  secretManagerLinks?: SecretManagerLinkRecord[];
  /** Registry logins of the servers (Coolify 4.4); absent in worlds saved before they existed. */
  registryLogins?: RegistryLoginRecord[];
  /** Cloud-init scripts; absent in worlds saved before they existed. */
  cloudInitScripts?: CloudInitScriptRecord[];
  /** Audit events (Coolify 4.4 and later, src/sandbox/audit-events.ts); absent in older worlds. */
  auditEvents?: AuditEventRecord[];
}

/** An empty world (no servers); `seedWorld` fills it. */
export function emptyWorld(seed: number): World {
  return {
    formatVersion: 1,
    nextId: 1,
    rngState: seed >>> 0,
    team: { id: 0, name: 'Root Team' },
    apiEnabled: true,
    servers: [],
    destinations: [],
    githubApps: [],
    gitlabApps: [],
    privateKeys: [],
    projects: [],
    environments: [],
    applications: [],
    databases: [],
    services: [],
    envVars: [],
    sharedEnvs: [],
    backups: [],
    backupExecutions: [],
    deployments: [],
    previews: [],
    tags: [],
    storages: [],
    volumeBackups: [],
    scheduledTasks: [],
    s3Storages: [],
  };
}
