/**
 * Databases: capability table and lowering (API-NOTES §6). The engine is the subtype.
 */
import { databaseDefaults } from './defaults.js';
import { COOLIFY_STATUS_HEALTH } from '../model/health.js';
import type { Address } from '../model/address.js';
import { databaseSubtype } from './live-subtype.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { DesiredValue, RefAttribute } from '../model/value.js';
import type { DatabaseSpec, DatabaseType, Resolved } from '../manifest/types.js';
import type { FieldSpec, KindSpec } from './spec.js';
import { desiredRefString, refString } from './ref-values.js';
import { field, limitFields } from './field-helpers.js';
import { base64Text, bool, commaList, description, imageRef, numeric } from './normalize.js';
import { asPlain, joinValues, lowerEnvMap, setIf } from './lower-helpers.js';
import type { DefaultsContext } from './lower-context.js';
import { lowerLimits } from './application.js';
import { expectEnvRecords } from './answer-shape.js';
import { databaseImageCaveat } from './database-versions.js';

/** Wire names of the engine-specific fields, per engine (API-NOTES §6 Create). */
export interface EngineFields {
  user?: string;
  password?: string;
  rootPassword?: string;
  database?: string;
  conf?: string;
  initdbArgs?: string;
  hostAuthMethod?: string;
  /** Default port inside the Docker network (none for SQLite: a file, no server). */
  port?: number;
  /** The comma-separated list of database files (SQLite's `sqlite_databases`). */
  files?: string;
  /** Default user when the engine has a fixed one (`default` for redis). */
  defaultUser?: string;
  /**
   * Coolify's model class for the engine, as a backup's `database_type` names it
   * (ScheduledDatabaseBackup morphs to it: DatabasesController.php:947).
   */
  modelClass: string;
  /**
   * The container env var each field becomes, for the fields the engine's image reads only
   * when its data directory is first initialised (the official images' entrypoints skip
   * their init scripts on a non-empty volume). Coolify passes them on every start (its
   * app/Actions/Database/Start*.php, not in the extract) and keeps the values it was sent:
   * `internal_db_url` is built from the stored fields (StandalonePostgresql.php:319-325), so a
   * change rewrites every `${databases.NAME.*}` consumer to credentials the data does not
   * have. Redis, KeyDB and Dragonfly get their password as `--requirepass` on every start (not
   * listed); ClickHouse is not listed: unverified.
   */
  initOnlyEnv?: Partial<Record<'user' | 'password' | 'rootPassword' | 'database' | 'initdbArgs' | 'hostAuthMethod', string>>;
}

/** Engine-specific wire fields and default ports. */
export const DATABASE_ENGINES: Record<DatabaseType, EngineFields> = {
  postgresql: {
    user: 'postgres_user',
    password: 'postgres_password',
    database: 'postgres_db',
    conf: 'postgres_conf',
    initdbArgs: 'postgres_initdb_args',
    hostAuthMethod: 'postgres_host_auth_method',
    port: 5432,
    modelClass: 'App\\Models\\StandalonePostgresql',
    initOnlyEnv: {
      user: 'POSTGRES_USER',
      password: 'POSTGRES_PASSWORD',
      database: 'POSTGRES_DB',
      initdbArgs: 'POSTGRES_INITDB_ARGS',
      hostAuthMethod: 'POSTGRES_HOST_AUTH_METHOD',
    },
  },
  mysql: {
    user: 'mysql_user',
    password: 'mysql_password',
    rootPassword: 'mysql_root_password',
    database: 'mysql_database',
    conf: 'mysql_conf',
    port: 3306,
    modelClass: 'App\\Models\\StandaloneMysql',
    initOnlyEnv: { user: 'MYSQL_USER', password: 'MYSQL_PASSWORD', rootPassword: 'MYSQL_ROOT_PASSWORD', database: 'MYSQL_DATABASE' },
  },
  mariadb: {
    user: 'mariadb_user',
    password: 'mariadb_password',
    rootPassword: 'mariadb_root_password',
    database: 'mariadb_database',
    conf: 'mariadb_conf',
    port: 3306,
    modelClass: 'App\\Models\\StandaloneMariadb',
    initOnlyEnv: { user: 'MARIADB_USER', password: 'MARIADB_PASSWORD', rootPassword: 'MARIADB_ROOT_PASSWORD', database: 'MARIADB_DATABASE' },
  },
  mongodb: {
    user: 'mongo_initdb_root_username',
    password: 'mongo_initdb_root_password',
    database: 'mongo_initdb_database',
    conf: 'mongo_conf',
    port: 27017,
    modelClass: 'App\\Models\\StandaloneMongodb',
    initOnlyEnv: { user: 'MONGO_INITDB_ROOT_USERNAME', password: 'MONGO_INITDB_ROOT_PASSWORD', database: 'MONGO_INITDB_DATABASE' },
  },
  redis: { password: 'redis_password', conf: 'redis_conf', port: 6379, modelClass: 'App\\Models\\StandaloneRedis', defaultUser: 'default' },
  keydb: { password: 'keydb_password', conf: 'keydb_conf', port: 6379, modelClass: 'App\\Models\\StandaloneKeydb', defaultUser: 'default' },
  dragonfly: { password: 'dragonfly_password', port: 6379, modelClass: 'App\\Models\\StandaloneDragonfly', defaultUser: 'default' },
  clickhouse: { user: 'clickhouse_admin_user', password: 'clickhouse_admin_password', port: 9000, modelClass: 'App\\Models\\StandaloneClickhouse' },
  // Coolify 4.4 (POST /databases/sqlite): no user, password or port; the data volume holds the files.
  sqlite: { files: 'sqlite_databases', modelClass: 'App\\Models\\StandaloneSqlite' },
};

