/**
 * Column defaults of Coolify 4.3.11's models, as data: the columns a serialized record carries
 * that the sandbox does not store itself, with the value a fresh row holds (the migrations'
 * defaults, `database/migrations/*`, cross-checked with the `models` section of the 4.3.11
 * contract and with what the real 4.3.11 answers for a fresh record). Serializers merge these
 * UNDER the stored fields, so a stored value always wins and old state files stay valid.
 */

/** Extra `applications` columns (database/migrations/2023_03_27_081716_create_applications_table.php and later add-column migrations). */
export const APPLICATION_COLUMNS: Readonly<Record<string, unknown>> = {
  compose_parsing_version: '5', // 2024_08_27 add compose_parsing_version (default '5' for new rows)
  config_hash: null,
  custom_healthcheck_found: false,
  docker_compose: null,
  domain_dns_statuses: null, // 2026_07_24_091627_add_domain_dns_statuses_to_applications_table.php (Application.php:246 hides it)
  docker_compose_raw: null,
  docker_compose_custom_build_command: null,
  docker_compose_custom_start_command: null,
  last_online_at: null,
  last_restart_at: null,
  last_restart_type: null,
  repository_project_id: null,
  restart_count: 0,
};

/**
 * Appended attributes of an application (app/Models/Application.php `$appends`:
 * additional_servers_count, additional_networks_count) and the eager-loaded `additional_servers`.
 */
export const APPLICATION_APPENDS: Readonly<Record<string, unknown>> = {
  additional_servers: [],
  additional_servers_count: 0,
  additional_networks_count: 0,
};

/** Application fields Coolify drops from the answer (create-only flags, not columns). */
export const APPLICATION_NOT_COLUMNS = ['force_domain_override', 'use_build_secrets'];

/** Extra `application_settings` columns (database/migrations/*application_settings*). */
export const APPLICATION_SETTINGS_COLUMNS: Readonly<Record<string, unknown>> = {
  is_debug_enabled: false,
  is_include_timestamps: false,
  is_swarm_only_worker_nodes: true,
  is_build_server_enabled: false,
  is_container_label_readonly_enabled: true,
  use_build_secrets: false,
};

/** Extra columns shared by the `standalone_*` tables (create_standalone_*_table.php and later migrations). */
export const DATABASE_COLUMNS: Readonly<Record<string, unknown>> = {
  config_hash: null,
  custom_docker_run_options: null,
  last_online_at: null,
  last_restart_at: null,
  last_restart_type: null,
  restart_count: 0,
  started_at: null,
};

/**
 * Per-engine extra columns (e.g. `ssl_mode` on PostgreSQL, migration 2025_01_27_102616
 * add_ssl_fields_to_database_tables). is_include_timestamps exists on every engine but MariaDB
 * (2023_12_01_091723_save_logs_view_settings.php adds it to postgresql, mysql, redis and
 * mongodb; the keydb, dragonfly and clickhouse tables are created with it). clickhouse_db:
 * 2025_11_28_000001_migrate_clickhouse_to_official_image.php (default 'default').
 */
export const DATABASE_TYPE_COLUMNS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  postgresql: { ssl_mode: 'require', init_scripts: null, is_include_timestamps: false }, // init_scripts: 2023_08_07_142950_create_standalone_postgresqls_table.php
  mysql: { ssl_mode: 'REQUIRED', is_include_timestamps: false },
  mariadb: {},
  mongodb: { ssl_mode: 'require', is_include_timestamps: false },
  redis: { is_include_timestamps: false },
  keydb: { is_include_timestamps: false },
  dragonfly: { is_include_timestamps: false },
  clickhouse: { is_include_timestamps: false, clickhouse_db: 'default' },
  sqlite: { is_include_timestamps: false }, // 4.4's create_standalone_sqlites_table migration:20
};

/**
 * Stored database fields that are no column of the engine's table, so no answer shows them:
 * the Redis password lives in its REDIS_PASSWORD env var (2024_10_16_120026_move_redis_password_to_envs.php
 * drops the column), ClickHouse has no enable_ssl (2025_01_27_102616_add_ssl_fields_to_database_tables.php
 * leaves it out) and MariaDB no is_include_timestamps (see DATABASE_TYPE_COLUMNS).
 */
