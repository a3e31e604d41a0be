import { deploymentStatus, placedStatus } from './lifecycle.js';
import type { SandboxRuntime } from './options.js';
import type {
  ApplicationRecord,
  BackupRecord,
  DatabaseRecord,
  DeploymentRecord,
  EnvVarRecord,
  PlacedRecord,
  S3StorageRecord,
  ServiceRecord,
  SharedEnvRecord,
} from './world.js';
import { databaseMorphClass, databaseTableId } from './world.js';
import {
  APPLICATION_APPENDS,
  APPLICATION_COLUMNS,
  APPLICATION_NOT_COLUMNS,
  APPLICATION_SETTINGS_COLUMNS,
  DATABASE_COLUMNS,
  DATABASE_TYPE_COLUMNS,
  SERVICE_COLUMNS,
} from './model-defaults.js';
import { destinationRelation, environmentRelation, serverModelJson } from './serialize-relations.js';
import { iso, plainDateTime } from './dates.js';

function serverOf(rt: SandboxRuntime, serverId: number, sensitive: boolean): Record<string, unknown> | null {
  const s = rt.store.world.servers.find((x) => x.id === serverId);
  return s ? serverModelJson(rt, s, sensitive) : null;
}

/**
 * A service's sub-applications (service_applications rows), one per compose service, as the
 * real 4.3.11 lists them under `applications` (app/Models/ServiceApplication.php columns).
 */
function serviceApplications(rt: SandboxRuntime, svc: ServiceRecord): Record<string, unknown>[] {
  const compose = String(svc.fields.docker_compose_raw ?? '');
  const names = [...compose.matchAll(/^ {2}([A-Za-z0-9_.-]+):\s*$/gm)].map((m) => m[1] ?? '');
  const images = [...compose.matchAll(/^ {4}image:\s*['"]?([^'"\n]+)['"]?\s*$/gm)].map((m) => m[1] ?? null);
  const status = placedStatus('service', svc, rt, rt.now());
  return names.map((name, i) => ({
    id: svc.id * 100 + i, uuid: `${svc.uuid.slice(0, 20)}app${i}`, name, human_name: null, description: null, fqdn: null, ports: '', exposes: null,
    status, service_id: svc.id, created_at: iso(svc.created_at), updated_at: iso(svc.updated_at), exclude_from_status: false,
    required_fqdn: false, image: images[i] ?? null, is_log_drain_enabled: false, is_include_timestamps: false, deleted_at: null,
    is_gzip_enabled: true, is_stripprefix_enabled: true, last_online_at: plainDateTime(svc.created_at), is_migrated: false, noindex_domains: null,
    redirect: 'both', is_force_https_enabled: true,
  }));
}

/** Application fields only shown with read:sensitive. */
// app/Models/Application.php:236 `$hidden`, and ApplicationsController.php:124 private_key_id without read:sensitive.
export const APPLICATION_SENSITIVE = [
  'dockerfile', 'docker_compose', 'docker_compose_raw', 'custom_labels', 'http_basic_auth_password', 'private_key_id',
  'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea',
];

/** Application fields that live in `application_settings` (under `settings` on single GET). */
export const APPLICATION_SETTINGS = [
  'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled',
  'is_pr_deployments_public_enabled', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled',
  'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled',
  'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled',
  'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name',
  'is_container_label_escape_enabled', 'is_preserve_repository_enabled', 'connect_to_docker_network', 'stop_grace_period',
  'docker_images_to_keep', 'use_build_server',
];
const SETTINGS = new Set(APPLICATION_SETTINGS);

/** Database fields only shown with read:sensitive (passwords, URLs). */
export const DATABASE_SENSITIVE = [
  'postgres_password', 'mysql_password', 'mysql_root_password', 'mariadb_password', 'mariadb_root_password',
  'mongo_initdb_root_password', 'redis_password', 'keydb_password', 'dragonfly_password', 'clickhouse_admin_password',
  'internal_db_url', 'external_db_url',
];

function omit(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out = { ...obj };
  for (const k of keys) delete out[k];
  return out;
}

/** Columns every placed resource carries; `id` is hidden (ApplicationsController.php:103 removeSensitiveData, and the same in DatabasesController/ServicesController). */
function placedBase(rec: PlacedRecord): Record<string, unknown> {
  return {
    uuid: rec.uuid,
    name: rec.name,
    // last_online_at: set when the resource is created (column useCurrent), as the real 4.3.11 answers.
    last_online_at: plainDateTime(rec.created_at),
    description: rec.description,
    environment_id: rec.environment_id,
    destination_id: rec.destination_id,
    destination_type: 'App\\Models\\StandaloneDocker',
    created_at: iso(rec.created_at),
    updated_at: iso(rec.updated_at),
    deleted_at: null,
  };
}

