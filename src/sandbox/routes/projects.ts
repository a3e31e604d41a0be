import { ApiError, badRequest, conflict, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso, serializeApplication, serializeDatabase, serializeService } from '../serialize.js';
import type { EnvironmentRecord, ProjectRecord } from '../world.js';

/** Coolify's NAME_PATTERN (letters, digits, spaces and a few symbols), 3–255 characters. */
const NAME_PATTERN = /^[\p{L}\p{M}\p{N}\s\-_.@/&()#,:+]+$/u;

/** Checks a project/environment name like ValidationPatterns::nameRules(). */
export function checkName(name: unknown, field = 'name'): string {
  if (typeof name !== 'string' || name.trim() === '') throw validationFailed({ [field]: [`The ${field} field is required.`] });
  if (name.length < 3) throw validationFailed({ [field]: [`The ${field} field must be at least 3 characters.`] });
  if (name.length > 255) throw validationFailed({ [field]: [`The ${field} field must not be greater than 255 characters.`] });
  if (!NAME_PATTERN.test(name)) throw validationFailed({ [field]: [`The ${field} field format is invalid.`] });
  return name;
}

function project(rt: SandboxRuntime, uuid: string | undefined): ProjectRecord {
  const p = rt.store.project(uuid ?? '');
  if (!p) throw notFound('Project');
  return p;
}

/** The environment of a project by name or uuid, or 404. */
export function environmentOf(rt: SandboxRuntime, p: ProjectRecord, nameOrUuid: string | undefined): EnvironmentRecord {
  const e = rt.store.environmentOf(p, nameOrUuid ?? '');
  if (!e) throw notFound('Environment');
  return e;
}

function envJson(e: EnvironmentRecord): Record<string, unknown> {
  return { id: e.id, uuid: e.uuid, name: e.name, description: e.description, project_id: e.project_id, created_at: iso(e.created_at), updated_at: iso(e.updated_at) };
}

/** Creates an environment record (also used for the auto-created `production`). */
export function createEnvironment(rt: SandboxRuntime, p: ProjectRecord, name: string): EnvironmentRecord {
  const now = rt.now();
  const e: EnvironmentRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name, description: null, project_id: p.id, created_at: now, updated_at: now };
  rt.store.world.environments.push(e);
  return e;
}

/** True when anything (app, db, service) still lives in the environment. */
function environmentHasResources(rt: SandboxRuntime, e: EnvironmentRecord): boolean {
  return rt.store.allPlaced().some((h) => h.record.environment_id === e.id);
}

