/**
 * Team cloud provider tokens, as app/Http/Controllers/Api/CloudProviderTokensController.php
 * (Coolify 4.3.11) serves them under routes/api.php:124-129.
 *
 * Coolify checks a token against its provider's API before storing it (validateProviderToken,
 * :35-68: `GET https://api.hetzner.cloud/v1/servers`, `https://api.digitalocean.com/v2/account`,
 * `https://api.vultr.com/v2/account`, valid when the answer is a success). The sandbox has no
 * network, so a fake provider stands in: it accepts a token of the shape the provider issues
 * (`SANDBOX_TOKEN_SHAPES`: Hetzner 64 letters and digits, DigitalOcean `dop_v1_` and 64 hex
 * digits, Vultr 36 capital letters and digits) and refuses any other, with Coolify's message.
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../serialize-base.js';
import type { CloudTokenRecord } from '../world.js';

/** The token shapes the sandbox's fake provider check accepts, by provider. */
export const SANDBOX_TOKEN_SHAPES: Readonly<Record<string, RegExp>> = {
  hetzner: /^[A-Za-z0-9]{64}$/,
  digitalocean: /^dop_v1_[0-9a-f]{64}$/,
  vultr: /^[A-Z0-9]{36}$/,
};

// :249 (store's $allowedFields) and :368 (update's).
const STORE_ALLOWED = ['provider', 'token', 'name'];
const UPDATE_ALLOWED = ['name'];
// :266 'provider' => required|string|in:hetzner,digitalocean,vultr
const PROVIDERS = ['hetzner', 'digitalocean', 'vultr'];

const list = (rt: SandboxRuntime): CloudTokenRecord[] => (rt.store.world.cloudTokens ??= []);

/** servers_count (withCount('servers'), :121 and :182): servers bought with the token. */
function serversCount(rt: SandboxRuntime, t: CloudTokenRecord): number {
  return rt.store.world.servers.filter((s) => s.cloud_provider_token_id === t.id).length;
}

/** One token as removeSensitiveData leaves it (:15-28): no `id`; `token` only with read:sensitive. */
function serializeToken(rt: SandboxRuntime, t: CloudTokenRecord, sensitive: boolean): Record<string, unknown> {
  return {
    uuid: t.uuid, name: t.name, description: null, provider: t.provider, servers_count: serversCount(rt, t), team_id: rt.store.world.team.id,
    ...(sensitive ? { token: t.token } : {}),
    created_at: iso(t.created_at), updated_at: iso(t.updated_at),
  };
}

function findToken(rt: SandboxRuntime, uuid: string | undefined): CloudTokenRecord {
  const t = list(rt).find((x) => x.uuid === uuid);
  // :185-187 (show), :404-406 (update), :486-488 (destroy), :557-559 (validate).
  if (!t) throw new ApiError(404, 'Cloud provider token not found.');
  return t;
}

/** Laravel's messages for the rules of store (:265-269) and update (:383-385); extras added after (:271-278). */
function ruleErrors(body: Record<string, unknown>, allowed: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const absent = (v: unknown): boolean => v === undefined || v === null || v === '';
  for (const f of allowed) {
    const v = body[f];
    if (absent(v)) errors[f] = [`The ${f} field is required.`];
    else if (typeof v !== 'string') errors[f] = [`The ${f} field must be a string.`];
    else if (f === 'provider' && !PROVIDERS.includes(v)) errors[f] = ['The selected provider is invalid.'];
    else if (f === 'name' && [...v].length > 255) errors[f] = ['The name field must not be greater than 255 characters.'];
  }
  for (const k of Object.keys(body)) if (!allowed.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  return errors;
}

/** The fake provider check (validateProviderToken, :35-68, offline): its verdict and Coolify's message. */
export function sandboxProviderCheck(provider: string, token: string): { valid: boolean; error: string | null } {
  const shape = SANDBOX_TOKEN_SHAPES[provider];
  // :48-52: no request for an unknown provider.
  if (shape === undefined) return { valid: false, error: 'Unsupported provider.' };
  // :55-59
  return shape.test(token) ? { valid: true, error: null } : { valid: false, error: `Invalid ${provider} token. Please check your API token.` };
}

/** `/cloud-tokens`: list, create, read, rename, delete, validate. */
export const cloudTokenRoutes: Route[] = [
  // :113-128
  { method: 'GET', path: '/cloud-tokens', handler: ({ rt, sensitive }) => ({ body: list(rt).map((t) => serializeToken(rt, t, sensitive)) }) },
  {
    method: 'POST',
    path: '/cloud-tokens',
    // validateIncomingRequest (:257-260): a non-JSON or empty body is a 400.
    body: 'required',
    handler: ({ rt, body }) => {
      // Rule errors and fields outside the allow-list answer together (:271-284).
      const errors = ruleErrors(body, STORE_ALLOWED);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      // :286-291: the provider's verdict comes before anything is stored.
      const check = sandboxProviderCheck(String(body.provider), String(body.token));
      if (!check.valid) throw new ApiError(400, String(check.error));
      const now = rt.now();
      const t: CloudTokenRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name: String(body.name), provider: String(body.provider), token: String(body.token), created_at: now, updated_at: now };
      list(rt).push(t);
      // :307-309
      return { status: 201, body: { uuid: t.uuid } };
    },
  },
  // :173-191
  { method: 'GET', path: '/cloud-tokens/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeToken(rt, findToken(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/cloud-tokens/{uuid}',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // :383-400: checked before the lookup (:403-406).
      const errors = ruleErrors(body, UPDATE_ALLOWED);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const t = findToken(rt, params.uuid);
      t.name = String(body.name);
      t.updated_at = rt.now();
      // :419-421: 200 with the uuid.
      return { body: { uuid: t.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/cloud-tokens/{uuid}',
    handler: ({ rt, params }) => {
      const t = findToken(rt, params.uuid);
      // :491-493 hasServers(): a token servers use is kept.
      if (serversCount(rt, t) > 0) throw new ApiError(400, 'Cannot delete token that is used by servers.');
      rt.store.world.cloudTokens = list(rt).filter((x) => x.id !== t.id);
      // :507
      return { body: { message: 'Cloud provider token deleted.' } };
    },
  },
  {
    method: 'POST',
    path: '/cloud-tokens/{uuid}/validate',
    handler: ({ rt, params }) => {
      const t = findToken(rt, params.uuid);
      // :562-575: the stored token checked again; 200 either way.
      const check = sandboxProviderCheck(t.provider, t.token);
      return { body: { valid: check.valid, message: check.valid ? 'Token is valid.' : check.error } };
    },
  },
];
