/**
 * Coolify 4.4's secret managers: `POST /security/integration-tokens`
 * (app/Http/Controllers/Api/IntegrationTokensController.php, store) and
 * `PATCH /applications/{uuid}/secret-manager` (app/Http/Controllers/Api/ApplicationSecretManagerController.php,
 * update), as the 4.4 source reads (line numbers of those files). Releases before 4.4 have
 * neither route: the server's routeAbsent answers 404 there.
 *
 * Coolify checks a token against its provider before storing it (IntegrationTokenValidator:
 * Doppler, Infisical's login with client id and secret, Vault's token lookup). The sandbox has
 * no network, so a fake provider stands in: it accepts a token of the shape the provider issues
 * (`SANDBOX_SECRET_MANAGER_SHAPES`) and refuses any other, with Coolify's message.
 *
 * Nothing reads a token or a link back (Coolify 4.4.2 has no such route); the world keeps them
 * for tests to look at.
 */
import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { IntegrationTokenRecord, SecretManagerLinkRecord } from '../world.js';
import { laravelErrors, type Check, type FieldRules } from './laravel-rules.js';

/** The token shapes the sandbox's fake provider check accepts (IntegrationTokenValidator, offline). */
export const SANDBOX_SECRET_MANAGER_SHAPES: Readonly<Record<string, RegExp>> = {
  doppler: /^dp\.(st|sa)\.[A-Za-z0-9]{20,}$/,
  infisical: /^[0-9a-f]{64}$/,
  vault: /^hvs\.[A-Za-z0-9_-]{20,}$/,
};

// IntegrationToken::SECRET_MANAGER_PROVIDERS (app/Models/IntegrationToken.php:13).
const PROVIDERS = ['doppler', 'infisical', 'vault'];
// IntegrationTokenValidator::errorMessage (app/Services/IntegrationTokenValidator.php:30-38).
const PROVIDER_ERRORS: Readonly<Record<string, string>> = {
  doppler: 'The Doppler token could not be verified. Check the token and its access.',
  infisical: 'Infisical login failed. Check the base URL, the client ID, and the client secret.',
  vault: 'The Vault token could not be verified. Check the base URL, the namespace, and the token.',
};

const tokens = (rt: SandboxRuntime): IntegrationTokenRecord[] => (rt.store.world.integrationTokens ??= []);
const links = (rt: SandboxRuntime): SecretManagerLinkRecord[] => (rt.store.world.secretManagerLinks ??= []);

/** Laravel's attribute name in messages: `_` becomes a space (`metadata.base url`). */
const attr = (field: string): string => field.replace(/_/g, ' ');
const isString: Check = (f, v) => (typeof v === 'string' ? undefined : `The ${attr(f)} field must be a string.`);
const isArray: Check = (f, v) => (v !== null && typeof v === 'object' ? undefined : `The ${attr(f)} field must be an array.`);
const maxChars = (n: number): Check => (f, v) => (typeof v === 'string' && [...v].length > n ? `The ${attr(f)} field must not be greater than ${n} characters.` : undefined);
const inList = (values: readonly string[]): Check => (f, v) => (typeof v === 'string' && values.includes(v) ? undefined : `The selected ${attr(f)} is invalid.`);
const matches = (re: RegExp): Check => (f, v) => (typeof v === 'string' && re.test(v) ? undefined : `The ${attr(f)} field format is invalid.`);
// `url:http,https`: a URL of one of those schemes.
const httpUrl: Check = (f, v) => {
  if (typeof v !== 'string') return `The ${attr(f)} field must be a valid URL.`;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : `The ${attr(f)} field must be a valid URL.`;
  } catch {
    return `The ${attr(f)} field must be a valid URL.`;
  }
};

/** The body with its nested keys flattened to Laravel's dotted names (`metadata.base_url`), one level deep. */
function dotted(body: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  const nested = body[key];
  if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [k, v] of Object.entries(nested)) out[`${key}.${k}`] = v;
  }
  return out;
}

/** Keeps the `filled` values (array_filter with filled(): no null, '' or empty array). */
function filled(values: unknown): Record<string, unknown> | null {
  if (values === null || typeof values !== 'object') return null;
  const out = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0)));
  return Object.keys(out).length > 0 ? out : null;
}

