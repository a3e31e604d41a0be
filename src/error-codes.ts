/**
 * The named error codes: what a command prints as `[CODE]` (and in `--format json`'s error
 * object) when it stops on an error that is not a manifest diagnostic. Numbered codes
 * (`ADO102`, …) live in ./diagnostic-codes.ts; these name failures of the run itself: the
 * connection, Coolify's answers, the lock, a day-2 command. Every code is documented under
 * "Error codes" in docs/diagnostics.md (test/error-codes.test.ts checks both ways), and
 * `AdoError.code` is typed by this list, so an unlisted code does not compile. CI may match on
 * them: a code never changes meaning.
 */
export const ERROR_CODES = {
  // ── connection and Coolify's answers ──────────────────────────────────────
  COOLIFY_URL_MISSING: 'no Coolify URL is configured',
  COOLIFY_URL_INVALID: 'the Coolify URL is not a valid URL',
  COOLIFY_INSECURE_HTTP: 'plain http to an address that is not loopback',
  COOLIFY_TOKEN_MISSING: 'no token, or an empty token file',
  COOLIFY_TOKEN_INVALID: 'the token is not one `id|secret` value',
  COOLIFY_TOKEN_FILE: 'the token file cannot be read',
  COOLIFY_TOKEN_FILE_MODE: 'the token file is readable by group or others',
  COOLIFY_NETWORK: 'Coolify cannot be reached',
  COOLIFY_TIMEOUT: 'a request took longer than its deadline',
  COOLIFY_RESPONSE_TOO_LARGE: 'an answer larger than 32 MiB',
  COOLIFY_REDIRECT: 'Coolify answered with a redirect',
  COOLIFY_BAD_RESPONSE: 'an answer that is not usable JSON',
  COOLIFY_UNEXPECTED_ANSWER: 'an answer not shaped as expected',
  COOLIFY_BAD_REQUEST: 'Coolify rejected the request (400)',
  COOLIFY_UNAUTHORIZED: 'Coolify rejected the token (401)',
  COOLIFY_INVALID_TOKEN: 'Coolify says the token is invalid',
  COOLIFY_API_DISABLED: "Coolify's API is disabled",
  COOLIFY_FORBIDDEN: 'the token lacks a permission (403)',
  COOLIFY_ROUTE_NOT_FOUND: 'this Coolify has no such endpoint',
  COOLIFY_NOT_FOUND: 'the resource does not exist in Coolify (404)',
  COOLIFY_METHOD_CHANGED: 'Coolify expects another HTTP method (405)',
  COOLIFY_CONFLICT: 'something of that name, key or domain exists (409)',
  COOLIFY_VALIDATION: 'Coolify rejected fields (422)',
  COOLIFY_RATE_LIMITED: 'Coolify kept answering 429',
  COOLIFY_SERVER_ERROR: 'Coolify failed internally (5xx)',
  COOLIFY_HTTP_ERROR: 'another HTTP error',
  ADO_COOLIFY_VERSION: 'a Coolify release this version cannot drive',
  // ── manifest, plan and apply ──────────────────────────────────────────────
  ADO_NOT_REGULAR_FILE: 'the manifest path is not a regular file',
  ADO_MANIFEST_INVALID: 'the manifest has errors',
  ADO_SCHEMA_MISSING: 'the bundled JSON Schema cannot be read',
  ADO_PLAN_INVALID: 'the plan has errors; nothing was applied',
  ADO_STALE_PLAN: 'the saved plan no longer matches Coolify or the manifest',
  ADO_DEPENDENCY_CYCLE: 'the steps depend on each other in a cycle',
  ADO_NEEDS_APPROVAL: 'confirmation needed and no terminal to ask on',
  ADO_CANCELLED: 'cancelled (Ctrl-C) before it began',
  ADO_APPLY_CONFLICT: 'Coolify contradicts itself about a resource',
  ADO_APPLY_MISSING: 'a step cannot find a resource it needs',
  ADO_APPLY_INTERNAL: 'a step does not match the plan (a bug)',
  ADO_CREATE_NO_UUID: 'Coolify created a resource but gave no uuid',
  ADO_DUPLICATE_CREATED: 'a lost answer left a resource created twice',
  ADO_DEPLOY_NOT_QUEUED: 'Coolify did not queue a deployment',
  ADO_S3_NOT_USABLE: 'Coolify cannot use the S3 storage',
  ADO_UNKNOWN_SERVER: 'no Coolify server of that name',
  ADO_SERVER_NOT_EMPTY: 'the server to delete still holds resources',
  ADO_UNKNOWN_DESTINATION: 'no destination of that name on the server',
  ADO_DESTINATION_REQUIRED: 'the server has several destinations: name one',
  ADO_WAIT_TIMEOUT: 'a deployment or start did not finish in time',
  ADO_WAIT_FAILED: 'a deployment or start failed',
  ADO_WAIT_ABORTED: 'a wait was interrupted',
  // ── the apply lock ────────────────────────────────────────────────────────
  ADO_LOCKED: 'another apply holds the lock',
  ADO_LOCK_LOST: 'the lock was taken away during the apply',
  ADO_LOCK_NOT_RELEASED: 'the lock could not be released',
  ADO_LOCK_UNCERTAIN: 'which lock variable is ours cannot be told',
  ADO_LOCK_ID_MISMATCH: 'force-unlock named another lock id',
  ADO_BAD_LOCK_ID: '--lock-id is not a lock id',
  // ── day-2 commands ────────────────────────────────────────────────────────
  ADO_UNKNOWN_APP: 'no application of that name in the manifest',
  ADO_AMBIGUOUS_APP: 'the application name is in several environments',
  ADO_UNKNOWN_ENV: 'no environment of that name in the manifest',
  ADO_PROJECT_MISSING: 'the project does not exist in Coolify yet',
  ADO_APP_NOT_DEPLOYED: 'the application does not exist in Coolify yet',
  ADO_APP_NOT_RUNNING: 'logs need a running application',
  ADO_APP_REPLICATED: 'the application has several instances: name one',
  ADO_WORKERS_UNUSED: '--workers needs ${vars.WORKERS} in the manifest',
  ADO_PREVIEW_MISSING: 'Coolify did not deploy the preview',
  ADO_NO_TTL: 'no previews.ttl to prune by',
  ADO_SCALE_OUT_OF_RANGE: 'the count is outside the autoscale range',
  ADO_SCALE_PARTIAL: 'scaling did not finish',
  ADO_SWARM_UNSUPPORTED: "Coolify's API cannot set swarm replicas",
  ADO_NOTHING_TO_AUTOSCALE: 'no application has autoscale',
  ADO_NOT_AUTOSCALED: 'the application has no autoscale',
  ADO_BAD_METRIC: 'the autoscale metric has no source',
  ADO_BAD_METRIC_QUERY: 'the Prometheus query is not a metric name',
  ADO_BAD_REDIS_URL: 'the autoscale redis url is not a URL',
  ADO_METRIC_MISSING: 'the metric has no sample',
  ADO_METRIC_UNREACHABLE: 'the metric source cannot be read',
  ADO_METRIC_UNRESOLVED: 'the metric references a resource not created yet',
  ADO_BAD_NOW: 'ADO_COOLIFY_NOW is not an ISO date',
  // ── init, import and export ───────────────────────────────────────────────
  ADO_INIT_BAD_OPTION: 'an init option is not usable',
  ADO_INIT_EXISTS: 'init would overwrite files',
  ADO_INIT_NO_PROJECT: 'no project name can be derived',
  ADO_INIT_NO_TEMPLATES: 'the workflow templates are not installed',
  ADO_IMPORT_NO_PROJECT: 'no Coolify project of that name',
  ADO_IMPORT_NO_ENVIRONMENT: 'the project has no environment of that name',
  ADO_IMPORT_AMBIGUOUS: 'several Coolify projects have that name',
  ADO_IMPORT_EXISTS: 'import would overwrite a file',
  ADO_COMPOSE_YAML: 'the compose file is not valid YAML',
  ADO_COMPOSE_SHAPE: 'the compose file has no services',
  ADO_EXPORT_INVALID: 'the manifest to export has errors',
  // ── serve ─────────────────────────────────────────────────────────────────
  ADO_GIT_FAILED: 'a git command of serve failed',
  ADO_SERVE_LISTEN: 'serve cannot listen on the address',
  // ── the tool itself ───────────────────────────────────────────────────────
  ADO_INTERNAL: 'an internal error (a bug)',
} as const satisfies Record<`ADO_${string}` | `COOLIFY_${string}`, string>;

/** A named error code such as `COOLIFY_TIMEOUT`. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** A named error code Coolify's answers or the connection produce. */
export type CoolifyErrorCode = Extract<ErrorCode, `COOLIFY_${string}`>;

/** Every named error code, in registry order. */
export const ALL_ERROR_CODES: readonly ErrorCode[] = Object.keys(ERROR_CODES) as ErrorCode[];