/** An application as `GET /applications[/{uuid}]` returns it. */
export function serializeApplication(
  rt: SandboxRuntime,
  app: ApplicationRecord,
  sensitive: boolean,
  withSettings: boolean,
): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(app.fields)) (SETTINGS.has(k) ? settings : top)[k] = v;
  // ApplicationsController.php:1496-1502: use_build_server is stored as settings.is_build_server_enabled,
  // use_build_secrets as settings.use_build_secrets; neither is an applications column.
  if ('use_build_server' in settings) {
    settings.is_build_server_enabled = settings.use_build_server;
    delete settings.use_build_server;
  }
  if ('use_build_secrets' in top) settings.use_build_secrets = top.use_build_secrets;
  const out: Record<string, unknown> = omit({
    ...APPLICATION_COLUMNS,
    ...APPLICATION_APPENDS,
    ...placedBase(app),
    ...top,
    status: placedStatus('application', app, rt, rt.now()),
    server_status: true,
    // ApplicationsController.php:~215 (list) and :~300 (get) load the destination with its server.
    destination: destinationRelation(rt, app.destination_id, sensitive),
  }, APPLICATION_NOT_COLUMNS);
  if (withSettings) {
    // GET /applications/{uuid} also loads environment.project.team and settings; the settings'
    // id, application_id and timestamps are hidden (ApplicationsController.php:133).
    out.environment = environmentRelation(rt, app.environment_id);
    out.settings = { ...APPLICATION_SETTINGS_COLUMNS, ...settings };
  }
  return sensitive ? out : omit(out, APPLICATION_SENSITIVE);
}

/** A database as `GET /databases[/{uuid}]` returns it. */
export function serializeDatabase(rt: SandboxRuntime, db: DatabaseRecord, sensitive: boolean, withEnvironment = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...DATABASE_COLUMNS,
    ...DATABASE_TYPE_COLUMNS[db.type],
    ...placedBase(db),
    ...db.fields,
    database_type: `standalone-${db.type}`,
    status: placedStatus('database', db, rt, rt.now()),
    server_status: true,
    // DatabasesController.php list/get answer the database with destination.server loaded.
    destination: destinationRelation(rt, db.destination_id, sensitive),
  };
  if (withEnvironment) out.environment = environmentRelation(rt, db.environment_id);
  return sensitive ? out : omit(out, DATABASE_SENSITIVE);
}

/** A service as `GET /services[/{uuid}]` returns it. */
export function serializeService(rt: SandboxRuntime, svc: ServiceRecord, sensitive: boolean, withEnvironment = false): Record<string, unknown> {
  const { urls: _urls, ...fields } = svc.fields;
  // services have no last_online_at column (their sub-applications do).
  const { last_online_at: _lastOnline, ...base } = placedBase(svc);
  const out: Record<string, unknown> = {
    ...SERVICE_COLUMNS,
    ...base,
    // services.description is a string column, "" when not given (as the real 4.3.11 answers).
    description: svc.description ?? '',
    server_id: svc.server_id,
    ...fields,
    status: placedStatus('service', svc, rt, rt.now()),
    server_status: true,
    // ServicesController.php list/get load destination.server, server and the sub-applications/databases.
    destination: destinationRelation(rt, svc.destination_id, sensitive),
    // the separate `server` relation keeps ServerSetting's hidden keys hidden even for root.
    server: serverOf(rt, svc.server_id, false),
    applications: serviceApplications(rt, svc),
    databases: [],
  };
  if (withEnvironment) out.environment = environmentRelation(rt, svc.environment_id);
  return sensitive ? out : omit(out, ['docker_compose_raw', 'docker_compose']);
}

