/** How serious a diagnostic is: errors fail `validate`, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * The stable diagnostic codes. Every code is documented in docs/diagnostics.md; CI may match
 * on them, so a code never changes meaning. Ranges: ADO0xx file and YAML, ADO1xx schema,
 * ADO2xx references and resolution, ADO3xx semantic checks, ADO4xx Coolify's own validation
 * rules (app/Support/ValidationPatterns.php and the API controllers), ADO5xx plan time (they
 * need the live state), ADO7xx saved plan files, ADO8xx policy checks (`policy:`, `--policy`). A code not listed here is a type error in a
 * Diagnostic; test/model/diagnostic-codes.test.ts checks every numbered code of src/ (AdoError
 * codes too) and the docs. The registry lives in model/ because `Diagnostic` is typed by it.
 */
export const CODES = {
  // ── file and YAML ─────────────────────────────────────────────────────────
  YAML_SYNTAX: { code: 'ADO001', severity: 'error', title: 'YAML syntax error' },
  YAML_TAB: { code: 'ADO002', severity: 'error', title: 'tab used for indentation' },
  YAML_DUPLICATE_KEY: { code: 'ADO003', severity: 'error', title: 'duplicate key' },
  EMPTY_FILE: { code: 'ADO004', severity: 'error', title: 'empty manifest' },
  ROOT_NOT_MAPPING: { code: 'ADO005', severity: 'error', title: 'manifest root is not a mapping' },
  MULTIPLE_DOCUMENTS: { code: 'ADO006', severity: 'error', title: 'more than one YAML document' },
  YAML_ALIAS: { code: 'ADO007', severity: 'error', title: 'bad alias or anchor' },
  FILE_UNREADABLE: { code: 'ADO008', severity: 'error', title: 'file cannot be read' },
  SECRETS_FILE: { code: 'ADO009', severity: 'error', title: 'secrets file problem' },
  BAD_ARGUMENT: { code: 'ADO010', severity: 'error', title: 'bad command-line argument' },
  FILE_UNUSABLE: { code: 'ADO011', severity: 'error', title: 'file or directory cannot be used' },
  MANIFEST_TOO_LARGE: { code: 'ADO012', severity: 'error', title: 'manifest larger than the size limit' },
  // ── schema ────────────────────────────────────────────────────────────────
  UNKNOWN_KEY: { code: 'ADO101', severity: 'error', title: 'unknown key' },
  WRONG_TYPE: { code: 'ADO102', severity: 'error', title: 'wrong type' },
  NOT_ALLOWED_VALUE: { code: 'ADO103', severity: 'error', title: 'value not allowed' },
  MISSING_REQUIRED: { code: 'ADO104', severity: 'error', title: 'missing required key' },
  OUT_OF_RANGE: { code: 'ADO105', severity: 'error', title: 'value out of range' },
  BAD_FORMAT: { code: 'ADO106', severity: 'error', title: 'value has the wrong format' },
  ALTERNATIVES: { code: 'ADO107', severity: 'error', title: 'conflicting or incomplete alternatives' },
  DUPLICATE_ITEMS: { code: 'ADO108', severity: 'error', title: 'duplicate list items' },
  SCHEMA_OTHER: { code: 'ADO199', severity: 'error', title: 'schema violation' },
  // ── references and resolution ─────────────────────────────────────────────
  UNKNOWN_REF_TARGET: { code: 'ADO201', severity: 'error', title: 'reference to an unknown resource' },
  UNKNOWN_REF_ATTR: { code: 'ADO202', severity: 'error', title: 'unknown reference attribute' },
  BAD_EXPRESSION: { code: 'ADO203', severity: 'error', title: 'malformed ${…} expression' },
  MISSING_SECRET: { code: 'ADO204', severity: 'error', title: 'secret not provided' },
  MISSING_ENV: { code: 'ADO205', severity: 'error', title: 'environment variable not set' },
  UNKNOWN_VAR: { code: 'ADO206', severity: 'error', title: 'unknown variable' },
  UNKNOWN_DEPENDS_ON: { code: 'ADO207', severity: 'error', title: 'dependsOn names an unknown resource' },
  CYCLE: { code: 'ADO208', severity: 'error', title: 'dependency cycle' },
  UNKNOWN_S3: { code: 'ADO209', severity: 'error', title: 'unknown S3 storage' },
  REF_OUTSIDE_ENVIRONMENT: { code: 'ADO210', severity: 'error', title: 'reference outside an environment' },
  VAR_CYCLE: { code: 'ADO211', severity: 'error', title: 'vars refer to each other in a cycle' },
  // ── semantic checks ───────────────────────────────────────────────────────
  DUPLICATE_NAME: { code: 'ADO301', severity: 'error', title: 'duplicate resource name' },
  NAME_TOO_SHORT: { code: 'ADO302', severity: 'error', title: 'name too short' },
  BAD_CRON: { code: 'ADO303', severity: 'error', title: 'invalid schedule' },
  BAD_DOMAIN: { code: 'ADO304', severity: 'error', title: 'invalid domain' },
  BAD_URL_TEMPLATE: { code: 'ADO305', severity: 'error', title: 'invalid preview URL template' },
  DUPLICATE_PORT: { code: 'ADO306', severity: 'error', title: 'duplicate port' },
  BACKUP_UNSUPPORTED: { code: 'ADO307', severity: 'error', title: 'backups not supported for this database' },
  REPLICAS_WITH_DOMAINS: { code: 'ADO308', severity: 'error', title: 'replicas cannot share domains' },
  AUTOSCALE_RANGE: { code: 'ADO309', severity: 'error', title: 'autoscale min greater than max' },
  LITERAL_SECRET: { code: 'ADO310', severity: 'warning', title: 'literal value in a sensitive field' },
  SOURCE_COUNT: { code: 'ADO311', severity: 'error', title: 'application needs exactly one source' },
  DUPLICATE_DOMAIN: { code: 'ADO312', severity: 'error', title: 'domain used twice' },
  UNKNOWN_IGNORE_PATH: { code: 'ADO313', severity: 'error', title: 'ignoreChanges path names no field' },
  MOVED_BAD_ENTRY: { code: 'ADO314', severity: 'error', title: 'moved: entry that cannot rename' },
  MOVED_TO_UNDECLARED: { code: 'ADO315', severity: 'error', title: 'moved: to names no declared resource' },
  MOVED_FROM_DECLARED: { code: 'ADO316', severity: 'error', title: 'moved: from is still declared' },
  MOVED_CONFLICT: { code: 'ADO317', severity: 'error', title: 'moved: entries overlap or chain' },
  // ── Coolify's own validation rules ────────────────────────────────────────
  COOLIFY_DESCRIPTION: { code: 'ADO401', severity: 'error', title: 'description Coolify rejects' },
  COOLIFY_ENV_NAME_REWRITTEN: { code: 'ADO402', severity: 'error', title: 'environment name Coolify rewrites' },
  COOLIFY_NAME: { code: 'ADO403', severity: 'error', title: 'name Coolify rejects' },
  COOLIFY_IMAGE: { code: 'ADO404', severity: 'error', title: 'image name or tag Coolify rejects' },
  COOLIFY_PATH: { code: 'ADO405', severity: 'error', title: 'path Coolify rejects' },
  COOLIFY_COMMAND: { code: 'ADO406', severity: 'error', title: 'command or build target Coolify rejects' },
  COOLIFY_ENV_KEY: { code: 'ADO407', severity: 'error', title: 'env key Coolify rejects' },
  COOLIFY_BUCKET: { code: 'ADO408', severity: 'error', title: 'S3 bucket name Coolify rejects' },
  COOLIFY_HEALTH_CHECK: { code: 'ADO409', severity: 'error', title: 'health check value Coolify rejects' },
  // ── plan time ─────────────────────────────────────────────────────────────
  DUPLICATE_LIVE: { code: 'ADO501', severity: 'error', title: 'two live resources match one address' },
  PROTECTED_DESTROY: { code: 'ADO502', severity: 'error', title: 'the plan would delete a protected resource' },
  TARGET_MATCHES_NOTHING: { code: 'ADO503', severity: 'error', title: 'a target matches no resource' },
  UNKNOWN_PLACEMENT_SERVER: { code: 'ADO504', severity: 'error', title: 'server unknown to Coolify' },
  FIELD_TOO_NEW: { code: 'ADO505', severity: 'warning', title: 'field the Coolify release does not accept yet' },
  COOLIFY_TOO_NEW: { code: 'ADO506', severity: 'warning', title: 'Coolify newer than the newest known release' },
  INIT_ONLY_CHANGE: { code: 'ADO507', severity: 'warning', title: 'change has no effect on existing data' },
  DATA_MIGRATION_CHANGE: { code: 'ADO508', severity: 'warning', title: 'change needs a data migration' },
  PROTECTED_DATA_MIGRATION: { code: 'ADO509', severity: 'error', title: 'protected resource: change needs a data migration' },
  REPLACE_UNKNOWN: { code: 'ADO510', severity: 'error', title: '--replace names no resource of the manifest' },
  REPLACE_REFUSED: { code: 'ADO511', severity: 'error', title: '--replace names a resource that cannot be replaced' },
  MOVED_IGNORED: { code: 'ADO512', severity: 'warning', title: 'moved: hint not applied' },
  DOMAIN_OF_DELETED: { code: 'ADO513', severity: 'warning', title: 'domains reused from a deleted resource' },
  DOMAIN_HELD: { code: 'ADO514', severity: 'error', title: 'domain held by a resource that stays in Coolify' },
  SOURCE_IN_USE: { code: 'ADO519', severity: 'error', title: 'a Git App the plan deletes is used by an application that stays' },
  DESTINATION_SERVER: { code: 'ADO515', severity: 'error', title: 'declared destination on the wrong server' },
  KIND_TOO_NEW: { code: 'ADO516', severity: 'warning', title: 'resource the Coolify release cannot create yet' },
  SERVICE_PART_UNKNOWN: { code: 'ADO560', severity: 'error', title: 'a service has no compose service of that name' },
  SERVICE_DOMAINS_TWICE: { code: 'ADO561', severity: 'error', title: 'a service application’s domains set in `urls` and in `applications`' },
  VIA_TOO_NEW: { code: 'ADO540', severity: 'warning', title: 'setting the Coolify release has no route for yet' },
  UNKNOWN_SECRET_MANAGER: { code: 'ADO541', severity: 'error', title: 'secretManager names no declared secret manager' },
  SECRET_MANAGER_SETTINGS: { code: 'ADO542', severity: 'error', title: 'secret manager settings that do not fit its provider' },
  PART_TOO_NEW: { code: 'ADO530', severity: 'warning', title: 'part of a resource the Coolify release cannot manage yet' },
  // cloud-init scripts and cloud-provisioned servers (validate/cloud-servers.ts, plan/build.ts)
  REPLACE_NOT_REQUESTED: { code: 'ADO550', severity: 'error', title: 'a change that needs a new cloud server, without --replace' },
  COOLIFY_CLOUD_INIT: { code: 'ADO551', severity: 'error', title: 'cloud-init script Coolify rejects' },
  PROVISION_NAME: { code: 'ADO552', severity: 'error', title: 'cloud-provisioned server name Coolify rejects' },
  PROVISION_UNKNOWN_SCRIPT: { code: 'ADO553', severity: 'error', title: 'provision.cloudInit names no cloud-init script' },
  PROVISION_TOKEN_PROVIDER: { code: 'ADO554', severity: 'error', title: 'provision names a cloud token of another provider' },
  // ── saved plan files ──────────────────────────────────────────────────────
  PLAN_FILE_UNREADABLE: { code: 'ADO701', severity: 'error', title: 'plan file cannot be read' },
  PLAN_FILE_NOT_JSON: { code: 'ADO702', severity: 'error', title: 'plan file is not JSON' },
  PLAN_FILE_VERSION: { code: 'ADO703', severity: 'error', title: 'plan file format version not readable' },
  PLAN_FILE_MALFORMED: { code: 'ADO704', severity: 'error', title: 'plan file is not a plan' },
  // ── policy checks (severity is the rule's level: error or warning) ─────────
  POLICY_PUBLIC_DATABASE: { code: 'ADO801', severity: 'error', title: 'policy publicDatabase: public database in production' },
  POLICY_PROTECTED_NO_BACKUP: { code: 'ADO802', severity: 'error', title: 'policy protectedNeedsBackup: protected database without a backup' },
  POLICY_DESTROY_WITHOUT_FLAG: { code: 'ADO803', severity: 'error', title: 'policy destroyNeedsFlag: deletion without --allow-destroy' },
  POLICY_UNPINNED_IMAGE: { code: 'ADO804', severity: 'error', title: 'policy pinnedImages: image without a version tag or digest' },
  POLICY_NO_HEALTH_CHECK: { code: 'ADO805', severity: 'error', title: 'policy healthCheck: application without a health check' },
  POLICY_NO_LIMITS: { code: 'ADO806', severity: 'error', title: 'policy productionLimits: no limits in production' },
  POLICY_CUSTOM: { code: 'ADO807', severity: 'error', title: 'a custom policy rule is violated' },
  POLICY_INVALID: { code: 'ADO808', severity: 'error', title: 'the policy cannot be used' },
} as const satisfies Record<string, { code: `ADO${number}`; severity: Severity; title: string }>;

/** One entry of CODES. */
export type CodeInfo = (typeof CODES)[keyof typeof CODES];

/** A registered code such as `ADO102`: the only values `Diagnostic.code` may hold. */
export type DiagnosticCode = CodeInfo['code'];

/** Every code, in order, e.g. for docs and tests. */
export const ALL_CODES: readonly CodeInfo[] = Object.values(CODES);