/** Projects and environments (ProjectController). */
export const projectRoutes: Route[] = [
  {
    method: 'GET',
    path: '/projects',
    handler: ({ rt }) => ({ body: rt.store.world.projects.map((p) => ({ id: p.id, uuid: p.uuid, name: p.name, description: p.description })) }),
  },
  {
    method: 'POST',
    path: '/projects',
    body: 'required',
    contract: 'POST /projects',
    handler: ({ rt, body }) => {
      const name = checkName(body.name);
      const now = rt.now();
      const p: ProjectRecord = {
        id: rt.store.nextId(), uuid: rt.store.uuid(), name,
        description: typeof body.description === 'string' ? body.description : null, created_at: now, updated_at: now,
      };
      rt.store.world.projects.push(p);
      createEnvironment(rt, p, 'production');
      return { status: 201, body: { uuid: p.uuid } };
    },
  },
  {
    method: 'GET',
    path: '/projects/{uuid}',
    handler: ({ rt, params }) => {
      const p = project(rt, params.uuid);
      const environments = rt.store.world.environments.filter((e) => e.project_id === p.id).map(envJson);
      return { body: { id: p.id, uuid: p.uuid, name: p.name, description: p.description, created_at: iso(p.created_at), updated_at: iso(p.updated_at), environments } };
    },
  },
  {
    method: 'PATCH',
    path: '/projects/{uuid}',
    body: 'required',
    contract: 'PATCH /projects/{uuid}',
    handler: ({ rt, params, body }) => {
      const p = project(rt, params.uuid);
      if (body.name !== undefined) p.name = checkName(body.name);
      if (body.description !== undefined) p.description = (body.description as string | null) ?? null;
      p.updated_at = rt.now();
      return { status: 201, body: { uuid: p.uuid, name: p.name, description: p.description } };
    },
  },
  {
    method: 'DELETE',
    path: '/projects/{uuid}',
    handler: ({ rt, params }) => {
      const p = project(rt, params.uuid);
      const w = rt.store.world;
      const envs = w.environments.filter((e) => e.project_id === p.id);
      if (envs.some((e) => environmentHasResources(rt, e))) throw badRequest('Project has resources, so it cannot be deleted.');
      const envIds = new Set(envs.map((e) => e.id));
      w.sharedEnvs = w.sharedEnvs.filter(
        (s) => !(s.scope.kind === 'project' && s.scope.id === p.id) && !(s.scope.kind === 'environment' && envIds.has(s.scope.id)),
      );
      w.environments = w.environments.filter((e) => e.project_id !== p.id);
      w.projects = w.projects.filter((x) => x.id !== p.id);
      return { body: { message: 'Project deleted.' } };
    },
  },
  {
    method: 'GET',
    path: '/projects/{uuid}/environments',
    handler: ({ rt, params }) => {
      const p = project(rt, params.uuid);
      return { body: rt.store.world.environments.filter((e) => e.project_id === p.id).map((e) => ({ id: e.id, name: e.name, uuid: e.uuid })) };
    },
  },
  {
    method: 'POST',
    path: '/projects/{uuid}/environments',
    body: 'required',
    contract: 'POST /projects/{uuid}/environments',
    handler: ({ rt, params, body }) => {
      const p = project(rt, params.uuid);
      const name = checkName(body.name);
      if (rt.store.world.environments.some((e) => e.project_id === p.id && e.name === name)) {
        throw conflict('Environment with this name already exists.');
      }
      return { status: 201, body: { uuid: createEnvironment(rt, p, name).uuid } };
    },
  },
  {
    method: 'GET',
    path: '/projects/{uuid}/{environment_name_or_uuid}',
    handler: ({ rt, params, sensitive }) => {
      const p = project(rt, params.uuid);
      const e = environmentOf(rt, p, params.environment_name_or_uuid);
      const w = rt.store.world;
      const inEnv = <T extends { environment_id: number }>(xs: T[]): T[] => xs.filter((x) => x.environment_id === e.id);
      const dbs = (type: string): unknown[] => inEnv(w.databases).filter((d) => d.type === type).map((d) => serializeDatabase(rt, d, sensitive));
      return {
        body: {
          ...envJson(e),
          applications: inEnv(w.applications).map((a) => serializeApplication(rt, a, sensitive, false)),
          postgresqls: dbs('postgresql'),
          redis: dbs('redis'),
          mongodbs: dbs('mongodb'),
          mysqls: dbs('mysql'),
          mariadbs: dbs('mariadb'),
          services: inEnv(w.services).map((s) => serializeService(rt, s, sensitive)),
        },
      };
    },
  },
  {
    method: 'PATCH',
    path: '/projects/{uuid}/environments/{environment_name_or_uuid}',
    body: 'required',
    contract: 'PATCH /projects/{uuid}/environments/{environment_name_or_uuid}',
    handler: ({ rt, params, body }) => {
      const p = project(rt, params.uuid);
      const e = environmentOf(rt, p, params.environment_name_or_uuid);
      if (body.name !== undefined) {
        const name = checkName(body.name);
        if (rt.store.world.environments.some((x) => x.project_id === p.id && x.name === name && x.id !== e.id)) {
          throw conflict('Environment with this name already exists.');
        }
        e.name = name;
      }
      if (body.description !== undefined) e.description = (body.description as string | null) ?? null;
      e.updated_at = rt.now();
      return { body: { uuid: e.uuid, name: e.name, description: e.description } };
    },
  },
  {
    method: 'DELETE',
    path: '/projects/{uuid}/environments/{environment_name_or_uuid}',
    handler: ({ rt, params }) => {
      const p = project(rt, params.uuid);
      const e = environmentOf(rt, p, params.environment_name_or_uuid);
      if (environmentHasResources(rt, e)) throw new ApiError(400, 'Environment has resources, so it cannot be deleted.');
      const w = rt.store.world;
      w.sharedEnvs = w.sharedEnvs.filter((s) => !(s.scope.kind === 'environment' && s.scope.id === e.id));
      w.environments = w.environments.filter((x) => x.id !== e.id);
      return { body: { message: 'Environment deleted.' } };
    },
  },
];
