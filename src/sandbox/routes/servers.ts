/**
 * Server writes, as app/Http/Controllers/Api/ServersController.php (Coolify 4.3.11) serves
 * them under routes/api.php:186-201: create, update, delete and validate (the settings
 * endpoints are in server-settings.ts). Validation is
 * simulated: the job (ValidateServer) ends `timings.serverValidateMs` after it was dispatched, the server
 * reachable and usable unless the fault `fail-validate` names it.
 */
import { isIP } from 'node:net';
import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { ServerRecord } from '../world.js';
import { allowedFields } from '../../releases/table.js';
import { hasServerRole } from '../serialize-relations.js';
import { CRON, boolean, firstRuleErrors, integer, isBool, label, string, truthy, type Rule } from './server-rules.js';

// ValidationPatterns.php:42 SERVER_USERNAME_PATTERN
const USERNAME = /^[a-zA-Z0-9._-]+$/;

// ServersController.php:484 and :662: the allow-lists (the release table's, for other releases)
const CREATE_FIELDS = ['name', 'description', 'ip', 'port', 'user', 'private_key_uuid', 'is_build_server', 'instant_validate', 'proxy_type'];
const UPDATE_FIELDS = [...CREATE_FIELDS, 'concurrent_builds', 'dynamic_timeout', 'deployment_queue_limit', 'server_disk_usage_notification_threshold',
  'server_disk_usage_check_frequency', 'connection_timeout', 'is_terminal_enabled'];

/** Enum ServerRole of Coolify 4.4 (contracts coolify-v4.4.2.json `enums`). */
const SERVER_ROLES = ['deployment', 'build', 'both'] as const;
type ServerRole = (typeof SERVER_ROLES)[number];

/**
 * The role a write asks for: 4.4's `server_role`, else `is_build_server` said as a role
 * (true: build, false: both; 4.4 still accepts it, create_server/update_server of
 * coolify-v4.4.2.json); undefined when the body names neither.
 */
function requestedRole(body: Record<string, unknown>): ServerRole | undefined {
  if (typeof body.server_role === 'string') return body.server_role as ServerRole;
  return 'is_build_server' in body ? (truthy(body.is_build_server) ? 'build' : 'both') : undefined;
}

/** Sets a server's role: `is_build_server` follows it (a build server is one with role `build`). */
function setRole(s: ServerRecord, role: ServerRole): void {
  s.server_role = role;
  s.is_build_server = role === 'build';
}

/** app/Enums/ProxyTypes.php: NONE, TRAEFIK, NGINX, CADDY (compared lower-cased, ServersController.php:539-545). */
const PROXY_TYPES = ['none', 'traefik', 'nginx', 'caddy'];

/** app/Rules/ValidServerIp.php: an IPv4 or IPv6 address, or a hostname (ValidHostname: at most 253 characters, letters, digits, `-`, `.`). */
const serverIp: Rule = (v) => {
  const t = String(v).trim();
  if (isIP(t) !== 0) return undefined;
  return t.length <= 253 && /^[A-Za-z0-9.-]+$/.test(t) ? undefined : 'The ip must be a valid IPv4 address, IPv6 address, or hostname.';
};


/**
 * Checks like Laravel: a missing `required` field fails, a missing nullable one is skipped, the
 * first failing rule of a field gives its message. The rules of create_server
 * (ServersController.php:496-509) and update_server (:673-692).
 */
