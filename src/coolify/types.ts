/**
 * Request and response shapes of the Coolify v4 API, written by hand.
 *
 * Why not generated from `openapi.json`: the published spec is wrong in many places that
 * matter to a reconciler (see shared/coolify-api/API-NOTES.md): it requires both
 * `environment_name` and `environment_uuid`, has placeholder schemas for `/databases` and
 * `/resources`, says `/deployments/applications/{uuid}` returns applications (it returns
 * `{count, deployments}`), omits `is_runtime`/`is_buildtime`/`comment` on env vars, and lists
 * fields that PATCH rejects with 422. These types follow the controllers instead.
 *
 * Records keep an index signature: Coolify returns ~90 fields per application and the state
 * reader may look at fields not modelled here. Sensitive fields are optional because Coolify
 * leaves them out of the JSON (not null) when the token lacks `read:sensitive`.
 */
import type { DatabaseType } from '../manifest/types.js';

/** Any JSON object Coolify returns; the index signature keeps unmodelled fields reachable. */
export interface CoolifyRecord {
  [field: string]: unknown;
}

/** A JSON request body. */
export type JsonBody = Record<string, unknown>;

/** `GET /projects` item; `GET /projects/{uuid}` adds `environments`. */
export interface ProjectRecord extends CoolifyRecord {
  id: number;
  uuid: string;
  name: string;
  description: string | null;
  environments?: EnvironmentRecord[];
}

/** An environment (`GET /projects/{uuid}/environments` returns only `{id,name,uuid}`). */
export interface EnvironmentRecord extends CoolifyRecord {
  id: number;
  uuid: string;
  name: string;
  description?: string | null;
  project_id?: number;
}

/** `GET /projects/{uuid}/{env}`: the environment with its resources (omits keydb, dragonfly, clickhouse). */
export interface EnvironmentDetailsRecord extends EnvironmentRecord {
  applications?: ApplicationRecord[];
  services?: ServiceRecord[];
  postgresqls?: DatabaseRecord[];
  mysqls?: DatabaseRecord[];
  mariadbs?: DatabaseRecord[];
  mongodbs?: DatabaseRecord[];
  redis?: DatabaseRecord[];
}

/** Nested `settings` of `GET /applications/{uuid}`. */
export interface ApplicationSettingsRecord extends CoolifyRecord {
  is_preview_deployments_enabled?: boolean;
  is_auto_deploy_enabled?: boolean;
  is_force_https_enabled?: boolean;
  is_git_submodules_enabled?: boolean;
  is_git_lfs_enabled?: boolean;
}

/** An application. Domains come back as `fqdn` (comma separated), never `domains`. */
export interface ApplicationRecord extends CoolifyRecord {
  id?: number;
  uuid: string;
  name: string;
  description: string | null;
  fqdn: string | null;
  build_pack: 'nixpacks' | 'railpack' | 'static' | 'dockerfile' | 'dockercompose' | 'dockerimage' | string;
  git_repository?: string | null;
  git_branch?: string | null;
  git_commit_sha?: string | null;
  docker_registry_image_name?: string | null;
  docker_registry_image_tag?: string | null;
  ports_exposes?: string | null;
  ports_mappings?: string | null;
  environment_id: number;
  destination_id?: number;
  status?: string;
  server_status?: boolean;
  preview_url_template?: string | null;
  /** Only with `read:sensitive`. */
  dockerfile?: string | null;
  /** Only with `read:sensitive`. */
  custom_labels?: string | null;
  /** Only with `read:sensitive`. */
  http_basic_auth_password?: string | null;
  settings?: ApplicationSettingsRecord;
}

/** The eight database engines Coolify can create (`POST /databases/{type}`): the manifest's types. */
export type { DatabaseType };

/** Every database type, in a stable order. */
export const DATABASE_TYPES: readonly DatabaseType[] = [
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'redis',
  'keydb',
  'dragonfly',
  'clickhouse',
];