const ENGINE_NAMES = Object.keys(DATABASE_ENGINES) as DatabaseType[];

/** The engine-specific field specs, each limited to the engines that accept it. */
function engineFieldSpecs(): FieldSpec[] {
  const byPath = new Map<string, FieldSpec>();
  const add = (wire: string | undefined, label: string, engine: DatabaseType, extra: Partial<FieldSpec>): void => {
    if (!wire) return;
    const existing = byPath.get(wire);
    if (existing) {
      byPath.set(wire, { ...existing, onlyFor: [...(existing.onlyFor ?? []), engine] });
      return;
    }
    byPath.set(wire, field(wire, label, 'restart', { onlyFor: [engine], ...extra }));
  };
  for (const engine of ENGINE_NAMES) {
    const e = DATABASE_ENGINES[engine];
    const initOnly = (key: keyof NonNullable<EngineFields['initOnlyEnv']>): Partial<FieldSpec> => {
      const env = e.initOnlyEnv?.[key];
      return env ? { initOnly: { note: `no effect on existing data: ${env} is read only when the data directory is initialised` } } : {};
    };
    add(e.user, 'user', engine, initOnly('user'));
    add(e.password, 'password', engine, { sensitive: true, ...initOnly('password') });
    add(e.rootPassword, 'rootPassword', engine, { sensitive: true, ...initOnly('rootPassword') });
    add(e.database, 'database', engine, initOnly('database'));
    add(e.conf, 'conf', engine, { normalize: base64Text, encode: 'base64', multiline: true });
    add(e.initdbArgs, 'initdbArgs', engine, initOnly('initdbArgs'));
    add(e.hostAuthMethod, 'hostAuthMethod', engine, initOnly('hostAuthMethod'));
    // A new file in the list is created empty at the next start; a file taken out stays on the volume.
    add(e.files, 'files', engine, { normalize: commaList });
  }
  return [...byPath.values()];
}

/**
 * The database capability table. Changes need a restart except name, description and the
 * public toggle (which starts/stops the public proxy at once). An engine change is a replace.
 */
export const DATABASE_SPEC: KindSpec = {
  liveSubtype: databaseSubtype,
  liveDefaults: (subtype) => (subtype !== undefined && subtype in DATABASE_ENGINES ? databaseDefaults(subtype as DatabaseType) : {}),
  kind: 'database',
  subtypeChange: 'replace',
  tags: true,
  description: true,
  descriptionHasLengthLimit: true,
  literalSecretKeys: [
    { envMap: ['env'], what: 'env' },
    { value: ['password'], what: 'the password' },
    { value: ['rootPassword'], what: 'the root password' },
  ],
  liveFqdn: null,
  planning: {
    movable: true,
    renamable: true,
    activateStep: 'restart',
    refAttribute: databaseRefAttribute,
    // Coolify's DELETE deletes the volumes unless told not to (`delete_volumes` defaults to
    // true, DatabasesController.php:2591), and apply asks it to.
    deletesData: () => 'its data volumes are deleted with it',
  },
  health: COOLIFY_STATUS_HEALTH,
  env: { flags: ['is_literal', 'is_multiline'], effect: 'restart', previewCopies: false },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    // A new release series may need its data migrated first (database-versions.ts).
    field('image', 'image', 'restart', { normalize: imageRef, changeCaveat: databaseImageCaveat }),
    field('is_public', 'public', 'update', { normalize: bool, exposes: (v) => v === true || v === 'true' || v === 1 }),
    field('public_port', 'publicPort', 'update', { normalize: numeric }),
    field('public_port_timeout', 'publicPortTimeout', 'update', { normalize: numeric }),
    ...limitFields('restart'),
    // Health checks are PATCH-only on databases: sent as a follow-up PATCH after create.
    field('health_check_enabled', 'healthCheck.enabled', 'restart', { normalize: bool, creatable: false }),
    field('health_check_interval', 'healthCheck.interval', 'restart', { normalize: numeric, creatable: false }),
    field('health_check_timeout', 'healthCheck.timeout', 'restart', { normalize: numeric, creatable: false }),
    field('health_check_retries', 'healthCheck.retries', 'restart', { normalize: numeric, creatable: false }),
    field('health_check_start_period', 'healthCheck.startPeriod', 'restart', { normalize: numeric, creatable: false }),
    ...engineFieldSpecs(),
  ],
  reads: {
    envs: async (client, uuid) => expectEnvRecords(await client.databases.envs.list(uuid), `GET /databases/${uuid}/envs`),
    sharedEnvs: null,
    under: null,
  },
};

