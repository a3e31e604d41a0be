/**
 * Secret managers (Coolify 4.4): an application's `secretManager:` and the top-level
 * `secretManagers:` it names, as write-only application fields sent by two requests of their
 * own once the application exists (`via: 'secretManager'`):
 *
 * 1. `POST /security/integration-tokens` {provider, name, token, metadata} → `{uuid}`
 *    (IntegrationTokensController::store, app/Http/Controllers/Api/IntegrationTokensController.php
 *    of Coolify 4.4; Coolify checks the token against the provider before storing it).
 * 2. `PATCH /applications/{uuid}/secret-manager` {integration_token_uuid, settings}
 *    (ApplicationSecretManagerController::update: one link per application, updateOrCreate).
 *
 * Coolify 4.4.2 has no route that lists, reads or deletes an integration token, and none that
 * reads or removes an application's link (the application's GET does not load it). So nothing
 * here can be compared: the fields are write-only, re-sent with every write of the application
 * (its create, or an update for another change), never drift. Every such write posts the token
 * anew: Coolify keeps the older records (removable in its UI only).
 */
import type { DesiredValue } from '../model/value.js';
import type { DesiredResource } from '../model/resource.js';
import type { AppSecretManagerSpec, Resolved, SecretManagerSpec } from '../manifest/types.js';
import type { FieldSpec } from './spec.js';
import { writeOnly } from './field-helpers.js';
import { asPlain, setIf } from './lower-helpers.js';

/** The wire prefix of the token request's fields (`secret_manager.token.metadata.base_url` → `metadata.base_url`). */
export const TOKEN_PREFIX = 'secret_manager.token.';
/** The wire prefix of the link request's fields (`secret_manager.link.settings.path` → `settings.path`). */
export const LINK_PREFIX = 'secret_manager.link.';
/** The field naming the secret manager (the token's Coolify name). */
export const SECRET_MANAGER_NAME = `${TOKEN_PREFIX}name`;

// IntegrationTokensController.php:58-72 (store's rules) and ApplicationSecretManagerController.php:76-93
// (update's rules by provider): the wire keys, with their manifest labels.
const TOKEN_FIELDS: ReadonlyArray<[string, string, Partial<FieldSpec>?]> = [
  ['name', 'secretManager'],
  ['provider', 'secretManager.provider'],
  ['token', 'secretManager.token', { sensitive: true }],
  ['metadata.base_url', 'secretManager.baseUrl'],
  ['metadata.client_id', 'secretManager.clientId'],
  ['metadata.namespace', 'secretManager.namespace'],
];
const LINK_FIELDS: ReadonlyArray<[string, string]> = [
  ['settings.project', 'secretManager.project'],
  ['settings.config', 'secretManager.config'],
  ['settings.project_id', 'secretManager.projectId'],
  ['settings.environment', 'secretManager.environment'],
  ['settings.secret_path', 'secretManager.secretPath'],
  ['settings.mount', 'secretManager.mount'],
  ['settings.path', 'secretManager.path'],
];

/** The application's secret manager fields: write-only, by their own requests, never in create or PATCH bodies. */
export const SECRET_MANAGER_FIELDS: readonly FieldSpec[] = [
  ...TOKEN_FIELDS.map(([wire, label, extra]) => writeOnly(`${TOKEN_PREFIX}${wire}`, label, 'update', { creatable: false, patchable: false, via: 'secretManager', ...extra })),
  ...LINK_FIELDS.map(([wire, label]) => writeOnly(`${LINK_PREFIX}${wire}`, label, 'update', { creatable: false, patchable: false, via: 'secretManager' })),
];

/** Lowers an application's `secretManager:` settings (the named declaration is added by `attachSecretManagers`). */
export function lowerAppSecretManager(fields: Record<string, DesiredValue>, sm: Resolved<AppSecretManagerSpec> | undefined): void {
  if (!sm) return;
  // A resource name (the schema's pattern): never a template.
  fields[SECRET_MANAGER_NAME] = asPlain(sm.use) ?? '';
  setIf(fields, `${LINK_PREFIX}settings.project`, sm.project);
  setIf(fields, `${LINK_PREFIX}settings.config`, sm.config);
  setIf(fields, `${LINK_PREFIX}settings.project_id`, sm.projectId);
  setIf(fields, `${LINK_PREFIX}settings.environment`, sm.environment);
  setIf(fields, `${LINK_PREFIX}settings.secret_path`, sm.secretPath);
  setIf(fields, `${LINK_PREFIX}settings.mount`, sm.mount);
  setIf(fields, `${LINK_PREFIX}settings.path`, sm.path);
}

/**
 * Adds the declaration an application's `secretManager.use` names (provider, token, metadata)
 * to its fields. A name with no declaration is a validation error (ADO541) before lowering;
 * here it is left as it is.
 */
export function attachSecretManagers(resources: DesiredResource[], declared: Readonly<Record<string, Resolved<SecretManagerSpec>>> | undefined): void {
  for (const r of resources) {
    const named = r.fields[SECRET_MANAGER_NAME];
    const decl = typeof named === 'string' ? declared?.[named] : undefined;
    if (!decl) continue;
    r.fields[`${TOKEN_PREFIX}provider`] = decl.provider;
    r.fields[`${TOKEN_PREFIX}token`] = decl.token;
    setIf(r.fields, `${TOKEN_PREFIX}metadata.base_url`, decl.baseUrl);
    setIf(r.fields, `${TOKEN_PREFIX}metadata.client_id`, decl.clientId);
    setIf(r.fields, `${TOKEN_PREFIX}metadata.namespace`, decl.namespace);
  }
}

/** Sets `value` at a dotted key (`metadata.base_url`) of a request body. */
export function setDotted(body: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let at = body;
  for (const p of parts.slice(0, -1)) {
    const next = at[p];
    at = (next !== null && typeof next === 'object' ? next : (at[p] = {})) as Record<string, unknown>;
  }
  at[parts[parts.length - 1] as string] = value;
}