function ruleErrors(body: Record<string, unknown>, creating: boolean, release: string): Record<string, string[]> {
  const rules: Record<string, Rule[]> = {
    name: [string('name'), (v) => ([...String(v)].length > 255 ? 'The name field must not be greater than 255 characters.' : undefined)],
    description: [string('description')],
    ip: [string('ip'), serverIp],
    port: [integer('port', 1, 65535)],
    private_key_uuid: [string(label('private_key_uuid'))],
    // ValidationPatterns::serverUsernameRules and serverUsernameMessages (:331-347)
    user: [string('user'), (v) => (USERNAME.test(String(v)) ? undefined : 'The User may only contain letters, numbers, dots, hyphens, and underscores.')],
    is_build_server: [boolean(label('is_build_server'))],
    instant_validate: [boolean(label('instant_validate'))],
    proxy_type: [string(label('proxy_type'))],
  };
  // 4.4: the role is one of enum ServerRole (contracts coolify-v4.4.2.json: deployment, build, both)
  if (hasServerRole(release)) rules.server_role = [(v) => (typeof v === 'string' && (SERVER_ROLES as readonly string[]).includes(v) ? undefined : 'The selected server role is invalid.')];
  if (!creating) {
    Object.assign(rules, {
      concurrent_builds: [integer(label('concurrent_builds'), 1)],
      dynamic_timeout: [integer(label('dynamic_timeout'), 1)],
      deployment_queue_limit: [integer(label('deployment_queue_limit'), 1)],
      server_disk_usage_notification_threshold: [integer(label('server_disk_usage_notification_threshold'), 1, 100)],
      server_disk_usage_check_frequency: [string(label('server_disk_usage_check_frequency'))],
      connection_timeout: [integer(label('connection_timeout'), 1, 300)],
      is_terminal_enabled: [boolean(label('is_terminal_enabled'))],
    });
  }
  const required = creating ? ['ip', 'private_key_uuid'] : [];
  return firstRuleErrors(body, rules, (f) => required.includes(f), (f) => `The ${label(f)} field is required.`);
}