/** An env var; `value`/`real_value` only with read:sensitive (and, for apps/services, not shown-once). */
export function serializeEnvVar(env: EnvVarRecord, sensitive: boolean, version: string): Record<string, unknown> {
  // The controllers hide `id` and the `resourceable*` keys (ApplicationsController.php:102,
  // DatabasesController.php:3378); the model appends is_shared, is_really_required,
  // is_buildpack_control and is_coolify (app/Models/EnvironmentVariable.php:81) and records the
  // Coolify version that created the row (:122). Checked against Coolify 4.3.11.
  const out: Record<string, unknown> = {
    uuid: env.uuid,
    key: env.key,
    is_preview: env.is_preview,
    is_literal: env.is_literal,
    is_multiline: env.is_multiline,
    is_shown_once: env.is_shown_once,
    is_buildtime: env.is_buildtime,
    is_runtime: env.is_runtime,
    is_required: false,
    is_shared: /\{\{\s*(team|project|environment|server)\./.test(env.value ?? ''),
    is_really_required: false,
    is_buildpack_control: false,
    is_coolify: false,
    order: null,
    version,
    comment: env.comment,
    created_at: iso(env.created_at),
    updated_at: iso(env.updated_at),
  };
  const hideShownOnce = env.owner.kind !== 'database' && env.is_shown_once === true;
  if (sensitive && !hideShownOnce) {
    out.value = env.value;
    out.real_value = env.value;
  }
  return out;
}

/**
 * A shared variable: no uuid (there is no such column); team/project/environment/server ids
 * hidden, `value` only with read:sensitive and never when shown once
 * (app/Http/Controllers/Api/SharedEnvironmentVariablesController.php:19-37).
 */
export function serializeSharedEnv(env: SharedEnvRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: env.id,
    key: env.key,
    is_literal: env.is_literal,
    is_multiline: env.is_multiline,
    is_shown_once: env.is_shown_once,
    comment: env.comment,
    type: env.scope.kind,
    created_at: iso(env.created_at),
    updated_at: iso(env.updated_at),
  };
  if (sensitive && !env.is_shown_once) out.value = env.value;
  return out;
}

/** A deployment queue entry; `logs` only with read:sensitive. */
export function serializeDeployment(rt: SandboxRuntime, d: DeploymentRecord, sensitive: boolean): Record<string, unknown> {
  const app = rt.store.world.applications.find((a) => a.id === d.application_id);
  const status = deploymentStatus(d, rt, rt.now());
  const out: Record<string, unknown> = {
    id: d.id,
    application_id: String(d.application_id),
    application_name: app?.name ?? null,
    deployment_uuid: d.deployment_uuid,
    pull_request_id: d.pull_request_id,
    force_rebuild: d.force_rebuild,
    commit: d.commit,
    status,
    is_webhook: false,
    is_api: true,
    restart_only: d.is_restart,
    server_id: app?.server_id ?? null,
    destination_id: app ? String(app.destination_id) : null,
    deployment_url: app ? `/project/deployment/${d.deployment_uuid}` : null,
    created_at: iso(d.created_at),
    updated_at: iso(d.created_at),
  };
  if (sensitive) {
    const lines = [{ output: `Starting deployment of ${app?.name ?? 'application'}.`, type: 'stdout', timestamp: iso(d.created_at) }];
    if (status === 'finished') lines.push({ output: 'Deployment finished.', type: 'stdout', timestamp: iso(d.created_at) });
    if (status === 'failed') lines.push({ output: 'Deployment failed (sandbox fault fail-deploy).', type: 'stderr', timestamp: iso(d.created_at) });
    out.logs = JSON.stringify(lines);
  }
  return out;
}

/** A backup schedule with its executions. */
export function serializeBackup(rt: SandboxRuntime, b: BackupRecord): Record<string, unknown> {
  const db = rt.store.world.databases.find((d) => databaseTableId(d) === b.database_id && (b.database_type === undefined || databaseMorphClass(d.type) === b.database_type));
  return {
    id: b.id,
    uuid: b.uuid,
    // scheduled_database_backups.description (nullable column, database/migrations/2023_08_08_150103_create_scheduled_database_backups_table.php).
    description: null,
    ...b.fields,
    database_type: b.database_type ?? (db ? databaseMorphClass(db.type) : null),
    database_id: b.database_id,
    team_id: rt.store.world.team.id,
    created_at: iso(b.created_at),
    updated_at: iso(b.updated_at),
    executions: rt.store.world.backupExecutions
      .filter((e) => e.backup_id === b.id)
      .map((e) => ({ id: e.id, uuid: e.uuid, status: e.status, message: e.message, size: e.size, filename: e.filename, created_at: iso(e.created_at) })),
  };
}

/** An S3 storage; key/secret only with read:sensitive; `id` hidden like Coolify. */
export function serializeS3(s: S3StorageRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { uuid: s.uuid, ...s.fields };
  return sensitive ? out : omit(out, ['key', 'secret']);
}
