/**
 * A server's Docker registry logins, as Coolify 4.4's app/Http/Controllers/Api/ServerDockerRegistriesController.php
 * (coollabsio/coolify, code index commit 06363fb) and app/Services/DockerRegistryLogins.php serve
 * them (contracts coolify-v4.4.2.json routes 227-230: GET needs `read:sensitive`, the others
 * `write`). Before 4.4 the routes do not exist: the release table's `routesNotInAll` makes the
 * sandbox answer 404 there (server.ts routeAbsent). The 4.4 controller is cited by method, its
 * text having no line numbers in the index.
 *
 * The sandbox has no Docker: a fake registry stands in for `docker login` (the rule, documented
 * in docs/servers.md): every login succeeds unless its password contains `invalid` (then 400
 * "Login failed: … unauthorized: incorrect username or password", as docker says); the check
 * succeeds for a saved login whose password does not contain `expired`. The index lists the
 * logins only (the controller also lists registries the server's resources pull from without
 * a login, `logged_in: false`, DockerRegistryLogins::rows: not emulated).
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { RegistryLoginRecord, ServerRecord } from '../world.js';
import { normalizeRegistry, REGISTRY_PATTERN } from '../../kinds/server-registry.js';

// login: $allowedFields = ['registry', 'username', 'password']
const ALLOWED = ['registry', 'username', 'password'];
// invalidRegistryResponse / the registry.regex message
const REGISTRY_MESSAGE = 'Enter a registry host, for example ghcr.io or registry.example.com:5000.';

const logins = (rt: SandboxRuntime): RegistryLoginRecord[] => (rt.store.world.registryLogins ??= []);

function findServer(rt: SandboxRuntime, uuid: string | undefined): ServerRecord {
  // findServerForTeam: Server::whereTeamId()->whereUuid()->first(), else 404 "Server not found."
  const s = rt.store.world.servers.find((x) => x.uuid === uuid);
  if (!s) throw new ApiError(404, 'Server not found.');
  return s;
}

/** Server::isFunctional(): reachable and usable (and not force-disabled). */
function functional(s: ServerRecord): boolean {
  const settings = s.settings ?? {};
  return settings.is_reachable !== false && settings.is_usable !== false;
}

/** login's rules (customApiValidator), Laravel's messages; extra fields added after ("This field is not allowed."). */
function loginErrors(body: Record<string, unknown>, registry: unknown): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const rule = (f: string, v: unknown, max: number, extra?: () => string | undefined): void => {
    if (v === undefined || v === null || v === '') errors[f] = [`The ${f} field is required.`];
    else if (typeof v !== 'string') errors[f] = [`The ${f} field must be a string.`];
    else if (v.length > max) errors[f] = [`The ${f} field must not be greater than ${max} characters.`];
    else {
      const m = extra?.();
      if (m) errors[f] = [m];
    }
  };
  // 'registry' => required|string|max:255|regex:REGISTRY_PATTERN (normalised first: normalizeRegistry)
  rule('registry', registry, 255, () => (REGISTRY_PATTERN.test(String(registry)) ? undefined : REGISTRY_MESSAGE));
  // 'username' => required|string|max:255|regex:/^[^\s]+$/ ('The username must not contain spaces.')
  rule('username', body.username, 255, () => (/^[^\s]+$/.test(String(body.username)) ? undefined : 'The username must not contain spaces.'));
  // 'password' => required|string|max:20000
  rule('password', body.password, 20000);
  for (const k of Object.keys(body)) if (!ALLOWED.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  return errors;
}

/** runOnRegistry: the path's registry normalised and checked (422), the server found (404) and functional (400). */
function onRegistry(rt: SandboxRuntime, uuid: string | undefined, raw: string | undefined): { server: ServerRecord; registry: string } {
  const registry = normalizeRegistry(raw ?? '');
  if (registry.length > 255 || !REGISTRY_PATTERN.test(registry)) throw validationFailed({ registry: [REGISTRY_MESSAGE] });
  const server = findServer(rt, uuid);
  if (!functional(server)) throw new ApiError(400, 'The server is not reachable. Validate the server first.');
  return { server, registry };
}

/** The sandbox's routes of ServerDockerRegistriesController (Coolify 4.4). */
export const serverRegistryRoutes: Route[] = [
  {
    method: 'GET',
    path: '/servers/{uuid}/registries',
    handler: ({ rt, params, sensitive }) => {
      // routes/api.php (4.4.2): middleware api.ability:read:sensitive
      if (!sensitive) throw new ApiError(403, 'Missing required permissions: read:sensitive');
      const server = findServer(rt, params.uuid);
      // index: a server that is not functional answers 200 with `error` and no logins
      if (!functional(server)) return { body: { registries: [], error: 'The server is not reachable. Validate the server to read its registry logins.' } };
      // rows(): sorted by registry, credentials never (only registry, source and username)
      const rows = logins(rt).filter((l) => l.server_id === server.id).sort((a, b) => a.registry.localeCompare(b.registry))
        .map((l) => ({ registry: l.registry, logged_in: true, source: 'auths', username: l.username, used_by: [] }));
      return { body: { registries: rows, error: null } };
    },
  },
  {
    method: 'POST',
    path: '/servers/{uuid}/registries',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // login: the registry normalised before the rules (normalizeRegistry), then validated (422)
      const registry = typeof body.registry === 'string' ? normalizeRegistry(body.registry) : body.registry;
      const errors = loginErrors(body, registry);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      // then the server (404), then isFunctional (400)
      const server = findServer(rt, params.uuid);
      if (!functional(server)) throw new ApiError(400, 'The server is not reachable. Validate the server first.');
      const host = String(registry);
      const password = String(body.password);
      // DockerRegistryLogins::login fails: 400 "Login failed: " + docker's error, the secret masked
      if (password.includes('invalid')) throw new ApiError(400, `Login failed: Error response from daemon: Get "https://${host}/v2/": unauthorized: incorrect username or password`);
      // logging in again to the same registry replaces the saved login (the POST's description)
      const list = logins(rt);
      const at = list.findIndex((l) => l.server_id === server.id && l.registry === host);
      const login: RegistryLoginRecord = { server_id: server.id, registry: host, username: String(body.username), password };
      if (at >= 0) list[at] = login;
      else list.push(login);
      return { body: { message: `Logged in to ${host}.` } };
    },
  },
  {
    method: 'DELETE',
    path: '/servers/{uuid}/registries/{registry}',
    handler: ({ rt, params }) => {
      const { server, registry } = onRegistry(rt, params.uuid, params.registry);
      // logout: `docker logout HOST`, which succeeds for a registry it has no login for too
      rt.store.world.registryLogins = logins(rt).filter((l) => !(l.server_id === server.id && l.registry === registry));
      return { body: { message: `Logged out from ${registry}.` } };
    },
  },
  {
    method: 'POST',
    path: '/servers/{uuid}/registries/{registry}/check',
    handler: ({ rt, params }) => {
      const { server, registry } = onRegistry(rt, params.uuid, params.registry);
      const login = logins(rt).find((l) => l.server_id === server.id && l.registry === registry);
      // checkLogin: `docker login HOST </dev/null` with the saved credentials; 400 "Login check failed: …"
      if (!login) throw new ApiError(400, 'Login check failed: Error: Cannot perform an interactive login from a non TTY device');
      if (login.password.includes('expired')) throw new ApiError(400, `Login check failed: Error response from daemon: Get "https://${registry}/v2/": unauthorized: authentication required`);
      return { body: { message: `The login for ${registry} works.` } };
    },
  },
];