/** A database backup schedule (`backup_configs` of a database record, `GET …/backups`). */
export interface BackupConfigRecord extends CoolifyRecord {
  uuid: string;
  frequency: string;
  enabled: boolean;
  save_s3: boolean;
  /** Integer id; `/s3-storages` hides ids, so it cannot be mapped back to a uuid. */
  s3_storage_id?: number | null;
  dump_all?: boolean;
  databases_to_backup?: string | null;
  database_backup_retention_amount_locally?: number;
  database_backup_retention_days_locally?: number;
  database_backup_retention_max_storage_locally?: number;
  database_backup_retention_amount_s3?: number;
  database_backup_retention_days_s3?: number;
  database_backup_retention_max_storage_s3?: number;
  timeout?: number;
  executions?: BackupExecutionRecord[];
}

/** One run of a backup schedule. */
export interface BackupExecutionRecord extends CoolifyRecord {
  uuid: string;
  status?: string;
  filename?: string | null;
  created_at?: string;
}

/** A standalone database. Passwords and URLs appear only with `read:sensitive`. */
export interface DatabaseRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  description: string | null;
  /** e.g. `standalone-postgresql`. */
  database_type?: string;
  image?: string;
  is_public?: boolean;
  public_port?: number | null;
  environment_id: number;
  destination_id?: number;
  status?: string;
  server_status?: boolean;
  internal_db_url?: string;
  external_db_url?: string | null;
  backup_configs?: BackupConfigRecord[];
}

/** A service (one-click template or raw compose). */
export interface ServiceRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  description: string | null;
  environment_id: number;
  destination_id?: number;
  server_id?: number;
  service_type?: string | null;
  status?: string;
  /** Only with `read:sensitive`. */
  docker_compose_raw?: string | null;
}

/** An environment variable of an application, service or database. */
export interface EnvVarRecord extends CoolifyRecord {
  uuid: string;
  key: string;
  /** Only with `read:sensitive` (and never for `is_shown_once` app/service vars). */
  value?: string | null;
  /** `value` with `{{project.KEY}}` references resolved; same visibility as `value`. */
  real_value?: string | null;
  is_preview?: boolean;
  is_literal?: boolean;
  is_multiline?: boolean;
  is_shown_once?: boolean;
  is_runtime?: boolean;
  is_buildtime?: boolean;
  is_shared?: boolean;
  comment?: string | null;
}

/** Body of env create / PATCH / bulk items. Names are `is_buildtime`/`is_runtime` (never `is_build_time`). */
export interface EnvVarInput {
  key: string;
  value: string;
  is_preview?: boolean;
  is_literal?: boolean;
  is_multiline?: boolean;
  is_shown_once?: boolean;
  is_runtime?: boolean;
  is_buildtime?: boolean;
  comment?: string | null;
}

/** A shared variable (team, project, environment or server scope); addressed by integer `id`. */
export interface SharedEnvRecord extends CoolifyRecord {
  /** The only identifier (shared variables have no uuid column). */
  id: number;
  key: string;
  value?: string | null;
  is_literal?: boolean;
  is_multiline?: boolean;
  is_shown_once?: boolean;
  comment?: string | null;
}

/** A server. */
export interface ServerRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  description?: string | null;
  ip?: string;
  proxy_type?: string | null;
  settings?: CoolifyRecord & { is_build_server?: boolean; wildcard_domain?: string | null };
}

/** A Docker network destination of a server. */
export interface DestinationRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  network: string;
  type?: string;
  server_uuid?: string;
}

/** `GET /servers/{uuid}/resources` and `GET /resources` items. */
export interface ResourceSummaryRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  /** `application`, `service`, `standalone-postgresql`, … */
  type: string;
  status?: string;
  id?: number;
}

/** `GET /servers/{uuid}/domains` item. */
export interface ServerDomainsRecord extends CoolifyRecord {
  ip?: string;
  domains?: string[];
}

/** An S3 storage. `key` and `secret` appear only with `read:sensitive`; `id` is hidden. */
export interface S3StorageRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  description?: string | null;
  endpoint: string;
  bucket: string;
  region: string;
  key?: string;
  secret?: string;
  is_usable?: boolean;
}

