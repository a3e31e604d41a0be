import { byUuid } from '../append-index.js';
import { badRequest, notFound, validationFailed } from '../api-error.js';
import { releaseDefaults } from '../contract/release-rules.js';
import { isRunning, placedStatus, startNow, stopNow } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeBackup, serializeDatabase } from '../serialize.js';
import { DATABASE_TYPES, type DatabaseRecord, type DatabaseType } from '../world.js';
import { defaultDatabaseVolumes } from '../database-volumes.js';
import { createEnvVar } from './env-vars.js';
import { backupsByDatabaseId } from './backups.js';
import { attachTags, decodeBase64Field, normalizeTagNames, queueDelete, resolvePlacement } from './common.js';

/** Per-type defaults (bootstrap/helpers/databases.php): image, user/db names, password fields. */
const TYPE_DEFAULTS: Record<DatabaseType, { image: string; fields: Record<string, unknown>; passwords: string[] }> = {
  postgresql: { image: 'postgres:16-alpine', fields: { postgres_user: 'postgres', postgres_db: 'postgres', postgres_initdb_args: null, postgres_host_auth_method: null, postgres_conf: null }, passwords: ['postgres_password'] },
  mysql: { image: 'mysql:8', fields: { mysql_user: 'mysql', mysql_database: 'default', mysql_conf: null }, passwords: ['mysql_root_password', 'mysql_password'] },
  mariadb: { image: 'mariadb:11', fields: { mariadb_user: 'mariadb', mariadb_database: 'default', mariadb_conf: null }, passwords: ['mariadb_root_password', 'mariadb_password'] },
  mongodb: { image: 'mongo:7', fields: { mongo_initdb_root_username: 'root', mongo_initdb_database: 'default', mongo_conf: null }, passwords: ['mongo_initdb_root_password'] },
  redis: { image: 'redis:7.2', fields: { redis_conf: null }, passwords: ['redis_password'] },
  keydb: { image: 'eqalpha/keydb:latest', fields: { keydb_conf: null }, passwords: ['keydb_password'] },
  dragonfly: { image: 'docker.dragonflydb.io/dragonflydb/dragonfly', fields: {}, passwords: ['dragonfly_password'] },
  clickhouse: { image: 'clickhouse/clickhouse-server:25.11', fields: { clickhouse_admin_user: 'default', clickhouse_db: 'default' }, passwords: ['clickhouse_admin_password'] },
  // 4.4's create_standalone_sqlites_table migration:17 (sqlite_databases 'database.sqlite') and :28 (image).
  sqlite: { image: 'peakimages/sqlite:3.53.4-v0.1.0', fields: { sqlite_databases: 'database.sqlite' }, passwords: [] },
};

/** The Coolify model of each type, for the release's model defaults (app/Models/Standalone*.php). */
const DB_MODEL: Record<DatabaseType, string> = {
  postgresql: 'StandalonePostgresql', mysql: 'StandaloneMysql', mariadb: 'StandaloneMariadb', mongodb: 'StandaloneMongodb',
  redis: 'StandaloneRedis', keydb: 'StandaloneKeydb', dragonfly: 'StandaloneDragonfly', clickhouse: 'StandaloneClickhouse', sqlite: 'StandaloneSqlite',
};