/** Lowers one database entry (without its backups). */
export function lowerDatabase(
  address: Address,
  name: string,
  parent: Address,
  db: Resolved<DatabaseSpec>,
  ctx: DefaultsContext,
): DesiredResource {
  const type = (asPlain(db.type) ?? 'postgresql') as DatabaseType;
  const engine = DATABASE_ENGINES[type] ?? DATABASE_ENGINES.postgresql;
  const fields: Record<string, DesiredValue> = { name };
  setIf(fields, 'description', db.description);
  setIf(fields, 'image', db.image);
  setIf(fields, 'is_public', db.public);
  setIf(fields, 'public_port', db.publicPort);
  setIf(fields, 'public_port_timeout', db.publicPortTimeout);
  lowerLimits(fields, db.limits);
  const hc = db.healthCheck;
  if (hc) {
    setIf(fields, 'health_check_enabled', hc.enabled);
    setIf(fields, 'health_check_interval', hc.interval);
    setIf(fields, 'health_check_timeout', hc.timeout);
    setIf(fields, 'health_check_retries', hc.retries);
    setIf(fields, 'health_check_start_period', hc.startPeriod);
  }
  if (engine.user) setIf(fields, engine.user, db.user);
  if (engine.password) setIf(fields, engine.password, db.password);
  if (engine.rootPassword) setIf(fields, engine.rootPassword, db.rootPassword);
  if (engine.database) setIf(fields, engine.database, db.database);
  if (engine.conf) setIf(fields, engine.conf, db.conf);
  if (engine.initdbArgs) setIf(fields, engine.initdbArgs, db.initdbArgs);
  if (engine.hostAuthMethod) setIf(fields, engine.hostAuthMethod, db.hostAuthMethod);
  if (engine.files && db.files !== undefined) fields[engine.files] = joinValues(db.files, ',');
  const resource: DesiredResource = {
    address,
    kind: 'database',
    name,
    subtype: type,
    parent,
    fields,
    protect: db.protect ?? false,
    ignoreChanges: [],
  };
  const env = lowerEnvMap(db.env);
  if (env) resource.env = env;
  ctx.place(resource, db);
  return resource;
}

/**
 * The backup schedules that really belong to a database, from the `backup_configs` of its
 * `GET /databases` record. Coolify attaches backups by `database_id` alone, without the
 * engine (DatabasesController.php:196-205 for the list, :271 for `…/backups`), and each engine
 * has its own id sequence: a Redis with table id 2 also lists the backup of the PostgreSQL
 * with table id 2. Planning from that would "delete" the PostgreSQL's backup through the Redis.
 * Keeps the configs whose `database_type` is this engine's model class (and those that carry
 * no type, which cannot be told apart).
 */
export function ownBackupConfigs(engine: string | undefined, configs: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(configs)) return [];
  const records = configs.filter((c): c is Record<string, unknown> => c !== null && typeof c === 'object' && !Array.isArray(c));
  const modelClass = engine !== undefined && engine in DATABASE_ENGINES ? DATABASE_ENGINES[engine as DatabaseType].modelClass : undefined;
  if (modelClass === undefined) return records;
  return records.filter((c) => typeof c.database_type !== 'string' || c.database_type === modelClass);
}

/**
 * A database's `${databases.NAME.ATTR}`: `port` the engine default, `user`/`database`/
 * `password` from the live record or the desired one, `internalUrl` the live
 * `internal_db_url` (needs read:sensitive).
 */
export function databaseRefAttribute(attr: RefAttribute, live: LiveResource, desired: DesiredResource | undefined): string | undefined {
  const type = (live.subtype ?? desired?.subtype) as DatabaseType | undefined;
  const engine = type ? DATABASE_ENGINES[type] : undefined;
  const pick = (key: string | undefined): string | undefined => (key ? refString(live.fields[key]) : undefined) ?? desiredRefString(desired, key);
  switch (attr) {
    case 'port':
      return engine?.port !== undefined ? String(engine.port) : undefined;
    case 'user':
      return pick(engine?.user) ?? engine?.defaultUser;
    case 'database':
      return pick(engine?.database);
    case 'password':
      return pick(engine?.password);
    case 'internalUrl':
      return refString(live.fields['internal_db_url']);
    default:
      return undefined;
  }
}