/** Adds "This field is not allowed." for the top-level keys outside `allowed`. */
function withExtras(errors: Record<string, string[]>, body: Readonly<Record<string, unknown>>, allowed: readonly string[]): Record<string, string[]> {
  for (const k of Object.keys(body)) if (!allowed.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  return errors;
}

function storeRules(provider: unknown): Record<string, FieldRules> {
  // IntegrationTokensController.php:55-60
  const rules: Record<string, FieldRules> = {
    provider: { required: true, checks: [isString, inList(PROVIDERS)] },
    name: { required: true, checks: [isString, maxChars(255)] },
    token: { required: true, checks: [isString] },
    metadata: { checks: [isArray] },
  };
  // :62-63: a Doppler token is a service token or a service account token.
  if (provider === 'doppler') rules.token = { required: true, checks: [isString, matches(/^dp\.(st|sa)\./)] };
  // :64-66
  else if (provider === 'infisical') {
    rules['metadata.base_url'] = { required: true, checks: [httpUrl] };
    rules['metadata.client_id'] = { required: true, checks: [isString] };
    // :67-69
  } else if (provider === 'vault') {
    rules['metadata.base_url'] = { required: true, checks: [httpUrl] };
    rules['metadata.namespace'] = { nullable: true, checks: [isString] };
  }
  return rules;
}

/** Doppler's token type (IntegrationToken::dopplerTokenType, app/Models/IntegrationToken.php:78-88). */
function dopplerTokenType(token: string): 'service' | 'service_account' | null {
  if (token.startsWith('dp.st.')) return 'service';
  if (token.startsWith('dp.sa.')) return 'service_account';
  return null;
}

function updateRules(token: IntegrationTokenRecord): Record<string, FieldRules> {
  // ApplicationSecretManagerController.php:72-75
  const rules: Record<string, FieldRules> = {
    integration_token_uuid: { required: true, checks: [isString] },
    settings: { checks: [isArray] },
  };
  const required: FieldRules = { required: true, checks: [isString] };
  // :76-80: Doppler needs project and config only for a service account token.
  if (token.provider === 'doppler' && dopplerTokenType(token.token) === 'service_account') Object.assign(rules, { 'settings.project': required, 'settings.config': required });
  // :81-85
  if (token.provider === 'infisical') Object.assign(rules, { 'settings.project_id': required, 'settings.environment': required, 'settings.secret_path': { nullable: true, checks: [isString] } });
  // :86-89
  if (token.provider === 'vault') Object.assign(rules, { 'settings.mount': required, 'settings.path': required });
  return rules;
}

/** Secret manager tokens (create only) and an application's link to one. */
export const secretManagerRoutes: Route[] = [
  {
    method: 'POST',
    path: '/security/integration-tokens',
    // :49-52 validateIncomingRequest: a non-JSON or empty body is a 400.
    body: 'required',
    handler: ({ rt, body }) => {
      // :72-82: rule errors and keys outside the four answer together, 422.
      const errors = withExtras(laravelErrors(dotted(body, 'metadata'), storeRules(body.provider)), body, ['provider', 'name', 'token', 'metadata']);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const provider = String(body.provider);
      // :85 blank metadata values are dropped.
      const metadata = filled(body.metadata);
      // :87-89: the provider's verdict comes before anything is stored (fake provider here).
      if (!(SANDBOX_SECRET_MANAGER_SHAPES[provider]?.test(String(body.token)) ?? false)) throw new ApiError(400, PROVIDER_ERRORS[provider] ?? 'The token could not be verified.');
      // :91-98: capabilities ['secrets']; metadata null when empty.
      const t: IntegrationTokenRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), provider, name: String(body.name), token: String(body.token), metadata, created_at: rt.now() };
      tokens(rt).push(t);
      // :106
      return { status: 201, body: { uuid: t.uuid } };
    },
  },
  {
    method: 'PATCH',
    path: '/applications/{uuid}/secret-manager',
    // :46-49
    body: 'required',
    handler: ({ rt, params, body }) => {
      // :51-57: the application first.
      const app = rt.store.world.applications.find((a) => a.uuid === params.uuid);
      if (!app) throw notFound('Application');
      // :62-70: then the token, before any rule: an absent or unknown uuid is a 404.
      const token = tokens(rt).find((t) => t.uuid === body.integration_token_uuid);
      if (!token) throw new ApiError(404, 'Secret manager integration token not found.');
      // :93-103
      const errors = withExtras(laravelErrors(dotted(body, 'settings'), updateRules(token)), body, ['integration_token_uuid', 'settings']);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      // :105-109: blank settings dropped; one link per application (updateOrCreate).
      const settings = filled(body.settings);
      const existing = links(rt).find((l) => l.application_id === app.id);
      if (existing) Object.assign(existing, { integration_token_id: token.id, settings });
      else links(rt).push({ application_id: app.id, integration_token_id: token.id, settings });
      // :117-121
      return { body: { integration_token_uuid: token.uuid, provider: token.provider, settings } };
    },
  },
];