const TYPE_PREFIX: Record<DatabaseType, string> = {
  postgresql: 'postgres_', mysql: 'mysql_', mariadb: 'mariadb_', mongodb: 'mongo_', redis: 'redis_', keydb: 'keydb_', dragonfly: 'dragonfly_', clickhouse: 'clickhouse_', sqlite: 'sqlite_',
};
const CONF_FIELDS = ['postgres_conf', 'mysql_conf', 'mariadb_conf', 'mongo_conf', 'redis_conf', 'keydb_conf'];
// Column defaults of every engine's table; the health check ones from
// 2026_05_31_000000_add_health_check_to_standalone_databases.php (interval 15, timeout 5,
// retries 5, start period 5), enable_ssl from 2025_01_27_102616_add_ssl_fields_to_database_tables.php
// (every engine but ClickHouse).
const COMMON_DEFAULTS: Record<string, unknown> = {
  is_public: false, public_port: null, public_port_timeout: 3600, limits_memory: '0', limits_memory_swap: '0',
  limits_memory_swappiness: 60, limits_memory_reservation: '0', limits_cpus: '0', limits_cpuset: null, limits_cpu_shares: 1024,
  health_check_enabled: true, health_check_interval: 15, health_check_timeout: 5, health_check_retries: 5, health_check_start_period: 5,
  ports_mappings: null, is_log_drain_enabled: false,
};
// The 4.4 standalone_sqlites table has no public_port, public_port_timeout or ports_mappings
// column (create_standalone_sqlites_table migration:30, only is_public), and no enable_ssl.
const SQLITE_ABSENT = ['public_port', 'public_port_timeout', 'ports_mappings'];
const NON_FIELD = new Set(['project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'tags', 'name', 'description']);

/** Recomputes `internal_db_url` / `external_db_url` from the stored fields. */
export function refreshDatabaseUrls(rt: SandboxRuntime, db: DatabaseRecord): void {
  const f = db.fields;
  const host = db.uuid;
  const server = rt.store.world.servers.find((s) => s.id === db.server_id);
  const publicHost = server?.ip === 'host.docker.internal' ? '127.0.0.1' : (server?.ip ?? '127.0.0.1');
  const enc = (v: unknown): string => encodeURIComponent(String(v ?? ''));
  // StandaloneSqlite.php (4.4) has no internal_db_url/external_db_url attributes: a file, no server.
  if (db.type === 'sqlite') return;
  const url = (h: string, port: number | string): string => {
    switch (db.type) {
      case 'postgresql': return `postgres://${enc(f.postgres_user)}:${enc(f.postgres_password)}@${h}:${port}/${enc(f.postgres_db)}`;
      case 'mysql': return `mysql://${enc(f.mysql_user)}:${enc(f.mysql_password)}@${h}:${port}/${enc(f.mysql_database)}`;
      case 'mariadb': return `mysql://${enc(f.mariadb_user)}:${enc(f.mariadb_password)}@${h}:${port}/${enc(f.mariadb_database)}`;
      case 'mongodb': return `mongodb://${enc(f.mongo_initdb_root_username)}:${enc(f.mongo_initdb_root_password)}@${h}:${port}/?directConnection=true`;
      case 'redis': return `redis://default:${enc(f.redis_password)}@${h}:${port}/0`;
      case 'keydb': return `redis://:${enc(f.keydb_password)}@${h}:${port}/0`;
      case 'dragonfly': return `redis://:${enc(f.dragonfly_password)}@${h}:${port}/0`;
      // app/Models/StandaloneClickhouse.php:302-313: the database (clickhouse_db, 'default') ends the URL.
      case 'clickhouse': return `clickhouse://${enc(f.clickhouse_admin_user)}:${enc(f.clickhouse_admin_password)}@${h}:${port}/${String(f.clickhouse_db ?? 'default')}`;
      case 'sqlite': return ''; // returned above
    }
  };
  const internalPort = ({ postgresql: 5432, mysql: 3306, mariadb: 3306, mongodb: 27017, redis: 6379, keydb: 6379, dragonfly: 6379, clickhouse: 9000 } as const)[db.type];
  f.internal_db_url = url(host, internalPort);
  f.external_db_url = f.is_public === true && f.public_port ? url(publicHost, f.public_port as number) : null;
}

function applyDbFields(db: DatabaseRecord, body: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(body)) {
    if (NON_FIELD.has(k)) continue;
    db.fields[k] = CONF_FIELDS.includes(k) && typeof v === 'string' ? decodeBase64Field(k, v) : v;
  }
  if (body.public_port !== undefined && body.public_port !== null) {
    const port = Number(body.public_port);
    if (!Number.isInteger(port) || port < 1024 || port > 65535) throw validationFailed({ public_port: ['The public port field must be between 1024 and 65535.'] });
  }
  // is_public without a public_port is silently switched off
  if (db.fields.is_public === true && !db.fields.public_port) db.fields.is_public = false;
}

function findDb(rt: SandboxRuntime, uuid: string | undefined): DatabaseRecord {
  const db = byUuid(rt.store.world.databases, uuid);
  if (!db) throw notFound('Database');
  return db;
}

/**
 * The SQLite rules of Coolify 4.4's `POST /databases/sqlite` (DatabasesController::create_database_sqlite,
 * coolify-v4.4.2.json routes; the controller's 4.4 text is not in the code index, only the model
 * and the migration): the file list must match StandaloneSqlite::DATABASES_PATTERN
 * (StandaloneSqlite.php:21), and the public-port keys, although on the shared allow-list
 * (coolify-v4.4.2.json `DatabasesController::create_database`), are refused with 422, as the
 * coolify-terraform provider records against 4.4 (its sqlite resource never sends them): the
 * table has no public_port column (create_standalone_sqlites_table migration:30). The 422
 * wording is Laravel's usual; the real one was not seen.
 */
function checkSqlitePattern(body: Record<string, unknown>, errors: Record<string, string[]>): void {
  const files = body.sqlite_databases;
  if (files !== undefined && (typeof files !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*(,[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(files))) {
    errors.sqlite_databases = ['The sqlite databases field format is invalid.'];
  }
}

function checkSqliteCreate(body: Record<string, unknown>): void {
  const errors: Record<string, string[]> = {};
  for (const k of ['is_public', 'public_port', 'public_port_timeout']) if (k in body) errors[k] = ['This field is not allowed.'];
  checkSqlitePattern(body, errors);
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

function createDatabase(type: DatabaseType, req: RouteRequest): { status: number; body: unknown } {
  const { rt, body } = req;
  if (type === 'sqlite') checkSqliteCreate(body);
  const placement = resolvePlacement(rt, body);
  const tags = Array.isArray(body.tags) ? normalizeTagNames(body.tags, 'tags') : [];
  const defaults = TYPE_DEFAULTS[type];
  const now = rt.now();
  const uuid = rt.store.uuid();
  const db: DatabaseRecord = {
    // Each engine is its own table with its own id sequence (database/migrations/*_create_standalone_*_table.php).
    id: rt.store.nextId(), table_id: rt.store.nextTableId(`standalone_${type}`), uuid, type,
    name: typeof body.name === 'string' && body.name ? body.name : `${type}-database-${uuid}`,
    description: typeof body.description === 'string' ? body.description : null,
    environment_id: placement.environment.id, destination_id: placement.destination.id, server_id: placement.server.id,
    tag_ids: [], created_at: now, updated_at: now, run: { state: 'never', since: now },
    fields: { image: defaults.image, ...COMMON_DEFAULTS, ...(type === 'clickhouse' || type === 'sqlite' ? {} : { enable_ssl: false }), ...releaseDefaults(rt.release, DB_MODEL[type]), ...defaults.fields },
  };
  if (type === 'sqlite') for (const k of SQLITE_ABSENT) delete db.fields[k];
  for (const p of defaults.passwords) db.fields[p] = rt.store.password();
  applyDbFields(db, body);
  for (const p of defaults.passwords) if (db.fields[p] === null || db.fields[p] === '') db.fields[p] = rt.store.password();
  refreshDatabaseUrls(rt, db);
  rt.store.world.databases.push(db);
  // app/Models/StandalonePostgresql.php:91 (and each engine's booted()): the data volume(s) come with the database.
  for (const v of defaultDatabaseVolumes(type, String(db.fields.image ?? ''))) {
    rt.store.world.storages.push({
      id: rt.store.nextId(), uuid: rt.store.uuid(), owner: { kind: 'database', id: db.id }, type: 'persistent',
      fields: { host_path: null, name: `${v.prefix}${db.uuid}`, mount_path: v.mount_path }, created_at: now, updated_at: now,
    });
  }
  attachTags(rt, db, tags);
  if (type === 'redis') {
    createEnvVar(rt, { kind: 'database', id: db.id }, { key: 'REDIS_PASSWORD', value: db.fields.redis_password });
    createEnvVar(rt, { kind: 'database', id: db.id }, { key: 'REDIS_USERNAME', value: 'default' });
  }
  if (body.instant_deploy === true) startNow(rt, db);
  // DatabasesController.php:449-451: a Dragonfly create answers its uuid alone; the other
  // engines add internal_db_url, and external_db_url when public (:186-205).
  // 4.4's SQLite has no connection URL to answer (StandaloneSqlite.php: no internal_db_url).
  if (type === 'dragonfly' || type === 'sqlite') return { status: 201, body: { uuid: db.uuid } };
  const out: Record<string, unknown> = { uuid: db.uuid, internal_db_url: db.fields.internal_db_url };
  if (db.fields.external_db_url) out.external_db_url = db.fields.external_db_url;
  return { status: 201, body: out };
}

/** Standalone databases: create per type, read, update, delete, start/stop/restart, logs. */
export const databaseRoutes: Route[] = [
  ...DATABASE_TYPES.map((type): Route => ({
    method: 'POST', path: `/databases/${type}`, body: 'required',
    // the vendored OpenAPI subset is 4.3.11's: no SQLite operation (the 4.4.2 allow-list still applies)
    ...(type === 'sqlite' ? {} : { contract: `POST /databases/${type}` }),
    handler: (req) => createDatabase(type, req),
  })),
  {
    method: 'GET',
    path: '/databases',
    handler: ({ rt, sensitive }) => ({
      body: rt.store.world.databases.map((d) => ({
        ...serializeDatabase(rt, d, sensitive),
        // DatabasesController.php:196-205 groups backup configs by `database_id` alone, not by
        // `database_type`: a PostgreSQL and a Redis with the same table id both list the backup.
        backup_configs: backupsByDatabaseId(rt, d).map((b) => serializeBackup(rt, b)),
      })),
    }),
  },
  { method: 'GET', path: '/databases/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeDatabase(rt, findDb(rt, params.uuid), sensitive, true) }) },
  {
    method: 'PATCH',
    path: '/databases/{uuid}',
    body: 'required',
    contract: 'PATCH /databases/{uuid}',
    handler: ({ rt, params, body }) => {
      const db = findDb(rt, params.uuid);
      const own = TYPE_PREFIX[db.type];
      const foreign = Object.keys(body).filter((k) => Object.values(TYPE_PREFIX).some((p) => k.startsWith(p)) && !k.startsWith(own));
      if (foreign.length > 0) throw validationFailed(Object.fromEntries(foreign.map((k) => [k, ['This field is not allowed.']])));
      // StandaloneSqlite.php:21 DATABASES_PATTERN, assumed on update too (4.4.2 allow-lists
      // sqlite_databases on PATCH; the 4.4 update_by_uuid text was not readable here)
      const fileErrors: Record<string, string[]> = {};
      if (db.type === 'sqlite') checkSqlitePattern(body, fileErrors);
      if (Object.keys(fileErrors).length > 0) throw validationFailed(fileErrors);
      applyDbFields(db, body);
      if (typeof body.name === 'string') db.name = body.name;
      if (body.description !== undefined) db.description = (body.description as string | null) ?? null;
      refreshDatabaseUrls(rt, db);
      db.updated_at = rt.now();
      return { body: { message: 'Database updated.' } };
    },
  },
  {
    method: 'DELETE',
    path: '/databases/{uuid}',
    handler: ({ rt, params }) => {
      queueDelete(rt, findDb(rt, params.uuid));
      return { body: { message: 'Database deletion request queued.' } };
    },
  },
  {
    method: 'POST',
    path: '/databases/{uuid}/start',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      const db = findDb(rt, params.uuid);
      if (isRunning(db)) throw badRequest('Database is already running.');
      startNow(rt, db);
      return { body: { message: 'Database starting request queued.' } };
    },
  },
  {
    method: 'POST',
    path: '/databases/{uuid}/stop',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      const db = findDb(rt, params.uuid);
      if (!isRunning(db)) throw badRequest('Database is already stopped.');
      stopNow(rt, db);
      return { body: { message: 'Database stopping request queued.' } };
    },
  },
  {
    method: 'POST',
    path: '/databases/{uuid}/restart',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      startNow(rt, findDb(rt, params.uuid));
      return { body: { message: 'Database restarting request queued.' } };
    },
  },
  {
    method: 'GET',
    path: '/databases/{uuid}/logs',
    handler: ({ rt, params }) => {
      const db = findDb(rt, params.uuid);
      const status = placedStatus('database', db, rt, rt.now());
      if (!status.startsWith('running')) throw badRequest('Database is not running.');
      return { body: { logs: `${db.type} ready to accept connections` } };
    },
  },
];
