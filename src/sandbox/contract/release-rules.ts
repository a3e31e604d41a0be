/**
 * What the emulated Coolify release changes in the sandbox, read from the per-release table
 * (src/releases): the routes present, each endpoint's body allow-list and the model defaults.
 */
import { validationFailed } from '../api-error.js';
import { allowedFields, endpointFor, releaseDefault, requestRouteAbsent } from '../../releases/table.js';
import { RELEASE_DATA } from '../../releases/releases.generated.js';
import { hasContract, knownFields } from './validate.js';

/**
 * True when the route does not exist in the release: Laravel answers an unknown route with 404
 * (routes/api.php of that release; the table's `routes`).
 */
export function routeAbsent(release: string, method: string, rel: string): boolean {
  return requestRouteAbsent(release, method, rel);
}

/** A body split for validation: what the vendored contract judges, and keys only the release knows. */
export interface ReleaseBody {
  forContract: Record<string, unknown>;
  /** Keys the release accepts that the vendored OpenAPI subset does not describe (passed through). */
  extra: Record<string, unknown>;
}

/** Endpoints whose controller answers unknown keys and rule failures together. */
// SecurityController::update_key (:321-340) does the same.
// NotificationsController::updateChannel (:250-267) too, for each channel; ServersController::
// create_server (:510-523), update_server (:694-707), ServerDockerCleanupController::update
// (:164-175) and ServerLogDrainsController::update (:106-117) too (routes/servers.ts,
// routes/server-settings.ts).
const ONE_ANSWER_FOR_UNKNOWN_AND_RULES = new Set([
  'POST /s3-storages', 'PATCH /s3-storages/{uuid}', 'PATCH /security/keys/{uuid}',
  ...['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook'].map((c) => `PATCH /notifications/${c}`),
  'POST /servers', 'PATCH /servers/{uuid}', 'PATCH /servers/{uuid}/docker-cleanup', 'PATCH /servers/{uuid}/log-drains', 'PATCH /servers/{uuid}/sentinel',
  // ServerDockerRegistriesController::login (4.4): rule errors and extra fields in one 422.
  'POST /servers/{uuid}/registries',
  // CloudProviderTokensController.php:271-284 (store) and :387-400 (update).
  'POST /cloud-tokens', 'PATCH /cloud-tokens/{uuid}',
  // DestinationsController.php:215-225 (create, after its server lookup) and :324-334 (update).
  'POST /servers/{uuid}/destinations', 'PATCH /destinations/{uuid}',
  // ServiceApplicationsController.php:349-362 and ServiceDatabasesController.php:213-235 (routes/service-parts.ts).
  'PATCH /services/{uuid}/applications/{app_uuid}', 'PATCH /services/{uuid}/databases/{database_uuid}',
  // HetznerController.php:780-795, DigitalOceanController.php:253-264, VultrController.php:236-247 (routes/cloud-servers.ts).
  'POST /servers/hetzner', 'POST /servers/digitalocean', 'POST /servers/vultr',
]);

/**
 * Applies the release's allow-list: any other key answers 422 `This field is not allowed.`, as
 * every allow-listed controller does, e.g. app/Http/Controllers/Api/ProjectController.php:236 and :253-258
 * and ApplicationsController.php:1212 (`array_diff(array_keys($request->all()), $allowedFields)`).
 * Checked against the real Coolify 4.3.11: POST /projects with an extra key answers
 * `{"message":"Validation failed.","errors":{"bogus":["This field is not allowed."]}}`.
 */
export function applyReleaseAllowList(release: string, method: string, rel: string, body: Record<string, unknown>, contract: string | undefined): ReleaseBody {
  const endpoint = endpointFor(method, rel);
  // S3StoragesController::validateBody (:51-69) reports unknown keys together with the rule
  // errors in one 422: its route handler does both.
  if (endpoint && ONE_ANSWER_FOR_UNKNOWN_AND_RULES.has(endpoint)) return { forContract: body, extra: {} };
  const allowed = endpoint ? allowedFields(release, endpoint) : null;
  // Bulk endpoints filter each item (`collect($item)->only([...])`): nothing to reject at the top.
  if (!endpoint || !allowed || RELEASE_DATA.endpoints[endpoint]?.itemsOf) return { forContract: body, extra: {} };
  const unknown: Record<string, string[]> = {};
  for (const key of Object.keys(body)) if (!allowed.has(key)) unknown[key] = ['This field is not allowed.'];
  if (Object.keys(unknown).length > 0) throw validationFailed(unknown);
  if (!contract || !hasContract(contract)) return { forContract: body, extra: {} };
  const known = knownFields(contract);
  const forContract: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) (known.has(k) ? forContract : extra)[k] = v;
  return { forContract, extra };
}

/** Defaults of a model's fields in the release, where they differ between releases. */
export function releaseDefaults(release: string, model: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(RELEASE_DATA.defaults[model] ?? {})) {
    const v = releaseDefault(release, model, field);
    if (v !== undefined) out[field] = v;
  }
  return out;
}
