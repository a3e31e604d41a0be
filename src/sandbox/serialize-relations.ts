/**
 * Serialized servers, destinations and environments, alone and as the relations Coolify 4.3.11
 * eager-loads into resource answers (`destination.server.settings`, `environment.project.team`),
 * in the key set and value types the real 4.3.11 answers.
 */
import {
  PROJECT_COLUMNS,
  SERVER_COLUMNS,
  SERVER_SETTINGS_COLUMNS,
  SERVER_SETTINGS_SENSITIVE,
  TEAM_COLUMNS,
} from './model-defaults.js';
import type { SandboxRuntime } from './options.js';
import { iso, plainDateTime } from './serialize-base.js';
import { allowedFields } from '../releases/table.js';
import type { DestinationRecord, EnvironmentRecord, ProjectRecord, ServerRecord } from './world.js';

/** Rows the seed made carry this time (the sandbox does not store seed timestamps). */
const SEED_TIME = iso(0);

/** The server's `settings.wildcard_domain`: its sslip.io domain (bootstrap/helpers/shared.php:1299 sslip). */
export function serverWildcardDomain(s: ServerRecord): string {
  return `http://${s.ip === 'host.docker.internal' ? '127.0.0.1' : s.ip}.sslip.io`;
}

/**
 * The release keeps a server's role as `server_role`, with `is_build_server` hidden (contracts
 * coolify-v4.4.2.json: ServerSetting.server_role, `hidden` lists is_build_server; create_server
 * accepts server_role); before, only `is_build_server`.
 */
export function hasServerRole(release: string): boolean {
  return allowedFields(release, 'POST /servers')?.has('server_role') === true;
}

/** The server's role column: `server_role` where the release has it (default `both`), else `is_build_server`. */
function roleColumns(s: ServerRecord, release: string): Record<string, unknown> {
  return hasServerRole(release) ? { server_role: s.server_role ?? (s.is_build_server ? 'build' : 'both') } : { is_build_server: s.is_build_server };
}

/** A server's `settings` row (server_settings), sensitive keys only with read:sensitive. */
export function serverSettingsJson(s: ServerRecord, sensitive: boolean, release = '4.3.11'): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id, server_id: s.id, ...SERVER_SETTINGS_COLUMNS, ...roleColumns(s, release),
    // Set by Coolify when the server is created/validated (the real seed's localhost has all three).
    wildcard_domain: serverWildcardDomain(s),
    sentinel_token: `sandbox-sentinel-token-${s.uuid}`, sentinel_custom_url: 'http://host.docker.internal:8000',
    // what the API wrote (routes/servers.ts)
    ...s.settings,
    created_at: SEED_TIME, updated_at: SEED_TIME,
  };
  // 4.4 hides is_build_server (ServerSetting `hidden`, contracts coolify-v4.4.2.json)
  if (hasServerRole(release)) delete out.is_build_server;
  if (!sensitive) for (const k of SERVER_SETTINGS_SENSITIVE) delete out[k];
  return out;
}

/** The proxy column: a schemaless attribute (app/Models/Server.php:279), type upper-cased. */
function proxyJson(s: ServerRecord): Record<string, unknown> {
  return { type: s.proxy_type.toUpperCase(), status: 'exited', redirect_enabled: true, ...s.proxy_extra };
}

/** The server model as serialized (nested under a destination, or `GET /servers/{uuid}` without `id`). */
export function serverModelJson(rt: SandboxRuntime, s: ServerRecord, sensitive: boolean): Record<string, unknown> {
  return {
    id: s.id, uuid: s.uuid, name: s.name, description: s.description, ip: s.ip, port: s.port, user: s.user,
    team_id: rt.store.world.team.id, private_key_id: s.private_key_id, proxy: proxyJson(s),
    created_at: SEED_TIME, updated_at: SEED_TIME, ...SERVER_COLUMNS, sentinel_updated_at: plainDateTime(0),
    // A server bought at a cloud provider keeps its token's id and the machine id (HetznerController.php:942-951).
    ...(s.cloud_provider_token_id !== undefined ? { cloud_provider_token_id: s.cloud_provider_token_id } : {}),
    ...(s.provider_machine !== undefined ? { [s.provider_machine.key]: s.provider_machine.id } : {}),
    is_validating: s.validation !== undefined, validation_logs: s.validation_logs ?? null,
    // The server Coolify runs on is the first one seeded (app/Models/Server.php isCoolifyHost: id 0).
    is_coolify_host: rt.store.world.servers[0]?.id === s.id,
    settings: serverSettingsJson(s, sensitive, rt.release),
  };
}

