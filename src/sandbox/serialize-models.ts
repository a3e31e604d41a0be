/**
 * Coolify 4.3.11's resource models as Eloquent serializes them (`toArray()`): every column of
 * the row (`id` included), the model's `$appends`, the relations its accessors load, with the
 * model's `$hidden` keys left out unless a caller exposes them. The controller answers
 * (serialize.ts) start from these rows and apply their own hide/show rules; the answers that
 * serialize the models as they are (`GET /resources`, `GET /projects/{uuid}/{env}`, the
 * `application` of a deployment) use them directly.
 */
import { placedStatus } from './lifecycle.js';
import type { SandboxRuntime } from './options.js';
import {
  APPLICATION_APPENDS,
  APPLICATION_COLUMNS,
  APPLICATION_NOT_COLUMNS,
  DATABASE_COLUMNS,
  DATABASE_NOT_COLUMNS,
  DATABASE_TYPE_COLUMNS,
  SERVICE_COLUMNS,
} from './model-defaults.js';
import { iso, omit, placedBase, plainDateTime } from './serialize-base.js';
import { destinationRelation, serverModelJson } from './serialize-relations.js';
import { serviceApplicationRecords, serviceDatabaseRecords } from './service-parts.js';
import { databaseTableId, type ApplicationRecord, type DatabaseRecord, type DatabaseType, type ServiceRecord } from './world.js';

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

/** app/Models/Application.php:236 `$hidden`: left out of every serialization unless made visible. */
export const APPLICATION_HIDDEN = [
  'http_basic_auth_password', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket',
  'manual_webhook_secret_gitea', 'dockerfile', 'docker_compose', 'docker_compose_raw', 'custom_labels', 'domain_dns_statuses',
];

/** Each engine model's `$hidden` (app/Models/Standalone*.php, e.g. StandalonePostgresql.php:68). */
export const DATABASE_HIDDEN: Readonly<Record<DatabaseType, readonly string[]>> = {
  postgresql: ['postgres_password', 'init_scripts', 'internal_db_url', 'external_db_url'],
  mysql: ['mysql_password', 'mysql_root_password', 'internal_db_url', 'external_db_url'],
  mariadb: ['mariadb_password', 'mariadb_root_password', 'internal_db_url', 'external_db_url'],
  mongodb: ['mongo_initdb_root_password', 'internal_db_url', 'external_db_url'],
  redis: ['redis_password', 'internal_db_url', 'external_db_url'],
  keydb: ['keydb_password', 'internal_db_url', 'external_db_url'],
  dragonfly: ['dragonfly_password', 'internal_db_url', 'external_db_url'],
  clickhouse: ['clickhouse_admin_password', 'internal_db_url', 'external_db_url'],
  // StandaloneSqlite.php (4.4): no `$hidden`, no password and no connection URLs.
  sqlite: [],
};

/** app/Models/Service.php `$hidden`. */
export const SERVICE_HIDDEN = ['docker_compose', 'docker_compose_raw'];

/** An application's stored fields split into `applications` columns and `application_settings` columns. */
export function splitApplicationFields(app: ApplicationRecord): { top: Record<string, unknown>; settings: Record<string, unknown> } {
  const top: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(app.fields)) (SETTINGS.has(k) ? settings : top)[k] = v;
  return { top, settings };
}

/**
 * The `applications` row: every column (migrations' defaults under the stored fields), the
 * appended `server_status` (app/Models/Application.php:228) and the counts its global scope adds
 * (:274 withCount additional_servers / additional_networks). Nothing hidden, no relation.
 */
export function applicationRow(rt: SandboxRuntime, app: ApplicationRecord): Record<string, unknown> {
  const { top } = splitApplicationFields(app);
  const { additional_servers: _servers, ...counts } = APPLICATION_APPENDS;
  return omit({
    id: app.id,
    ...APPLICATION_COLUMNS,
    ...counts,
    // withCount (Application.php:273-278): its rows of the additional_destinations pivot, both counts alike.
    ...extraCounts(rt, app),
    ...placedBase(app),
    ...top,
    status: placedStatus('application', app, rt, rt.now()),
    server_status: true,
  }, APPLICATION_NOT_COLUMNS);
}

