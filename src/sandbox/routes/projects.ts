import { projectRow } from '../serialize-relations.js';
import { ApiError, badRequest, conflict, notFound } from '../api-error.js';
import { storedEnvironmentName as coolifyEnvironmentName } from '../../validate/coolify-patterns.js';
import { descriptionRuleErrors, nameRuleErrors, storedDescription, storedName, throwIfErrors, type ErrorBag } from './name-rules.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../dates.js';
import { serializeApplication, serializeDatabase, serializeService } from '../serialize.js';
import type { EnvironmentRecord, ProjectRecord } from '../world.js';

/**
 * Checks a name like ValidationPatterns::nameRules() (app/Support/ValidationPatterns.php:418-433)
 * and answers Coolify's 422. Kept for routes that validate nothing but a name.
 */
export function checkName(name: unknown, field = 'name'): string {
  const errors: ErrorBag = {};
  nameRuleErrors({ name }, errors, true);
  if (field !== 'name' && errors.name) {
    errors[field] = errors.name;
    delete errors.name;
  }
  throwIfErrors(errors);
  return name as string;
}

/**
 * The environment name Coolify stores: `Environment::customizeName` lower-cases, trims and turns
 * `/` into `-` after `strip_tags` (app/Models/Environment.php:143-146,
 * app/Traits/HasSafeStringAttribute.php:10-14).
 */
export function storedEnvironmentName(name: string): string {
  return coolifyEnvironmentName(name);
}

/**
 * Inserting a second environment with the same stored name hits the unique index
 * `(name, project_id)` (database/migrations/2023_03_27_075444_create_environments_table.php:19):
 * Coolify answers 500 `{"message":"Server Error"}` (checked against Coolify 4.3.11).
 */
function uniqueIndexViolation(): ApiError {
  return new ApiError(500, { message: 'Server Error' });
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
      // ProjectController.php:250-265 nameRules() + descriptionRules(), one 422 with every error.
      const errors: ErrorBag = {};
      nameRuleErrors(body, errors, true);
      descriptionRuleErrors(body, errors);
      throwIfErrors(errors);
      const now = rt.now();
      // ProjectController.php:268-272 Project::create: name and description through the
      // HasSafeStringAttribute mutators (strip_tags; an omitted description is stored as "").
      const p: ProjectRecord = {
        id: rt.store.nextId(), uuid: rt.store.uuid(), name: storedName(body.name as string),
        description: storedDescription(body.description), created_at: now, updated_at: now,
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
      // ProjectController.php get_project_by_uuid: the whole row (team_id, icon_* columns) with its environments.
      return { body: { ...projectRow(rt, p), environments } };
    },
  },
  {
    method: 'PATCH',
    path: '/projects/{uuid}',
    body: 'required',
    contract: 'PATCH /projects/{uuid}',
    handler: ({ rt, params, body }) => {
      // ProjectController.php:367-385 nameRules(required: false) + descriptionRules(), before the lookup.
      const errors: ErrorBag = {};
      nameRuleErrors(body, errors, false);
      descriptionRuleErrors(body, errors);
      throwIfErrors(errors);
      const p = project(rt, params.uuid);
      // ProjectController.php:397 update($request->only(['name','description'])): only keys present.
      if ('name' in body) p.name = storedName(String(body.name ?? ''));
      if ('description' in body) p.description = storedDescription(body.description);
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
      // ProjectController.php:641-643 nameRules() (with nameMessages()), before the lookup.
      const errors: ErrorBag = {};
      nameRuleErrors(body, errors, true);
      throwIfErrors(errors);
      const p = project(rt, params.uuid);
      const raw = body.name as string;
      // ProjectController.php:666-669: the 409 pre-check compares the name as sent...
      if (rt.store.world.environments.some((e) => e.project_id === p.id && e.name === raw)) {
        throw conflict('Environment with this name already exists.');
      }
      // ...but Environment.php:143-146 stores it lower-cased, so `Staging` after `staging`
      // passes the pre-check and hits the unique index.
      const name = storedEnvironmentName(raw);
      if (rt.store.world.environments.some((e) => e.project_id === p.id && e.name === name)) throw uniqueIndexViolation();
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
      // ProjectController.php:767-784 nameRules(required: false) + descriptionRules(), before the lookup.
      const errors: ErrorBag = {};
      nameRuleErrors(body, errors, false);
      descriptionRuleErrors(body, errors);
      throwIfErrors(errors);
      const p = project(rt, params.uuid);
      const e = environmentOf(rt, p, params.environment_name_or_uuid);
      const w = rt.store.world;
      // ProjectController.php:805-813: the 409 pre-check compares the raw name, and only when
      // it differs from the stored one.
      if (typeof body.name === 'string' && body.name !== '' && body.name !== e.name) {
        const raw = body.name;
        if (w.environments.some((x) => x.project_id === p.id && x.name === raw && x.id !== e.id)) {
          throw conflict('Environment with this name already exists.');
        }
      }
      // ProjectController.php:815 update($request->only(['name','description'])): the stored
      // name is lower-cased (Environment.php:143-146); a clash hits the unique index.
      if ('name' in body) {
        const name = storedEnvironmentName(String(body.name ?? ''));
        if (w.environments.some((x) => x.project_id === p.id && x.name === name && x.id !== e.id)) throw uniqueIndexViolation();
        e.name = name;
      }
      if ('description' in body) e.description = storedDescription(body.description);
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