/** `GET /servers/{uuid}`: the model without `id` (ServersController.php:149 server_by_uuid, :43 removeSensitiveData). */
export function serverDetailJson(rt: SandboxRuntime, s: ServerRecord, sensitive: boolean): Record<string, unknown> {
  const { id: _id, ...rest } = serverModelJson(rt, s, sensitive);
  return rest;
}

/** `GET /servers`: the selected list columns (ServersController.php:94) with is_reachable/is_usable/proxy added. */
export function serverListJson(rt: SandboxRuntime, s: ServerRecord, sensitive: boolean): Record<string, unknown> {
  const settings = serverSettingsJson(s, sensitive, rt.release);
  return {
    uuid: s.uuid, description: s.description, name: s.name, ip: s.ip, is_coolify_host: rt.store.world.servers[0]?.id === s.id,
    // ServersController.php:94-98: copied from the settings row.
    is_reachable: settings.is_reachable, is_usable: settings.is_usable, port: s.port, proxy: { redirect_enabled: true }, settings, user: s.user,
  };
}

/** `GET /destinations[/{uuid}]`: type `standalone` (DestinationsController). */
export function destinationJson(rt: SandboxRuntime, d: DestinationRecord): Record<string, unknown> {
  const server = rt.store.world.servers.find((s) => s.id === d.server_id);
  return {
    uuid: d.uuid, name: d.name, network: d.network, type: 'standalone', server_uuid: server?.uuid ?? null,
    created_at: d.created_at === undefined ? SEED_TIME : iso(d.created_at), updated_at: d.updated_at === undefined ? SEED_TIME : iso(d.updated_at),
  };
}

/** A destination as eager-loaded into a resource, with its server. */
export function destinationRelation(rt: SandboxRuntime, destinationId: number, sensitive: boolean): Record<string, unknown> | null {
  const d = rt.store.world.destinations.find((x) => x.id === destinationId);
  if (!d) return null;
  const server = rt.store.world.servers.find((s) => s.id === d.server_id);
  return {
    id: d.id, name: d.name, uuid: d.uuid, network: d.network, server_id: d.server_id, created_at: SEED_TIME, updated_at: SEED_TIME,
    server: server ? serverModelJson(rt, server, sensitive) : null,
  };
}

/** A project row with its extra columns (no relations). */
export function projectRow(rt: SandboxRuntime, p: ProjectRecord): Record<string, unknown> {
  return {
    id: p.id, uuid: p.uuid, name: p.name, description: p.description ?? '', team_id: rt.store.world.team.id,
    created_at: iso(p.created_at), updated_at: iso(p.updated_at), ...PROJECT_COLUMNS,
  };
}

/** An environment row. */
export function environmentRow(e: EnvironmentRecord): Record<string, unknown> {
  return { id: e.id, name: e.name, project_id: e.project_id, created_at: iso(e.created_at), updated_at: iso(e.updated_at), description: e.description, uuid: e.uuid };
}

/** An environment as eager-loaded into a resource, with its project and team. */
export function environmentRelation(rt: SandboxRuntime, environmentId: number): Record<string, unknown> | null {
  const e = rt.store.world.environments.find((x) => x.id === environmentId);
  if (!e) return null;
  const p = rt.store.world.projects.find((x) => x.id === e.project_id);
  const team = { id: rt.store.world.team.id, name: rt.store.world.team.name, ...TEAM_COLUMNS, description: 'The root team', created_at: SEED_TIME, updated_at: SEED_TIME };
  return { ...environmentRow(e), project: p ? { ...projectRow(rt, p), team } : null };
}
