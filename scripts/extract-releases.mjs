#!/usr/bin/env node
/**
 * Extracts the per-release table of the Coolify API (src/releases/releases.generated.ts) from the
 * coolify-terraform contract files (`coolify-v<version>.json`), keeping only what ado-coolify
 * uses: the endpoints the client sends bodies to, their allow-lists, the validation patterns
 * that apply to their fields, the routes present, and the model defaults that differ between
 * releases.
 *
 *   node scripts/extract-releases.mjs [CONTRACTS_DIR]          # rewrite the generated file
 *   node scripts/extract-releases.mjs [CONTRACTS_DIR] --check  # exit 1 when it is stale
 *
 * CONTRACTS_DIR is relative to the repository root; default `../shared/coolify-api/contracts`.
 * `generateReleasesSource(dir)` is exported so a test can regenerate in memory and compare.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const outputPath = join(root, 'src/releases/releases.generated.ts');
export const DEFAULT_CONTRACTS_DIR = '../shared/coolify-api/contracts';

/** The releases ado-coolify knows, oldest first (one contract file each). */
export const RELEASES = ['4.3.11', '4.3.23', '4.4.2'];

/**
 * Every endpoint the client sends a body to, as the client names it (`METHOD /template`), with
 * the contract's endpoint entry holding its allow-list (null: the contract records none).
 * The route itself is looked up in each release's `routes` by method and path shape.
 */
const BACKUP_FIELDS_4_3_11 = [
  'save_s3', 'enabled', 'dump_all', 'frequency', 'databases_to_backup',
  'database_backup_retention_amount_locally', 'database_backup_retention_days_locally',
  'database_backup_retention_max_storage_locally', 'database_backup_retention_amount_s3',
  'database_backup_retention_days_s3', 'database_backup_retention_max_storage_s3', 's3_storage_uuid',
  'timeout', 'backup_now',
];

/** Bulk env endpoints: the allow-list applies to each item of `data`, not to the body. */
const ITEMS_OF = { 'PATCH /applications/{uuid}/envs/bulk': 'data', 'PATCH /databases/{uuid}/envs/bulk': 'data', 'PATCH /services/{uuid}/envs/bulk': 'data' };

