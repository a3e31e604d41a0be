import { ApiError, conflict, notFound, validationFailed } from '../api-error.js';
import { allowedFields, validateBody } from '../contract/validate.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeSharedEnv } from '../serialize.js';
import type { SharedEnvRecord } from '../world.js';
import { environmentOf } from './projects.js';

type Scope = SharedEnvRecord['scope'];
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const CONTRACT = 'POST /team/envs';

function scopeOf(req: RouteRequest, kind: Scope['kind']): Scope {
  const w = req.rt.store.world;
  if (kind === 'team') return { kind, id: w.team.id };
  if (kind === 'server') {
    const s = w.servers.find((x) => x.uuid === req.params.uuid);
    if (!s) throw notFound('Server');
    return { kind, id: s.id };
  }
  const p = req.rt.store.project(req.params.uuid ?? '');
  if (!p) throw notFound('Project');
  if (kind === 'project') return { kind, id: p.id };
  return { kind, id: environmentOf(req.rt, p, req.params.environment_name_or_uuid).id };
}

function inScope(rt: SandboxRuntime, scope: Scope): SharedEnvRecord[] {
  return rt.store.world.sharedEnvs.filter((s) => s.scope.kind === scope.kind && s.scope.id === scope.id);
}



/**
 * app/Http/Controllers/Api/SharedEnvironmentVariablesController.php:92-97 findEnvInScope:
 * `where('id', $envId)` only. A non-numeric id fails PostgreSQL's bigint cast, so the real
 * API answers 500 "Server Error" (checked on Coolify 4.3.11); an unknown number is 404.
 */
function byId(rt: SandboxRuntime, scope: Scope, id: string | undefined): SharedEnvRecord {
  if (!/^\d+$/.test(id ?? '')) throw new ApiError(500, 'Server Error');
  const env = inScope(rt, scope).find((s) => s.id === Number(id));
  if (!env) throw new ApiError(404, 'Environment variable not found.');
  return env;
}

function routesFor(kind: Scope['kind'], base: string): Route[] {
  return [
    {
      method: 'GET',
      path: `${base}/envs`,
      handler: (req) => ({ body: inScope(req.rt, scopeOf(req, kind)).map((e) => serializeSharedEnv(e, req.sensitive)) }),
    },
    {
      method: 'POST',
      path: `${base}/envs`,
      body: 'required',
      contract: CONTRACT,
      handler: (req) => {
        const scope = scopeOf(req, kind);
        const key = String(req.body.key);
        if (!KEY_PATTERN.test(key)) throw validationFailed({ key: ['The key field format is invalid.'] });
        // SharedEnvironmentVariablesController.php:176-180 createEnv: keyExistsInScope (:111-138,
        // same team, type and scope) answers 409 before the insert. The check and the insert are
        // two statements, and for team variables (project_id and environment_id NULL) the unique
        // indexes of migration 2024_01_23_113129 (:24-25) do not apply, NULL != NULL: on the real
        // server two simultaneous creates can both succeed. Here requests run one at a time.
        if (inScope(req.rt, scope).some((e) => e.key === key)) throw conflict('Environment variable already exists. Use PATCH request to update it.');
        const now = req.rt.now();
        const env: SharedEnvRecord = {
          id: req.rt.store.nextId(), scope, key,
          // Already trimmed: every request body is (server.ts trimStrings, Laravel's TrimStrings).
          value: (req.body.value as string | null | undefined) ?? null,
          is_literal: req.body.is_literal === true, is_multiline: req.body.is_multiline === true, is_shown_once: req.body.is_shown_once === true,
          comment: (req.body.comment as string | null | undefined) ?? null, created_at: now, updated_at: now,
        };
        req.rt.store.world.sharedEnvs.push(env);
        // SharedEnvironmentVariablesController.php:203-205: the id only.
        return { status: 201, body: { id: env.id } };
      },
    },
    {
      method: 'PATCH',
      path: `${base}/envs/{env_id}`,
      body: 'required',
      handler: (req) => {
        const env = byId(req.rt, scopeOf(req, kind), req.params.env_id);
        const allowed = allowedFields(CONTRACT);
        const unknown = Object.keys(req.body).filter((k) => !allowed.has(k));
        if (unknown.length > 0) throw validationFailed(Object.fromEntries(unknown.map((k) => [k, ['This field is not allowed.']])));
        const merged = validateBody(CONTRACT, { key: env.key, ...req.body });
        const key = String(merged.key);
        if (!KEY_PATTERN.test(key)) throw validationFailed({ key: ['The key field format is invalid.'] });
        // SharedEnvironmentVariablesController.php:222-227 updateEnv: renaming onto another key of the scope.
        if (key !== env.key && inScope(req.rt, env.scope).some((e) => e.key === key)) throw conflict('Environment variable already exists with this key.');
        env.key = key;
        if ('value' in merged) env.value = (merged.value as string | null) ?? null;
        for (const f of ['is_literal', 'is_multiline', 'is_shown_once'] as const) if (typeof merged[f] === 'boolean') env[f] = merged[f] as boolean;
        if ('comment' in merged) env.comment = (merged.comment as string | null) ?? null;
        env.updated_at = req.rt.now();
        return { body: serializeSharedEnv(env, req.sensitive) };
      },
    },
    {
      method: 'DELETE',
      path: `${base}/envs/{env_id}`,
      handler: (req) => {
        const env = byId(req.rt, scopeOf(req, kind), req.params.env_id);
        req.rt.store.world.sharedEnvs = req.rt.store.world.sharedEnvs.filter((e) => e.id !== env.id);
        return { body: { message: 'Environment variable deleted.' } };
      },
    },
  ];
}

/** Shared variables of the team, projects, environments and servers (PATCH/DELETE by id). */
export const sharedEnvRoutes: Route[] = [
  ...routesFor('team', '/team'),
  ...routesFor('project', '/projects/{uuid}'),
  ...routesFor('environment', '/projects/{uuid}/environments/{environment_name_or_uuid}'),
  ...routesFor('server', '/servers/{uuid}'),
];