export const DATABASE_NOT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  redis: ['redis_password'],
  clickhouse: ['enable_ssl'],
  mariadb: ['is_include_timestamps'],
  // StandaloneSqlite.php (4.4) appends only database_type and server_status: no connection URLs
  sqlite: ['internal_db_url', 'external_db_url'],
};

/** Extra `services` columns (2023_03_27_083621_create_services_table.php and later). */
export const SERVICE_COLUMNS: Readonly<Record<string, unknown>> = {
  compose_parsing_version: '5',
  config_hash: null,
  connect_to_docker_network: false,
  service_type: null,
  is_container_label_escape_enabled: true,
};

/**
 * `local_persistent_volumes` defaults: container_id nullable
 * (2023_04_03_111012_create_local_persistent_volumes_table.php:19), is_preview_suffix_enabled
 * true (2026_03_16_000000_add_is_preview_suffix_enabled_to_volume_tables.php:16).
 */
export const PERSISTENT_VOLUME_COLUMNS: Readonly<Record<string, unknown>> = {
  host_path: null,
  container_id: null,
  is_preview_suffix_enabled: true,
};

/**
 * `local_file_volumes` defaults: content nullable (2023_09_22_185356_create_local_file_volumes_table.php:19),
 * is_directory false (2023_09_23_111814_update_local_file_volumes_table.php:15), chown/chmod
 * nullable (2024_04_10_124015_add_permission_local_file_volumes.php:15-16), is_based_on_git
 * false (2024_08_12_131659_add_local_file_volume_based_on_git.php:15), is_preview_suffix_enabled
 * true (2026_03_16_000000_add_is_preview_suffix_enabled_to_volume_tables.php:12), is_host_file
 * false (2026_07_02_112425_add_is_host_file_to_local_file_volumes_table.php:19).
 */
export const FILE_VOLUME_COLUMNS: Readonly<Record<string, unknown>> = {
  content: null,
  is_directory: false,
  chown: null,
  chmod: null,
  is_based_on_git: false,
  is_preview_suffix_enabled: true,
  is_host_file: false,
};

/** `s3_storages` columns the seed does not store (2023_10_10_100320_update_s3_storages_table.php). */
export const S3_STORAGE_COLUMNS: Readonly<Record<string, unknown>> = {
  unusable_email_sent: false,
};

/** Extra `projects` columns (2023_03_27_075351_create_projects_table.php, icon columns added later). */
export const PROJECT_COLUMNS: Readonly<Record<string, unknown>> = {
  icon_path: null,
  icon_s3_storage_id: null,
  icon_storage_type: null,
};

/** `servers` columns beyond what the sandbox stores (2023_03_24_140711_create_servers_table.php and later). */
export const SERVER_COLUMNS: Readonly<Record<string, unknown>> = {
  unreachable_notification_sent: false,
  unreachable_count: 0,
  high_disk_usage_notification_sent: false,
  log_drain_notification_sent: false,
  swarm_cluster: null,
  validation_logs: null,
  sentinel_updated_at: null,
  deleted_at: null,
  ip_previous: null,
  hetzner_server_id: null,
  cloud_provider_token_id: null,
  hetzner_server_status: null,
  is_validating: false,
  detected_traefik_version: null,
  traefik_outdated_info: null,
  server_metadata: null,
  vultr_instance_id: null,
  vultr_instance_status: null,
  digitalocean_droplet_id: null,
  digitalocean_droplet_status: null,
};

