import { notFound } from '../api-error.js';
import { placedStatus } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { PlacedRecord, ServerRecord } from '../world.js';
import { TEAM_COLUMNS } from '../model-defaults.js';
import { iso, serializeTag } from '../serialize.js';
import { destinationJson, serverDetailJson, serverListJson } from '../serialize-relations.js';
import { settleServerValidations } from './servers.js';
import { applicationModelJson, databaseModelJson, serviceModelJson } from '../serialize-models.js';

/** The Coolify version the sandbox reports. */
export const SANDBOX_COOLIFY_VERSION = '4.3.11';

function omitKeys(obj: Readonly<Record<string, unknown>>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
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

/** bootstrap/helpers/constants.php:13 DATABASE_TYPES: the order `/resources` lists the engines in. */
const RESOURCE_DATABASE_ORDER = ['postgresql', 'redis', 'mongodb', 'mysql', 'mariadb', 'keydb', 'dragonfly', 'clickhouse', 'sqlite'] as const;

/** Servers, credentials, `/resources`, `/version`, team and tags (destinations: destinations.ts). */
export const infrastructureRoutes: Route[] = [
  { method: 'GET', path: '/version', handler: ({ rt }) => ({ text: rt.version }) },
  // A validation job that has run its time ends before a server is read (routes/servers.ts).
  { method: 'GET', path: '/servers', handler: ({ rt, sensitive }) => (settleServerValidations(rt), { body: rt.store.world.servers.map((s) => serverListJson(rt, s, sensitive)) }) },
  { method: 'GET', path: '/servers/{uuid}', handler: ({ rt, params, sensitive }) => (settleServerValidations(rt), { body: serverDetailJson(rt, findServer(rt, params.uuid), sensitive) }) },
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
  {
    method: 'GET',
    path: '/resources',
    // ResourcesController.php:40-65: the team's projects' applications, services and each
    // engine's databases (DATABASE_TYPES order, bootstrap/helpers/constants.php:13), every model
    // serialized whole (exposeSensitiveFields for read:sensitive) with `status` and `type`; they
    // come through the projects (hasManyThrough), so each carries laravel_through_key.
    handler: ({ rt, sensitive }) => {
      const w = rt.store.world;
      const projectOf = (r: PlacedRecord): number | null => w.environments.find((e) => e.id === r.environment_id)?.project_id ?? null;
      const inProjects = <T extends PlacedRecord>(list: T[]): T[] =>
        w.projects.flatMap((p) => list.filter((r) => projectOf(r) === p.id));
      const item = (model: Record<string, unknown>, r: PlacedRecord, type: string): Record<string, unknown> =>
        ({ ...model, laravel_through_key: projectOf(r), type });
      return {
        body: [
          ...inProjects(w.applications).map((a) => item(applicationModelJson(rt, a, sensitive), a, 'application')),
          ...inProjects(w.services).map((s) => item(serviceModelJson(rt, s, sensitive), s, 'service')),
          ...RESOURCE_DATABASE_ORDER.flatMap((type) =>
            inProjects(w.databases.filter((d) => d.type === type)).map((d) => item(databaseModelJson(rt, d, sensitive), d, `standalone-${type}`))),
        ],
      };
    },
  },
  {
    method: 'GET',
    path: '/team',
    // TeamController.php:211 current_team: the teams row (columns as in app/Models/Team.php, defaults TEAM_COLUMNS).
    handler: ({ rt }) => ({ body: { id: rt.store.world.team.id, name: rt.store.world.team.name, ...omitKeys(TEAM_COLUMNS, ['custom_server_limit']), description: 'The root team', created_at: iso(0), updated_at: iso(0) } }),
  },
  // TagsController.php:103 tags(): uuid, name and timestamps (id and team_id hidden).
  { method: 'GET', path: '/tags', handler: ({ rt }) => ({ body: rt.store.world.tags.map(serializeTag) }) },
];
