/**
 * Coolify's defaults of the kinds' wire fields (Coolify's models and
 * `bootstrap/helpers/databases.php`, as mirrored by the sandbox). A live value equal to its
 * default (under the field's normaliser) is left out: an import does not write it (unset means
 * unmanaged, and the imported manifest stays small), and a deleted resource's plan entry does
 * not list it (KindSpec.liveDefaults). Fields not listed here default to empty.
 */
import type { DatabaseType } from '../manifest/types.js';

/** Application defaults (top-level and `settings` fields), wire names. */
export const APPLICATION_DEFAULTS: Readonly<Record<string, unknown>> = {
  git_commit_sha: 'HEAD',
  build_pack: 'nixpacks',
  ports_exposes: '80',
  base_directory: '/',
  dockerfile_location: '/Dockerfile',
  docker_compose_location: '/docker-compose.yaml',
  redirect: 'both',
  health_check_enabled: false,
  health_check_type: 'http',
  health_check_path: '/',
  health_check_host: 'localhost',
  health_check_method: 'GET',
  health_check_return_code: 200,
  health_check_scheme: 'http',
  health_check_interval: 5,
  health_check_timeout: 5,
  health_check_retries: 10,
  health_check_start_period: 5,
  limits_memory: '0',
  limits_memory_swap: '0',
  limits_memory_swappiness: 60,
  limits_memory_reservation: '0',
  limits_cpus: '0',
  limits_cpu_shares: 1024,
  preview_url_template: '{{pr_id}}.{{domain}}',
  is_auto_deploy_enabled: true,
  is_preview_deployments_enabled: false,
  is_pr_deployments_public_enabled: false,
};

/** Defaults every database type shares. */
const DATABASE_COMMON: Readonly<Record<string, unknown>> = {
  is_public: false,
  public_port_timeout: 3600,
  limits_memory: '0',
  limits_memory_swap: '0',
  limits_memory_swappiness: 60,
  limits_memory_reservation: '0',
  limits_cpus: '0',
  limits_cpu_shares: 1024,
  health_check_enabled: true,
  health_check_interval: 15,
  health_check_timeout: 10,
  health_check_retries: 10,
  health_check_start_period: 15,
};

/** Per-engine defaults: image and user/database names. */
const DATABASE_TYPE_DEFAULTS: Readonly<Record<DatabaseType, Record<string, unknown>>> = {
  postgresql: { image: 'postgres:16-alpine', postgres_user: 'postgres', postgres_db: 'postgres' },
  mysql: { image: 'mysql:8', mysql_user: 'mysql', mysql_database: 'default' },
  mariadb: { image: 'mariadb:11', mariadb_user: 'mariadb', mariadb_database: 'default' },
  mongodb: { image: 'mongo:7', mongo_initdb_root_username: 'root', mongo_initdb_database: 'default' },
  redis: { image: 'redis:7.2' },
  keydb: { image: 'eqalpha/keydb:latest' },
  dragonfly: { image: 'docker.dragonflydb.io/dragonflydb/dragonfly' },
  clickhouse: { image: 'clickhouse/clickhouse-server:25.11', clickhouse_admin_user: 'default' },
  // Coolify 4.4's create_standalone_sqlites_table migration: image and file list defaults.
  sqlite: { image: 'peakimages/sqlite:3.53.4-v0.1.0', sqlite_databases: 'database.sqlite' },
};

/** Database defaults for one engine, wire names. */
export function databaseDefaults(type: DatabaseType): Record<string, unknown> {
  return { ...DATABASE_COMMON, ...DATABASE_TYPE_DEFAULTS[type] };
}

/**
 * Env keys Coolify creates itself on databases (`REDIS_PASSWORD`, `REDIS_USERNAME` on
 * redis): never imported, Coolify keeps them in step with the database.
 */
export const DATABASE_AUTO_ENV: Readonly<Partial<Record<DatabaseType, readonly string[]>>> = {
  redis: ['REDIS_PASSWORD', 'REDIS_USERNAME'],
};

/** Backup schedule defaults; `databases_to_backup` defaults to the database's own. */
export const BACKUP_DEFAULTS: Readonly<Record<string, unknown>> = {
  enabled: true,
  save_s3: false,
  dump_all: false,
  timeout: 3600,
  database_backup_retention_amount_locally: 0,
  database_backup_retention_days_locally: 0,
  database_backup_retention_max_storage_locally: 0,
  database_backup_retention_amount_s3: 0,
  database_backup_retention_days_s3: 0,
  database_backup_retention_max_storage_s3: 0,
};

/**
 * The placeholder git columns Coolify fills for an application built from a Dockerfile or an
 * image (NOT NULL in its table; ApplicationsController.php:2105-2106 and :2236-2237).
 */
export const NON_GIT_APPLICATION_DEFAULTS: Readonly<Record<string, unknown>> = {
  ...APPLICATION_DEFAULTS,
  git_repository: 'coollabsio/coolify',
  git_branch: 'main',
};

/** Scheduled task defaults. */
export const SCHEDULED_TASK_DEFAULTS: Readonly<Record<string, unknown>> = { enabled: true, timeout: 300 };
