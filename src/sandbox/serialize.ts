import type { SandboxRuntime } from './options.js';
import type {
  ApplicationRecord,
  BackupRecord,
  DatabaseRecord,
  S3StorageRecord,
  ScheduledTaskRecord,
  ServiceRecord,
  SharedEnvRecord,
  TagRecord,
} from './world.js';
import { databaseMorphClass, databaseTableId } from './world.js';
import { APPLICATION_SETTINGS_COLUMNS, S3_STORAGE_COLUMNS, withDefaults } from './model-defaults.js';
import { iso, omit } from './serialize-base.js';
import { serviceDatabaseRecords } from './service-parts.js';
import {
  APPLICATION_HIDDEN,
  DATABASE_HIDDEN,
  SERVICE_HIDDEN,
  applicationRow,
  databaseRow,
  serviceApplications,
  serviceRow,
  splitApplicationFields,
} from './serialize-models.js';
import { destinationRelation, environmentRelation, serverModelJson } from './serialize-relations.js';

export { iso, plainDateTime } from './serialize-base.js';
export { serializeEnvVar } from './serialize-env.js';
export { serializeDeployment } from './serialize-deployment.js';

function serverOf(rt: SandboxRuntime, serverId: number, sensitive: boolean): Record<string, unknown> | null {
  const s = rt.store.world.servers.find((x) => x.id === serverId);
  return s ? serverModelJson(rt, s, sensitive) : null;
}

/**
 * An application as `GET /applications[/{uuid}]` returns it: the row without `id`
 * (ApplicationsController.php:100-138 removeSensitiveData), with the destination and server it
 * loads (:~215 list, :~300 get). With read:sensitive the model's hidden keys are made visible
 * except domain_dns_statuses (:109-121); without it they stay hidden and private_key_id is
 * hidden too (:124-126).
 */
export function serializeApplication(
  rt: SandboxRuntime,
  app: ApplicationRecord,
  sensitive: boolean,
  withSettings: boolean,
): Record<string, unknown> {
  const { top, settings } = splitApplicationFields(app);
  // ApplicationsController.php:1496-1502: use_build_server is stored as settings.is_build_server_enabled,
  // use_build_secrets as settings.use_build_secrets; neither is an applications column.
  if ('use_build_server' in settings) {
    settings.is_build_server_enabled = settings.use_build_server;
    delete settings.use_build_server;
  }
  if ('use_build_secrets' in top) settings.use_build_secrets = top.use_build_secrets;
  const out: Record<string, unknown> = {
    ...omit(applicationRow(rt, app), ['id']),
    additional_servers: [],
    destination: destinationRelation(rt, app.destination_id, sensitive),
  };
  if (withSettings) {
    // GET /applications/{uuid} also loads environment.project.team and settings; the settings'
    // id, application_id and timestamps are hidden (ApplicationsController.php:133).
    out.environment = environmentRelation(rt, app.environment_id);
    out.settings = { ...APPLICATION_SETTINGS_COLUMNS, ...settings };
  }
  return omit(out, sensitive ? ['domain_dns_statuses'] : [...APPLICATION_HIDDEN, 'private_key_id']);
}

/**
 * A database as `GET /databases[/{uuid}]` returns it: the row without `id`
 * (DatabasesController.php:31-34 removeSensitiveData), with destination.server; with
 * read:sensitive the passwords and URLs are made visible (:35-50), otherwise the model's
 * `$hidden` keys stay hidden.
 */
export function serializeDatabase(rt: SandboxRuntime, db: DatabaseRecord, sensitive: boolean, withEnvironment = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...omit(databaseRow(rt, db), ['id']),
    // DatabasesController.php list/get answer the database with destination.server loaded.
    destination: destinationRelation(rt, db.destination_id, sensitive),
  };
  if (withEnvironment) out.environment = environmentRelation(rt, db.environment_id);
  return sensitive ? out : omit(out, DATABASE_HIDDEN[db.type]);
}

/** A service as `GET /services[/{uuid}]` returns it (ServicesController.php:52-79 removeSensitiveData hides `id`). */
export function serializeService(rt: SandboxRuntime, svc: ServiceRecord, sensitive: boolean, withEnvironment = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...omit(serviceRow(rt, svc), ['id']),
    // ServicesController.php list/get load destination.server, server and the sub-applications/databases.
    destination: destinationRelation(rt, svc.destination_id, sensitive),
    // the separate `server` relation keeps ServerSetting's hidden keys hidden even for root.
    server: serverOf(rt, svc.server_id, false),
    applications: serviceApplications(rt, svc),
    databases: serviceDatabaseRecords(rt, svc),
  };
  if (withEnvironment) out.environment = environmentRelation(rt, svc.environment_id);
  return sensitive ? out : omit(out, SERVICE_HIDDEN);
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

/**
 * An S3 storage row: key/secret only with read:sensitive (app/Models/S3Storage.php:36 `$hidden`,
 * made visible by S3StoragesController.php:16-30 removeSensitiveData, which also hides `id`).
 * The row carries team_id and timestamps (2023_08_07_073651_create_s3_storages_table.php) and
 * unusable_email_sent (2023_10_10_100320_update_s3_storages_table.php); a seeded row that does
 * not store them gets the team, the seed time and the column default.
 */
export function serializeS3(rt: SandboxRuntime, s: S3StorageRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    uuid: s.uuid,
    ...withDefaults({ ...S3_STORAGE_COLUMNS, team_id: rt.store.world.team.id, created_at: iso(0), updated_at: iso(0) }, s.fields),
  };
  return sensitive ? out : omit(out, ['key', 'secret']);
}

/** A tag: TagsController::serializeTag (app/Http/Controllers/Api/TagsController.php:15-23), uuid, name and the times. */
export function serializeTag(t: TagRecord): Record<string, unknown> {
  return { uuid: t.uuid, name: t.name, created_at: iso(t.created_at ?? 0), updated_at: iso(t.updated_at ?? 0) };
}

/**
 * A scheduled task: `id`, `team_id`, `application_id` and `service_id` hidden
 * (app/Http/Controllers/Api/ScheduledTasksController.php:16-26 removeSensitiveData), the
 * columns of 2023_12_31_173041_create_scheduled_tasks_table.php (+ timeout) and the times.
 */
export function serializeTask(t: ScheduledTaskRecord): Record<string, unknown> {
  const f = t.fields;
  return {
    uuid: t.uuid, name: f.name, command: f.command, container: f.container ?? null, enabled: f.enabled, frequency: f.frequency, timeout: f.timeout,
    created_at: iso(t.created_at ?? 0), updated_at: iso(t.updated_at ?? 0),
  };
}