const CLIENT_ENDPOINTS = [
  ['POST /projects', 'ProjectController::create_project'],
  ['PATCH /projects/{uuid}', 'ProjectController::update_project'],
  ['POST /projects/{uuid}/environments', 'ProjectController::create_environment'],
  ['PATCH /projects/{uuid}/environments/{environment}', 'ProjectController::update_environment'],
  ['POST /s3-storages', 'S3StoragesController::store'],
  ['PATCH /s3-storages/{uuid}', 'S3StoragesController::update'],
  ['POST /security/keys', 'SecurityController::create_key'],
  ['PATCH /security/keys/{uuid}', 'SecurityController::update_key'],
  ...['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook'].map((c) => [`PATCH /notifications/${c}`, `NotificationsController::update_${c}`]),
  ['POST /servers', 'ServersController::create_server'],
  // a server's Docker registry logins (Coolify 4.4 only)
  ['POST /servers/{uuid}/registries', 'ServerDockerRegistriesController::login'],
  ['PATCH /servers/{uuid}', 'ServersController::update_server'],
  ['POST /servers/{uuid}/validate', 'ServersController::validate_server'],
  ['PATCH /servers/{uuid}/docker-cleanup', 'ServerDockerCleanupController::update'],
  ['PATCH /servers/{uuid}/log-drains', 'ServerLogDrainsController::update'],
  ['PATCH /servers/{uuid}/sentinel', 'ServerSentinelController::update'],
  ['POST /cloud-tokens', 'CloudProviderTokensController::store'],
  ['PATCH /cloud-tokens/{uuid}', 'CloudProviderTokensController::update'],
  ['POST /cloud-init-scripts', 'CloudInitScriptsController::store'],
  ['PATCH /cloud-init-scripts/{uuid}', 'CloudInitScriptsController::update'],
  ['POST /servers/hetzner', 'HetznerController::createServer'],
  ['POST /servers/digitalocean', 'DigitalOceanController::createServer'],
  ['POST /servers/vultr', 'VultrController::createServer'],
  ['POST /servers/{uuid}/destinations', 'DestinationsController::create'],
  ['PATCH /destinations/{uuid}', 'DestinationsController::update'],
  ['POST /applications/{uuid}/destinations', null],
  ['POST /applications/public', 'ApplicationsController::create_application'],
  ['POST /applications/private-github-app', 'ApplicationsController::create_application'],
  ['POST /applications/private-deploy-key', 'ApplicationsController::create_application'],
  ['POST /applications/dockerfile', 'ApplicationsController::create_application'],
  ['POST /applications/dockerimage', 'ApplicationsController::create_application'],
  ['PATCH /applications/{uuid}', 'ApplicationsController::update_by_uuid'],
  ['POST /applications/{uuid}/envs', 'ApplicationsController::create_env'],
  ['PATCH /applications/{uuid}/envs', 'ApplicationsController::update_env_by_uuid'],
  ['PATCH /applications/{uuid}/envs/bulk', 'ApplicationsController::create_bulk_envs'],
  ['POST /applications/{uuid}/storages', 'ApplicationsController::create_storage'],
  ['PATCH /applications/{uuid}/storages', 'ApplicationsController::update_storage'],
  ['POST /applications/{uuid}/scheduled-tasks', 'ScheduledTasksController::createTask'],
  ['PATCH /applications/{uuid}/scheduled-tasks/{task_uuid}', 'ScheduledTasksController::updateTask'],
  ['POST /applications/{uuid}/move', null],
  ['POST /applications/{uuid}/tags', null],
  ['PUT /applications/{uuid}/storages/{storage_uuid}/backups', 'VolumeBackupsController::upsert'],
  ...['clickhouse', 'dragonfly', 'keydb', 'mariadb', 'mongodb', 'mysql', 'postgresql', 'redis', 'sqlite'].map((t) => [
    `POST /databases/${t}`,
    'DatabasesController::create_database',
  ]),
  ['PATCH /databases/{uuid}', 'DatabasesController::update_by_uuid'],
  ['POST /databases/{uuid}/backups', 'DatabasesController::create_backup'],
  ['PATCH /databases/{uuid}/backups/{backup_uuid}', 'DatabasesController::update_backup'],
  ['POST /databases/{uuid}/envs', 'DatabasesController::create_env'],
  ['PATCH /databases/{uuid}/envs', 'DatabasesController::update_env_by_uuid'],
  ['PATCH /databases/{uuid}/envs/bulk', 'DatabasesController::create_bulk_envs'],
  ['POST /databases/{uuid}/move', null],
  ['POST /databases/{uuid}/tags', null],
  ['POST /services', 'ServicesController::create_service'],
  ['PATCH /services/{uuid}', 'ServicesController::update_by_uuid'],
  ['POST /services/{uuid}/envs', 'ServicesController::create_env'],
  ['PATCH /services/{uuid}/envs', 'ServicesController::update_env_by_uuid'],
  ['PATCH /services/{uuid}/envs/bulk', 'ServicesController::create_bulk_envs'],
  ['POST /services/{uuid}/move', null],
  ['POST /services/{uuid}/tags', null],
  ['PATCH /services/{uuid}/applications/{app_uuid}', 'ServiceApplicationsController::update'],
  ['PATCH /services/{uuid}/databases/{database_uuid}', 'ServiceDatabasesController::update'],
  ['POST /services/{uuid}/scheduled-tasks', 'ScheduledTasksController::createTask'],
  ['PATCH /services/{uuid}/scheduled-tasks/{task_uuid}', 'ScheduledTasksController::updateTask'],
  ['POST /team/envs', 'SharedEnvironmentVariablesController::team_create_env'],
  ['PATCH /team/envs/{env_id}', 'SharedEnvironmentVariablesController::team_update_env'],
  ['POST /projects/{uuid}/envs', 'SharedEnvironmentVariablesController::project_create_env'],
  ['PATCH /projects/{uuid}/envs/{env_id}', 'SharedEnvironmentVariablesController::project_update_env'],
  ['POST /projects/{uuid}/environments/{environment}/envs', 'SharedEnvironmentVariablesController::environment_create_env'],
  ['PATCH /projects/{uuid}/environments/{environment}/envs/{env_id}', 'SharedEnvironmentVariablesController::environment_update_env'],
  ['POST /deploy', null],
  ['POST /github-apps', 'GithubController::create_github_app'],
  ['PATCH /github-apps/{github_app_id}', 'GithubController::update_github_app'],
  ['POST /gitlab-apps', 'GitlabController::create_gitlab_app'],
  ['PATCH /gitlab-apps/{gitlab_app_id}', 'GitlabController::update_gitlab_app'],
  // Coolify 4.4 secret managers (no allow-list in the contracts: the sandbox route checks its keys).
  ['POST /security/integration-tokens', null],
  ['PATCH /applications/{uuid}/secret-manager', null],
];