/** `server_settings` columns with their defaults (2023_05_04_*_create_server_settings_table.php and later). */
export const SERVER_SETTINGS_COLUMNS: Readonly<Record<string, unknown>> = {
  is_swarm_manager: false, is_jump_server: false, is_build_server: false, is_reachable: true, is_usable: true,
  wildcard_domain: null, is_cloudflare_tunnel: false,
  is_logdrain_newrelic_enabled: false, logdrain_newrelic_license_key: null, logdrain_newrelic_base_uri: null,
  is_logdrain_highlight_enabled: false, logdrain_highlight_project_id: null,
  is_logdrain_axiom_enabled: false, logdrain_axiom_dataset_name: null, logdrain_axiom_api_key: null,
  is_swarm_worker: false, is_logdrain_custom_enabled: false, logdrain_custom_config: null, logdrain_custom_config_parser: null,
  concurrent_builds: 2, dynamic_timeout: 3600, force_disabled: false, is_metrics_enabled: false, generate_exact_labels: false,
  force_docker_cleanup: true, docker_cleanup_frequency: '0 0 * * *', docker_cleanup_threshold: 80, server_timezone: 'UTC',
  delete_unused_volumes: false, delete_unused_networks: false, is_sentinel_enabled: true, sentinel_token: null,
  sentinel_metrics_refresh_rate_seconds: 10, sentinel_metrics_history_days: 7, sentinel_push_interval_seconds: 60,
  sentinel_custom_url: null, server_disk_usage_notification_threshold: 80, is_sentinel_debug_enabled: false,
  server_disk_usage_check_frequency: '0 23 * * *', is_terminal_enabled: true, deployment_queue_limit: 25,
  disable_application_image_retention: false, connection_timeout: 10, docker_version: null, docker_version_checked_at: null,
  compose_version: null, compose_version_checked_at: null, backup_compression_cpu_percentage: 25,
};

/**
 * Server settings hidden from every answer (app/Models/ServerSetting.php:136 `$hidden`); the API
 * makes them visible with read:sensitive on the server it exposes (ServicesController.php:100-113
 * and the same in the other controllers), not on a service's separate `server` relation.
 */
export const SERVER_SETTINGS_SENSITIVE = [
  'sentinel_token', 'sentinel_custom_url', 'logdrain_newrelic_license_key', 'logdrain_axiom_api_key',
  'logdrain_custom_config', 'logdrain_custom_config_parser',
];

/** `github_apps` columns (2023_03_27_*_create_github_apps_table.php and later). */
export const GITHUB_APP_COLUMNS: Readonly<Record<string, unknown>> = {
  administration: null, api_url: 'https://api.github.com', app_id: null, client_id: null, client_secret: null, contents: null,
  custom_port: 22, custom_user: 'git', html_url: 'https://github.com', installation_id: null, is_public: false,
  is_system_wide: false, metadata: null, organization: null, private_key_id: null, pull_requests: null, type: 'github',
  webhook_secret: null,
};

/** GitHub app fields hidden from every answer (app/Models/GithubApp.php:45 `$hidden`) unless read:sensitive. */
export const GITHUB_APP_SENSITIVE = ['client_secret', 'webhook_secret'];

/** `gitlab_apps` columns (2023_03_28_083726_create_gitlab_apps_table.php, 2026_06_03_000000_add_oauth_fields_to_gitlab_apps_table.php). */
export const GITLAB_APP_COLUMNS: Readonly<Record<string, unknown>> = {
  organization: null, api_url: null, html_url: null, custom_port: 22, custom_user: 'git', is_system_wide: false, is_public: false,
  app_id: null, app_secret: null, client_id: null, client_secret: null, access_token: null, refresh_token: null, expires_at: null,
  redirect_uri: null, oauth_id: null, group_name: null, public_key: null, webhook_token: null, deploy_key_id: null, private_key_id: null,
};

/** GitLab app fields shown only with read:sensitive (GitlabController.php:16-35 removeSensitiveData). */
export const GITLAB_APP_SENSITIVE = ['client_secret', 'webhook_token', 'access_token', 'refresh_token'];

/** The `teams` row as nested under a project (2023_03_27_*_create_teams_table.php). */
export const TEAM_COLUMNS: Readonly<Record<string, unknown>> = {
  description: null, personal_team: true, show_boarding: true, custom_server_limit: null, is_mcp_server_enabled: true,
};

/** Merges model defaults under stored fields: stored values win. */
export function withDefaults(defaults: Readonly<Record<string, unknown>>, stored: Record<string, unknown>): Record<string, unknown> {
  return { ...defaults, ...stored };
}