function extraCounts(rt: SandboxRuntime, app: ApplicationRecord): Record<string, number> {
  const n = (rt.store.world.additionalDestinations ?? []).filter((p) => p.application_id === app.id).length;
  return { additional_servers_count: n, additional_networks_count: n };
}

/**
 * An application model as it serializes on its own: the row with the relations its
 * `server_status` accessor loads (`destination.server.settings`, Application.php:835-858) and
 * `additional_servers`; `$hidden` left out unless `exposeHidden` (exposeSensitiveFields,
 * bootstrap/helpers/api.php:104). Nested server secrets stay hidden (ServerSetting.php:136).
 */
export function applicationModelJson(rt: SandboxRuntime, app: ApplicationRecord, exposeHidden: boolean): Record<string, unknown> {
  const out = { ...applicationRow(rt, app), additional_servers: [], destination: destinationRelation(rt, app.destination_id, false) };
  return exposeHidden ? out : omit(out, APPLICATION_HIDDEN);
}

/**
 * A `standalone_*` row: the shared and per-engine columns, the stored fields (without those that
 * are no column of the engine's table), the table's own id, and the model's appends
 * (internal_db_url, external_db_url, database_type except on KeyDB, server_status:
 * StandalonePostgresql.php:61, StandaloneKeydb.php:55). Nothing hidden, no relation.
 */
export function databaseRow(rt: SandboxRuntime, db: DatabaseRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: databaseTableId(db),
    ...DATABASE_COLUMNS,
    ...DATABASE_TYPE_COLUMNS[db.type],
    ...placedBase(db),
    ...db.fields,
    status: placedStatus('database', db, rt, rt.now()),
    internal_db_url: db.fields.internal_db_url ?? null,
    external_db_url: db.fields.external_db_url ?? null,
    server_status: true,
  };
  if (db.type !== 'keydb') row.database_type = `standalone-${db.type}`;
  return omit(row, DATABASE_NOT_COLUMNS[db.type] ?? []);
}

/** A database model on its own: the row with `destination.server.settings` (loaded by server_status), `$hidden` left out unless exposed. */
export function databaseModelJson(rt: SandboxRuntime, db: DatabaseRecord, exposeHidden: boolean): Record<string, unknown> {
  const out = { ...databaseRow(rt, db), destination: destinationRelation(rt, db.destination_id, false) };
  return exposeHidden ? out : omit(out, DATABASE_HIDDEN[db.type]);
}

/**
 * A service's sub-applications (service_applications rows), one per compose service that is no
 * database, as the real 4.3.11 lists them under `applications` (src/sandbox/service-parts.ts).
 */
export function serviceApplications(rt: SandboxRuntime, svc: ServiceRecord): Record<string, unknown>[] {
  return serviceApplicationRecords(rt, svc);
}

/**
 * The `services` row (2023_03_27_083621_create_services_table.php and later; no last_online_at
 * column) with the appended server_status and status (app/Models/Service.php:67). Nothing hidden.
 */
export function serviceRow(rt: SandboxRuntime, svc: ServiceRecord): Record<string, unknown> {
  const { urls: _urls, app_fqdns: _fqdns, part_settings: _parts, ...fields } = svc.fields;
  const { last_online_at: _lastOnline, ...base } = placedBase(svc);
  return {
    id: svc.id,
    ...SERVICE_COLUMNS,
    ...base,
    // services.description is a string column, "" when not given (as the real 4.3.11 answers).
    description: svc.description ?? '',
    server_id: svc.server_id,
    ...fields,
    status: placedStatus('service', svc, rt, rt.now()),
    server_status: true,
  };
}

/**
 * A service model on its own: the row with the relations its status accessors load (`server`
 * with settings, `applications`, `databases`; no destination), `$hidden` left out unless exposed.
 */
export function serviceModelJson(rt: SandboxRuntime, svc: ServiceRecord, exposeHidden: boolean): Record<string, unknown> {
  const server = rt.store.world.servers.find((s) => s.id === svc.server_id);
  const out = {
    ...serviceRow(rt, svc),
    server: server ? serverModelJson(rt, server, false) : null,
    applications: serviceApplications(rt, svc),
    databases: serviceDatabaseRecords(rt, svc),
  };
  return exposeHidden ? out : omit(out, SERVICE_HIDDEN);
}