/**
 * Allow-list entries a self-hosted Coolify appends at run time (`if (! isCloud())
 * $allowedFields[] = ...`), which the contract extractor cannot see: ado-coolify drives
 * self-hosted instances. Every release.
 */
const SELF_HOSTED_ADDITIONS = {
  // app/Http/Controllers/Api/GithubController.php:599-601 (v4.3.11)
  'GithubController::update_github_app': ['is_system_wide'],
  // app/Http/Controllers/Api/GitlabController.php:373-375 (v4.3.11)
  'GitlabController::update_gitlab_app': ['is_system_wide'],
};

/**
 * Which validation pattern applies to which body field, per contract endpoint entry. The
 * contracts list the patterns but not where they are used; this is read from Coolify's source
 * (v4.3.11, Coolify-repo-relative paths). `*` matches any array index.
 */
const FIELD_PATTERNS = {
  // app/Http/Controllers/Api/ProjectController.php:249-250 (create), :368-369 (update)
  'ProjectController::create_project': { name: 'NAME_PATTERN', description: 'DESCRIPTION_PATTERN' },
  'ProjectController::update_project': { name: 'NAME_PATTERN', description: 'DESCRIPTION_PATTERN' },
  // ProjectController.php:638 (create environment), :768-769 (update environment)
  'ProjectController::create_environment': { name: 'NAME_PATTERN' },
  'ProjectController::update_environment': { name: 'NAME_PATTERN', description: 'DESCRIPTION_PATTERN' },
  // app/Http/Controllers/Api/S3StoragesController.php:277-278 (store), :391-392 (update)
  'S3StoragesController::store': { name: 'NAME_PATTERN', description: 'DESCRIPTION_PATTERN' },
  'S3StoragesController::update': { name: 'NAME_PATTERN', description: 'DESCRIPTION_PATTERN' },
  // bootstrap/helpers/api.php:154-203 sharedDataApplications(), used by create and update
  ...Object.fromEntries(
    ['ApplicationsController::create_application', 'ApplicationsController::update_by_uuid'].map((e) => [
      e,
      {
        docker_registry_image_name: 'DOCKER_IMAGE_NAME_PATTERN',
        docker_registry_image_tag: 'DOCKER_IMAGE_TAG_PATTERN',
        install_command: 'SHELL_SAFE_COMMAND_PATTERN',
        build_command: 'SHELL_SAFE_COMMAND_PATTERN',
        start_command: 'SHELL_SAFE_COMMAND_PATTERN',
        base_directory: 'DIRECTORY_PATH_PATTERN',
        publish_directory: 'DIRECTORY_PATH_PATTERN',
        custom_docker_run_options: 'SHELL_SAFE_COMMAND_PATTERN',
        post_deployment_command_container: 'CONTAINER_NAME_PATTERN',
        pre_deployment_command_container: 'CONTAINER_NAME_PATTERN',
        dockerfile_location: 'FILE_PATH_PATTERN',
        dockerfile_target_build: 'DOCKER_TARGET_PATTERN',
        docker_compose_location: 'FILE_PATH_PATTERN',
        docker_compose_custom_start_command: 'SHELL_SAFE_COMMAND_PATTERN',
        docker_compose_custom_build_command: 'SHELL_SAFE_COMMAND_PATTERN',
      },
    ]),
  ),
  // app/Http/Controllers/Api/ApplicationsController.php:3776 (create_env), :3340 (update_env), :3574 (bulk)
  'ApplicationsController::create_env': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'ApplicationsController::update_env_by_uuid': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'ApplicationsController::create_bulk_envs': { 'data.*.key': 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  // app/Http/Controllers/Api/DatabasesController.php:3825 (create_env), :3551 (update_env), :3703 (bulk)
  'DatabasesController::create_env': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'DatabasesController::update_env_by_uuid': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'DatabasesController::create_bulk_envs': { 'data.*.key': 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  // app/Http/Controllers/Api/ServicesController.php:1746 (create_env), :1470 (update_env), :1623 (bulk)
  'ServicesController::create_env': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'ServicesController::update_env_by_uuid': { key: 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  'ServicesController::create_bulk_envs': { 'data.*.key': 'ENVIRONMENT_VARIABLE_KEY_PATTERN' },
  // ApplicationsController.php:4855-4857 (create_storage), :4668-4670 (update_storage)
  'ApplicationsController::create_storage': { name: 'VOLUME_NAME_PATTERN', host_path: 'DIRECTORY_PATH_PATTERN' },
  'ApplicationsController::update_storage': { name: 'VOLUME_NAME_PATTERN', host_path: 'DIRECTORY_PATH_PATTERN' },
  // DatabasesController.php:1900-2339 (create per type), :491-652 (update per type)
  ...Object.fromEntries(
    ['DatabasesController::create_database', 'DatabasesController::update_by_uuid'].map((e) => [
      e,
      {
        postgres_user: 'DB_IDENTIFIER_PATTERN',
        postgres_password: 'DB_PASSWORD_PATTERN',
        postgres_db: 'DB_IDENTIFIER_PATTERN',
        clickhouse_admin_user: 'DB_IDENTIFIER_PATTERN',
        clickhouse_admin_password: 'DB_PASSWORD_PATTERN',
        dragonfly_password: 'DB_PASSWORD_PATTERN',
        redis_password: 'DB_PASSWORD_PATTERN',
        keydb_password: 'DB_PASSWORD_PATTERN',
        mariadb_root_password: 'DB_PASSWORD_PATTERN',
        mariadb_user: 'DB_IDENTIFIER_PATTERN',
        mariadb_password: 'DB_PASSWORD_PATTERN',
        mariadb_database: 'DB_IDENTIFIER_PATTERN',
        mongo_initdb_root_username: 'DB_IDENTIFIER_PATTERN',
        mongo_initdb_root_password: 'DB_PASSWORD_PATTERN',
        mongo_initdb_database: 'DB_IDENTIFIER_PATTERN',
        mysql_root_password: 'DB_PASSWORD_PATTERN',
        mysql_password: 'DB_PASSWORD_PATTERN',
        mysql_user: 'DB_IDENTIFIER_PATTERN',
        mysql_database: 'DB_IDENTIFIER_PATTERN',
      },
    ]),
  ),
};

/**
 * The contract extractor cut two patterns short at a quote character. Their full text, from
 * Coolify's app/Support/ValidationPatterns.php (v4.3.11): DESCRIPTION_PATTERN at line 18,
 * SHELL_SAFE_COMMAND_PATTERN at line 74. Used only when the contract's text is a strict prefix.
 */
const TRUNCATED_PATTERN_COMPLETIONS = {
  DESCRIPTION_PATTERN: '/^[\\p{L}\\p{M}\\p{N}\\s\\-_.,!?()\\\'\\"+=*@\\/&]+$/u',
  SHELL_SAFE_COMMAND_PATTERN: '/^(?:[ \\t]+|&&|\\|\\||"[^"$`\\\\\\\\\\n\\r]*"|\\\'[^\\\'\\n\\r]*\\\'|[a-zA-Z0-9._\\-\\/=:@,+\\[\\]{}#%^~*?!]+)+$/',
};

/**
 * Allow-lists the contract extractor missed (it only reads variables named `$allowedFields`)
 * although Coolify rejects unknown keys there with "This field is not allowed.". Read from
 * Coolify's v4.3.11 source; only used where the contract records no list for that release.
 * (Checked against the real Coolify 4.3.11: POST /applications/{uuid}/storages with an extra key
 * answers 422 "This field is not allowed.".)
 */
/** ServerDockerCleanupController.php:14-21 (ALLOWED_FIELDS): the same constant in 4.3.11 and 4.3.23. */
const DOCKER_CLEANUP_FIELDS = [
  'docker_cleanup_frequency', 'docker_cleanup_threshold', 'force_docker_cleanup', 'delete_unused_volumes', 'delete_unused_networks',
  'disable_application_image_retention',
];

/** ServerLogDrainsController.php:15-25 (ALLOWED_FIELDS), the same in 4.3.11 and 4.3.23. */
const LOG_DRAIN_FIELDS = [
  'is_logdrain_newrelic_enabled', 'logdrain_newrelic_license_key', 'logdrain_newrelic_base_uri', 'is_logdrain_axiom_enabled',
  'logdrain_axiom_dataset_name', 'logdrain_axiom_api_key', 'is_logdrain_custom_enabled', 'logdrain_custom_config', 'logdrain_custom_config_parser',
];

/** ServerSentinelController.php:14-23 (ALLOWED_FIELDS) in 4.3.11 and 4.3.23 (4.4.2 adds the traffic and GeoIP fields). */
const SENTINEL_FIELDS = [
  'is_sentinel_enabled', 'is_metrics_enabled', 'is_sentinel_debug_enabled', 'sentinel_token', 'sentinel_metrics_refresh_rate_seconds',
  'sentinel_metrics_history_days', 'sentinel_push_interval_seconds', 'sentinel_custom_url',
];

const ALLOW_LIST_CORRECTIONS = {
  '4.3.11': {
    // app/Http/Controllers/Api/ServerDockerCleanupController.php:14-21 (ALLOWED_FIELDS, a constant the contract does not read)
    'ServerDockerCleanupController::update': DOCKER_CLEANUP_FIELDS,
    // app/Http/Controllers/Api/ServerLogDrainsController.php:15-25 (ALLOWED_FIELDS)
    'ServerLogDrainsController::update': LOG_DRAIN_FIELDS,
    // app/Http/Controllers/Api/ServerSentinelController.php:14-23 (ALLOWED_FIELDS)
    'ServerSentinelController::update': SENTINEL_FIELDS,
    // app/Http/Controllers/Api/ApplicationsController.php:4864 ($allAllowedFields of create_storage)
    'ApplicationsController::create_storage': ['type', 'name', 'mount_path', 'host_path', 'content', 'is_directory', 'is_host_file', 'fs_path'],
    // ApplicationsController.php:4674 ($allAllowedFields of update_storage)
    'ApplicationsController::update_storage': ['uuid', 'id', 'type', 'is_preview_suffix_enabled', 'name', 'mount_path', 'host_path', 'content'],
    // app/Http/Controllers/Api/DatabasesController.php:808 and :891 ($backupConfigFields plus backup_now)
    'DatabasesController::create_backup': BACKUP_FIELDS_4_3_11,
    // DatabasesController.php:1057 and :1143
    'DatabasesController::update_backup': BACKUP_FIELDS_4_3_11,
  },
  '4.3.23': {
    'ServerDockerCleanupController::update': DOCKER_CLEANUP_FIELDS,
    'ServerLogDrainsController::update': LOG_DRAIN_FIELDS,
    'ServerSentinelController::update': SENTINEL_FIELDS,
  },
};

/**
 * Endpoints whose controller checks two allow-lists in turn; the contract keeps their union, but
 * the first check already rejects keys only the second one has. Checked against the real Coolify
 * 4.3.11: POST /services with `connect_to_docker_network` answers 422 "This field is not allowed.".
 */
const FIRST_CHECK_OVERRIDES = {
  '4.3.11': {
    // app/Http/Controllers/Api/ServicesController.php:362 (the check every create request passes first)
    'ServicesController::create_service': [
      'type', 'name', 'description', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid',
      'instant_deploy', 'docker_compose_raw', 'urls', 'force_domain_override', 'is_container_label_escape_enabled', 'tags',
    ],
  },
};

/**
 * Model defaults the contract got wrong for a release (it reads the create-table migration, not
 * later `add column` migrations). Checked against the real Coolify 4.3.11: a new application
 * reads back `max_restart_count: 10`.
 */
const DEFAULT_CORRECTIONS = {
  '4.3.11': {
    // database/migrations/2026_03_27_000000_add_max_restart_count_to_applications.php:12
    Application: { max_restart_count: 10 },
  },
};

/** Models of the kinds ado-coolify manages (their defaults matter for drift). */
const MODELS = [
  'Application',
  'Service',
  'Project',
  'Environment',
  'S3Storage',
  'ScheduledDatabaseBackup',
  'ScheduledTask',
  'LocalPersistentVolume',
  'EnvironmentVariable',
  'StandalonePostgresql',
  'StandaloneMysql',
  'StandaloneMariadb',
  'StandaloneMongodb',
  'StandaloneRedis',
  'StandaloneClickhouse',
  'StandaloneKeydb',
  'StandaloneDragonfly',
];

function readContract(dir, version) {
  const file = join(dir, `coolify-v${version}.json`);
  if (!existsSync(file)) throw new Error(`contract file coolify-v${version}.json not found in ${dir}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function shape(path) {
  return path.split('/').filter(Boolean).map((s) => (s.startsWith('{') ? '{}' : s)).join('/');
}

/** A PHP pattern as the contract has it, completed when the extractor cut it short. */
function fullPattern(name, text) {
  if (/\/[a-z]*$/.test(text) && text.length > 2) return text;
  const full = TRUNCATED_PATTERN_COMPLETIONS[name];
  if (full && full.startsWith(text) && full !== text) return full;
  throw new Error(`pattern ${name} looks truncated in the contract and has no completion: ${text}`);
}

/** Builds the table (a plain object) from the contracts in `dir`. */
export function buildReleaseTable(dir) {
  const contracts = RELEASES.map((v) => ({ version: v, data: readContract(dir, v) }));
  const lists = [];
  const listIndex = (fields) => {
    const sorted = [...new Set(fields)].sort();
    const key = JSON.stringify(sorted);
    let i = lists.findIndex((l) => JSON.stringify(l) === key);
    if (i < 0) i = lists.push(sorted) - 1;
    return i;
  };
  const endpoints = {};
  const usedPatterns = new Set();
  for (const [client, entry] of CLIENT_ENDPOINTS) {
    const [method, path] = client.split(' ');
    const perRelease = {};
    for (const { version, data } of contracts) {
      const route = data.routes.find((r) => r.method === method && shape(r.path) === shape(path));
      const listed = entry
        ? (FIRST_CHECK_OVERRIDES[version]?.[entry] ?? data.endpoints[entry]?.allowed_fields ?? ALLOW_LIST_CORRECTIONS[version]?.[entry])
        : undefined;
      const allowed = listed && entry && SELF_HOSTED_ADDITIONS[entry] ? [...listed, ...SELF_HOSTED_ADDITIONS[entry].filter((f) => !listed.includes(f))] : listed;
      perRelease[version] = { route: route !== undefined, fields: allowed ? listIndex(allowed) : null };
    }
    const patterns = entry ? FIELD_PATTERNS[entry] : undefined;
    for (const p of Object.values(patterns ?? {})) usedPatterns.add(p);
    const items = ITEMS_OF[client];
    endpoints[client] = { entry, releases: perRelease, ...(items ? { itemsOf: items } : {}), ...(patterns ? { patterns } : {}) };
  }
  const patterns = {};
  for (const { version, data } of contracts) {
    patterns[version] = {};
    for (const name of [...usedPatterns].sort()) {
      const text = data.validation_patterns[name];
      if (typeof text !== 'string') throw new Error(`v${version} has no ${name}`);
      patterns[version][name] = fullPattern(name, text);
    }
  }
  // Routes not present in every release (any method or path), so absent ones can answer 404.
  const seen = new Map();
  for (const { version, data } of contracts) {
    for (const r of data.routes) {
      const key = `${r.method} ${r.path}`;
      seen.set(key, [...(seen.get(key) ?? []), version]);
    }
  }
  const routesNotInAll = {};
  for (const key of [...seen.keys()].sort()) {
    const in_ = [...new Set(seen.get(key))];
    if (in_.length < contracts.length) routesNotInAll[key] = in_;
  }
  const defaults = {};
  for (const model of MODELS) {
    for (const section of ['fields', 'settings_fields']) {
      const names = new Set();
      for (const { data } of contracts) for (const f of Object.keys(data.models[model]?.[section] ?? {})) names.add(f);
      for (const f of [...names].sort()) {
        const values = {};
        for (const { version, data } of contracts) {
          const spec = data.models[model]?.[section]?.[f];
          const corrected = DEFAULT_CORRECTIONS[version]?.[model];
          if (corrected && f in corrected) values[version] = corrected[f];
          else if (spec) values[version] = spec.default ?? null;
        }
        const present = Object.values(values).map((v) => JSON.stringify(v));
        const differs = new Set(present).size > 1 || present.length !== contracts.length;
        if (differs) (defaults[model] ??= {})[f] = values;
      }
    }
  }
  return {
    releases: contracts.map(({ version, data }) => ({ version, extractedFrom: data.extracted_from })),
    fieldLists: lists,
    endpoints,
    routesNotInAll,
    patterns,
    defaults,
  };
}

/** The TypeScript source of src/releases/releases.generated.ts. */
export function generateReleasesSource(dir) {
  const table = buildReleaseTable(dir);
  const header = [
    '// GENERATED by scripts/extract-releases.mjs: do not edit; run `node scripts/extract-releases.mjs`.',
    '//',
    '// Derived data, not code: reduced from the Coolify API contract files of the coolify-terraform',
    '// project (repository coolify-terraform/terraform-provider-coolify, testdata/contracts/,',
    '// MPL-2.0), which that project extracted from Coolify\'s own source (coollabsio/coolify,',
    `// Apache-2.0) at ${table.releases.map((r) => r.extractedFrom).join(', ')}.`,
    '// Field-to-pattern assignments, two truncated patterns, five allow-lists and one default the',
    '// extractor missed or merged for v4.3.11 are completed from Coolify\'s source (see the script,',
    '// which names each file and line). Only the endpoints, patterns and model defaults ado-coolify uses.',
    '',
    "import type { ReleaseData } from './types.js';",
    '',
    '/** The per-release API table (see src/releases/types.ts for the shape). */',
    `export const RELEASE_DATA: ReleaseData = ${JSON.stringify(table, null, 1)};`,
    '',
  ];
  return header.join('\n');
}

function main(argv) {
  const args = argv.filter((a) => a !== '--check');
  const check = argv.includes('--check');
  const rel = args[0] ?? DEFAULT_CONTRACTS_DIR;
  const dir = isAbsolute(rel) ? rel : join(root, rel);
  if (!existsSync(dir)) {
    process.stderr.write(`extract-releases: contracts directory ${rel} not found (relative to the repository root)\n`);
    process.exit(2);
  }
  const fresh = generateReleasesSource(dir);
  if (check) {
    const committed = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
    if (committed !== fresh) {
      process.stderr.write('src/releases/releases.generated.ts is stale: run `node scripts/extract-releases.mjs`\n');
      process.exit(1);
    }
    return;
  }
  writeFileSync(outputPath, fresh);
  process.stdout.write(`wrote src/releases/releases.generated.ts (${fresh.length} bytes)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