/** A cloud provider token as listed (`token` only with read:sensitive; CloudProviderTokensController.php:15-28). */
export interface CloudTokenRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  provider: string;
  servers_count?: number;
  token?: string;
}

/** `POST /cloud-tokens/{uuid}/validate` (CloudProviderTokensController.php:572-575). */
export interface CloudTokenValidation extends CoolifyRecord {
  valid: boolean;
  message: string;
}

/**
 * A private key (app/Models/PrivateKey.php). `private_key` appears only with `read:sensitive`
 * (SecurityController.php:13-25); `public_key` is appended, `fingerprint` stored on every save.
 */
export interface PrivateKeyRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  description?: string | null;
  public_key?: string;
  fingerprint?: string | null;
  is_git_related?: boolean;
  private_key?: string;
}

/** A tag of an application, database or service. */
export interface TagRecord extends CoolifyRecord {
  uuid: string;
  name: string;
}

/** Deployment status values (`app/Enums/ApplicationDeploymentStatus.php`). */
export type DeploymentStatus = 'queued' | 'in_progress' | 'finished' | 'failed' | 'cancelled-by-user';

/** A deployment queue entry. `logs` appear only with `read:sensitive`. */
export interface DeploymentRecord extends CoolifyRecord {
  deployment_uuid: string;
  status: DeploymentStatus | string;
  application_id?: number | string;
  application_name?: string;
  pull_request_id?: number;
  commit?: string | null;
  created_at?: string;
  updated_at?: string;
  logs?: string;
}

/** `GET /deployments/applications/{uuid}` (the spec wrongly says it returns applications). */
export interface DeploymentPage {
  count: number;
  deployments: DeploymentRecord[];
}

/** One entry of the `POST /deploy` answer; `deployment_uuid` is missing when nothing was queued. */
export interface DeployResultItem {
  message: string;
  resource_uuid: string;
  deployment_uuid?: string;
}

/** `POST /deploy` answer. */
export interface DeployResult {
  deployments: DeployResultItem[];
}

/** Answer of creates that return only the new uuid (projects, environments, envs, backups). */
export interface UuidResponse extends CoolifyRecord {
  uuid: string;
}

/** Answer of application and service creates: `201 {uuid, domains}`. */
export interface CreatedWithDomains extends CoolifyRecord {
  uuid: string;
  domains?: string | string[] | null;
}

/** Answer of database creates: the URL contains the password, whatever the token's abilities. */
export interface CreatedDatabase extends CoolifyRecord {
  uuid: string;
  internal_db_url?: string;
  external_db_url?: string | null;
}

/** A `{message}` answer (updates, deletes, stop). */
export interface MessageResponse extends CoolifyRecord {
  message: string;
}

/** start/restart answer: the `deployment_uuid` may never be created when the queue is full (API-NOTES §10.1). */
export interface LifecycleResponse extends CoolifyRecord {
  message: string;
  deployment_uuid?: string;
  /** Set by the client when Coolify answered "already running/stopped" (a 400 treated as success). */
  unchanged?: boolean;
}

/** Query flags of resource DELETEs; Coolify defaults all four to `true`. */
export interface DeleteFlags {
  deleteConfigurations?: boolean;
  deleteVolumes?: boolean;
  dockerCleanup?: boolean;
  deleteConnectedNetworks?: boolean;
}

/** `GET /applications/{uuid}/storages`. */
export interface StorageList extends CoolifyRecord {
  persistent_storages: CoolifyRecord[];
  file_storages: CoolifyRecord[];
}

/** A scheduled task of an application or service. */
export interface ScheduledTaskRecord extends CoolifyRecord {
  uuid: string;
  name: string;
  command: string;
  frequency: string;
  container?: string | null;
  timeout?: number;
  enabled?: boolean;
}

/** `GET …/logs` answer. */
export interface LogsResponse extends CoolifyRecord {
  logs: string;
}

/** `POST /s3-storages/{uuid}/validate` answer. */
export interface S3ValidationResult extends CoolifyRecord {
  valid: boolean;
  message?: string;
}