/** Rule errors and every field outside the allow-list in one 422 (ServersController.php:510-523, :694-707). */
function checkBody(rt: SandboxRuntime, body: Record<string, unknown>, creating: boolean): void {
  const errors = ruleErrors(body, creating, rt.release);
  const allowed = allowedFields(rt.release, creating ? 'POST /servers' : 'PATCH /servers/{uuid}') ?? new Set(creating ? CREATE_FIELDS : UPDATE_FIELDS);
  for (const k of Object.keys(body)) if (!allowed.has(k)) (errors[k] ??= []).push('This field is not allowed.');
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

/** The team's server by uuid, or 404 "Server not found.". */
export function findServer(rt: SandboxRuntime, uuid: string | undefined): ServerRecord {
  const s = rt.store.world.servers.find((x) => x.uuid === uuid);
  // ServersController.php:708-711 (update), :846-849 (delete), :963-966 (validate)
  if (!s) throw notFound('Server');
  return s;
}

/** ServersController.php:539-546, :713-720: an unknown proxy type answers 422 "Invalid proxy type.". */
function checkProxy(value: unknown): void {
  if (typeof value === 'string' && value !== '' && !PROXY_TYPES.includes(value.toLowerCase())) throw new ApiError(422, 'Invalid proxy type.');
}

/** The private key of the team by uuid, or 404 "Private key not found." (:547-550, :722-728). */
function findKey(rt: SandboxRuntime, uuid: unknown): number {
  const k = rt.store.world.privateKeys.find((x) => x.uuid === uuid);
  if (!k) throw new ApiError(404, 'Private key not found.');
  return k.id;
}

/** Ends a validation job whose time has come: reachable and usable, or unreachable with its log. */
export function settleServerValidations(rt: SandboxRuntime): void {
  const now = rt.now();
  for (const s of rt.store.world.servers) {
    if (!s.validation || now < s.validation.endsAt) continue;
    const ok = !s.validation.fails;
    s.settings = { ...s.settings, is_reachable: ok, is_usable: ok };
    s.validation_logs = ok ? null : `Server is not reachable.<br>Error: ssh: connect to host ${s.ip} port ${s.port}: Connection refused (sandbox fault fail-validate)`;
    delete s.validation;
  }
}

/** Dispatches the simulated ValidateServer job (ServersController.php:985-990, :574-576, :766-768). */
export function startValidation(rt: SandboxRuntime, s: ServerRecord): void {
  s.validation = { endsAt: rt.now() + rt.timings.serverValidateMs, fails: rt.faults.shouldFailValidate(s.name) };
  // app/Actions/Server/ValidateServer.php clears the log of the last validation first.
  s.validation_logs = null;
}

/** The server holds an application, database or service (Server.php:1001-1008 definedResources). */
function holdsResources(rt: SandboxRuntime, s: ServerRecord): boolean {
  return rt.store.allPlaced().some((h) => h.record.server_id === s.id);
}


/** Server writes. */
export const serverRoutes: Route[] = [
  {
    method: 'POST',
    path: '/servers',
    body: 'required',
    handler: ({ rt, body }) => {
      checkBody(rt, body, true);
      checkProxy(body.proxy_type);
      const keyId = findKey(rt, body.private_key_uuid);
      const ip = String(body.ip).trim();
      // :551-554: the address is unique across every team.
      if (rt.store.world.servers.some((s) => s.ip === ip)) throw new ApiError(400, 'A server with this IP/Domain is already in use.');
      const s: ServerRecord = {
        id: rt.store.nextId(),
        uuid: rt.store.uuid(),
        // :524-532 generate_random_name(), user root, port 22.
        name: typeof body.name === 'string' && body.name !== '' ? body.name : `sandbox-server-${rt.store.world.servers.length + 1}`,
        description: typeof body.description === 'string' ? body.description : null,
        ip, port: body.port === undefined || body.port === null ? 22 : Number(body.port),
        user: typeof body.user === 'string' && body.user !== '' ? body.user.trim() : 'root',
        // :556, :567 the proxy type upper-cased, TRAEFIK when absent (serialized upper-cased).
        proxy_type: typeof body.proxy_type === 'string' && body.proxy_type !== '' ? body.proxy_type.toLowerCase() : 'traefik',
        is_build_server: truthy(body.is_build_server),
        private_key_id: keyId,
        // server_settings row created by Server::created (Server.php:157-160): not reachable,
        // not usable until validated (2023_03_24_140712_create_server_settings_table.php:19-20);
        // no wildcard domain and no Sentinel URL until then (seen on the real 4.3.11).
        settings: { is_reachable: false, is_usable: false, wildcard_domain: null, sentinel_custom_url: null },
      };
      const role = requestedRole(body);
      if (role !== undefined) setRole(s, role);
      rt.store.world.servers.push(s);
      // Server.php:170-182: a standalone Docker destination `coolify` on network `coolify`.
      rt.store.world.destinations.push({ id: rt.store.nextId(), uuid: rt.store.uuid(), name: 'coolify', network: 'coolify', server_id: s.id });
      // :574-576
      if (truthy(body.instant_validate)) startValidation(rt, s);
      // :586-588
      return { status: 201, body: { uuid: s.uuid } };
    },
  },
  {
    method: 'PATCH',
    path: '/servers/{uuid}',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // The body is checked before the server is looked up (:673-711).
      checkBody(rt, body, false);
      const s = findServer(rt, params.uuid);
      checkProxy(body.proxy_type);
      const keyId = body.private_key_uuid !== undefined && body.private_key_uuid !== null && body.private_key_uuid !== '' ? findKey(rt, body.private_key_uuid) : undefined;
      // :730-735
      if (body.server_disk_usage_check_frequency !== undefined && !CRON.test(String(body.server_disk_usage_check_frequency))) {
        throw validationFailed({ server_disk_usage_check_frequency: ['Invalid Cron / Human expression for Disk Usage Check Frequency.'] });
      }
      // :736-741: only an empty server becomes a build server.
      // 4.4: the same rule for `server_role: build` (assumed: the contract has no rules, only the allow-list).
      const role = requestedRole(body);
      if (role === 'build' && !s.is_build_server && holdsResources(rt, s)) {
        const key = typeof body.server_role === 'string' ? 'server_role' : 'is_build_server';
        throw validationFailed({ [key]: ['A server with existing resources cannot be configured as a build server.'] });
      }
      // :721 $request->only(['name', 'description', 'ip', 'port', 'user']); no unique-IP check on update.
      if (typeof body.name === 'string') s.name = body.name;
      if ('description' in body) s.description = typeof body.description === 'string' ? body.description : null;
      if (typeof body.ip === 'string') s.ip = body.ip.trim();
      if (body.port !== undefined && body.port !== null) s.port = Number(body.port);
      if (typeof body.user === 'string') s.user = body.user.trim();
      if (keyId !== undefined) s.private_key_id = keyId;
      // :745-755 is_build_server, is_terminal_enabled
      if (role !== undefined) setRole(s, role);
      const settings: Record<string, unknown> = {};
      if ('is_terminal_enabled' in body) settings.is_terminal_enabled = truthy(body.is_terminal_enabled);
      // :757-760: the advanced settings, nulls dropped.
      for (const k of ['concurrent_builds', 'dynamic_timeout', 'deployment_queue_limit', 'server_disk_usage_notification_threshold', 'connection_timeout']) {
        if (body[k] !== undefined && body[k] !== null) settings[k] = Number(body[k]);
      }
      if (typeof body.server_disk_usage_check_frequency === 'string') settings.server_disk_usage_check_frequency = body.server_disk_usage_check_frequency;
      s.settings = { ...s.settings, ...settings };
      // :762-764 changeProxy
      if (typeof body.proxy_type === 'string' && body.proxy_type !== '') {
        s.proxy_type = body.proxy_type.toLowerCase();
        // Server::changeProxy resets the saved proxy settings (seen on the real 4.3.11: null).
        s.proxy_extra = { last_applied_settings: null, last_saved_proxy_configuration: null, last_saved_settings: null };
      }
      // :766-768
      if (truthy(body.instant_validate)) startValidation(rt, s);
      // :777-779: 201 with the uuid.
      return { status: 201, body: { uuid: s.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/servers/{uuid}',
    handler: ({ rt, params, query }) => {
      const s = findServer(rt, params.uuid);
      const w = rt.store.world;
      // :852 ?force=true
      const force = ['1', 'true', 'on', 'yes'].includes(String(query.get('force') ?? '').toLowerCase());
      // :853-856
      if (holdsResources(rt, s) && !force) {
        throw new ApiError(400, 'Server has resources. Use ?force=true to delete all resources and the server, or delete resources manually first.');
      }
      // :857-859: the server Coolify runs on (the first seeded one, Server.php isCoolifyHost).
      if (w.servers[0]?.id === s.id) throw new ApiError(400, 'Local server cannot be deleted.');
      // :861-865: the resources go too (DeleteResourceJob).
      if (force) {
        w.applications = w.applications.filter((a) => a.server_id !== s.id);
        w.databases = w.databases.filter((d) => d.server_id !== s.id);
        w.services = w.services.filter((x) => x.server_id !== s.id);
      }
      w.servers = w.servers.filter((x) => x.id !== s.id);
      w.destinations = w.destinations.filter((d) => d.server_id !== s.id);
      // :891
      return { body: { message: 'Server deleted.' } };
    },
  },
  {
    method: 'POST',
    path: '/servers/{uuid}/validate',
    body: 'optional',
    handler: ({ rt, params, body }) => {
      const s = findServer(rt, params.uuid);
      // :975-984 'install' => 'boolean'
      if (body.install !== undefined && !isBool(body.install)) throw validationFailed({ install: ['The install field must be true or false.'] });
      startValidation(rt, s);
      // :999-1001
      return { status: 201, body: { message: truthy(body.install) ? 'Validation and installation started.' : 'Validation started.' } };
    },
  },
];
