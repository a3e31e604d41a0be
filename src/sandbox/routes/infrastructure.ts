import { notFound } from '../api-error.js';
import { placedStatus } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { DestinationRecord, ServerRecord } from '../world.js';

/** The Coolify version the sandbox reports. */
export const SANDBOX_COOLIFY_VERSION = '4.3.11';

function serverJson(s: ServerRecord): Record<string, unknown> {
  return {
    id: s.id, uuid: s.uuid, name: s.name, description: s.description, ip: s.ip, user: s.user, port: s.port,
    proxy: { type: s.proxy_type, status: 'running' }, proxy_type: s.proxy_type, is_reachable: true, is_usable: true,
    is_build_server: s.is_build_server, settings: { is_reachable: true, is_usable: true, is_build_server: s.is_build_server, is_swarm_manager: false },
  };
}

function destinationJson(rt: SandboxRuntime, d: DestinationRecord): Record<string, unknown> {
  const server = rt.store.world.servers.find((s) => s.id === d.server_id);
  return { id: d.id, uuid: d.uuid, name: d.name, network: d.network, type: 'standalone-docker', server_uuid: server?.uuid ?? null };
}

function findServer(rt: SandboxRuntime, uuid: string | undefined): ServerRecord {
  const s = rt.store.world.servers.find((x) => x.uuid === uuid);
  if (!s) throw notFound('Server');
  return s;
}

function resourceType(rt: SandboxRuntime, kind: string, id: number): string {
  if (kind !== 'database') return kind;
  return `standalone-${rt.store.world.databases.find((d) => d.id === id)?.type ?? 'postgresql'}`;
}

/** Servers, destinations, credentials, `/resources`, `/version`, team and tags. */
export const infrastructureRoutes: Route[] = [
  { method: 'GET', path: '/version', handler: ({ rt }) => ({ text: rt.version }) },
  { method: 'GET', path: '/servers', handler: ({ rt }) => ({ body: rt.store.world.servers.map(serverJson) }) },
  { method: 'GET', path: '/servers/{uuid}', handler: ({ rt, params }) => ({ body: serverJson(findServer(rt, params.uuid)) }) },
  {
    method: 'GET',
    path: '/servers/{uuid}/destinations',
    handler: ({ rt, params }) => {
      const s = findServer(rt, params.uuid);
      return { body: rt.store.world.destinations.filter((d) => d.server_id === s.id).map((d) => destinationJson(rt, d)) };
    },
  },
  {
    method: 'GET',
    path: '/servers/{uuid}/resources',
    handler: ({ rt, params }) => {
      const s = findServer(rt, params.uuid);
      const now = rt.now();
      return {
        body: rt.store.allPlaced().filter((h) => h.record.server_id === s.id).map((h) => ({
          id: h.record.id, uuid: h.record.uuid, name: h.record.name, type: resourceType(rt, h.kind, h.record.id),
          created_at: new Date(h.record.created_at).toISOString(), updated_at: new Date(h.record.updated_at).toISOString(),
          status: placedStatus(h.kind, h.record, rt, now),
        })),
      };
    },
  },
  {
    method: 'GET',
    path: '/servers/{uuid}/domains',
    handler: ({ rt, params }) => {
      const s = findServer(rt, params.uuid);
      const domains = rt.store.world.applications
        .filter((a) => a.server_id === s.id && typeof a.fields.fqdn === 'string')
        .flatMap((a) => String(a.fields.fqdn).split(',').map((d) => d.replace(/^https?:\/\//, '')));
      return { body: [{ ip: s.ip, domains }] };
    },
  },
  { method: 'GET', path: '/destinations', handler: ({ rt }) => ({ body: rt.store.world.destinations.map((d) => destinationJson(rt, d)) }) },
  {
    method: 'GET',
    path: '/destinations/{uuid}',
    handler: ({ rt, params }) => {
      const d = rt.store.world.destinations.find((x) => x.uuid === params.uuid);
      if (!d) throw notFound('Destination');
      return { body: destinationJson(rt, d) };
    },
  },
  {
    method: 'GET',
    path: '/github-apps',
    handler: ({ rt }) => ({
      body: rt.store.world.githubApps.map((g) => ({
        id: g.id, uuid: g.uuid, name: g.name, organization: null, api_url: 'https://api.github.com', html_url: 'https://github.com',
        custom_user: 'git', custom_port: 22, app_id: 1000 + g.id, installation_id: 2000 + g.id, is_system_wide: false,
      })),
    }),
  },
  {
    method: 'GET',
    path: '/security/keys',
    handler: ({ rt, sensitive }) => ({
      body: rt.store.world.privateKeys.map((k) => ({
        id: k.id, uuid: k.uuid, name: k.name, description: null, is_git_related: false,
        ...(sensitive ? { private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nsandbox\n-----END OPENSSH PRIVATE KEY-----' } : {}),
      })),
    }),
  },
  {
    method: 'GET',
    path: '/resources',
    handler: ({ rt }) => {
      const now = rt.now();
      return {
        body: rt.store.allPlaced().map((h) => ({
          id: h.record.id, uuid: h.record.uuid, name: h.record.name, type: resourceType(rt, h.kind, h.record.id),
          environment_id: h.record.environment_id, destination_id: h.record.destination_id, status: placedStatus(h.kind, h.record, rt, now),
        })),
      };
    },
  },
  { method: 'GET', path: '/team', handler: ({ rt }) => ({ body: { id: rt.store.world.team.id, name: rt.store.world.team.name, personal_team: false } }) },
  { method: 'GET', path: '/tags', handler: ({ rt }) => ({ body: rt.store.world.tags.map((t) => ({ uuid: t.uuid, name: t.name })) }) },
];
