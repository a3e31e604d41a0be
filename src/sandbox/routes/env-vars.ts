import { conflict, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeEnvVar } from '../serialize.js';
import type { EnvVarRecord, OwnerRef } from '../world.js';
import { findOwned, kindOfSegment } from './common.js';

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function checkKey(key: unknown, field = 'key'): string {
  if (typeof key !== 'string' || key === '') throw validationFailed({ [field]: ['The key field is required.'] });
  if (!KEY_PATTERN.test(key)) throw validationFailed({ [field]: ['The key field format is invalid.'] });
  return key;
}

function envsOf(rt: SandboxRuntime, owner: OwnerRef): EnvVarRecord[] {
  return rt.store.world.envVars.filter((e) => e.owner.kind === owner.kind && e.owner.id === owner.id);
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/**
 * Creates an env var; for a non-preview application variable Coolify's model hook also
 * creates the preview copy (EnvironmentVariable::booted).
 */
export function createEnvVar(rt: SandboxRuntime, owner: OwnerRef, body: Record<string, unknown>): EnvVarRecord {
  const now = rt.now();
  const isPreview = owner.kind === 'application' && body.is_preview === true;
  const env: EnvVarRecord = {
    id: rt.store.nextId(),
    uuid: rt.store.uuid(),
    owner,
    key: String(body.key),
    value: (body.value as string | null | undefined) ?? null,
    is_preview: isPreview,
    is_literal: bool(body.is_literal, false),
    is_multiline: bool(body.is_multiline, false),
    is_shown_once: bool(body.is_shown_once, false),
    is_buildtime: bool(body.is_buildtime, true),
    is_runtime: bool(body.is_runtime, true),
    comment: (body.comment as string | null | undefined) ?? null,
    created_at: now,
    updated_at: now,
  };
  rt.store.world.envVars.push(env);
  if (owner.kind === 'application' && !isPreview && !envsOf(rt, owner).some((e) => e.is_preview && e.key === env.key)) {
    rt.store.world.envVars.push({ ...env, id: rt.store.nextId(), uuid: rt.store.uuid(), is_preview: true });
  }
  return env;
}

/** Coolify's update: not partial. Omitted value → null, is_literal → false, flags → as sent. */
function replaceEnvVar(rt: SandboxRuntime, env: EnvVarRecord, body: Record<string, unknown>): void {
  env.value = (body.value as string | null | undefined) ?? null;
  env.is_literal = bool(body.is_literal, false);
  env.is_multiline = (body.is_multiline as boolean | null | undefined) ?? null;
  env.is_shown_once = (body.is_shown_once as boolean | null | undefined) ?? null;
  if (typeof body.is_buildtime === 'boolean') env.is_buildtime = body.is_buildtime;
  if (typeof body.is_runtime === 'boolean') env.is_runtime = body.is_runtime;
  if ('comment' in body) env.comment = (body.comment as string | null) ?? null;
  env.updated_at = rt.now();
}

const ITEM_FIELDS = {
  application: ['key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_buildtime', 'is_runtime', 'comment'],
  other: ['key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment'],
};

function routesFor(segment: 'applications' | 'databases' | 'services'): Route[] {
  const kind = kindOfSegment(segment);
  const owner = (req: RouteRequest): OwnerRef => ({ kind, id: findOwned(req.rt, kind, req.params.uuid).id });
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/envs`,
      handler: (req) => ({ body: envsOf(req.rt, owner(req)).map((e) => serializeEnvVar(e, req.sensitive, req.rt.version)) }),
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/envs`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/envs`,
      handler: (req) => {
        const o = owner(req);
        const key = checkKey(req.body.key);
        const isPreview = kind === 'application' && req.body.is_preview === true;
        if (envsOf(req.rt, o).some((e) => e.key === key && e.is_preview === isPreview)) {
          // ApplicationsController.php:3808: the message does not name the key.
          throw conflict('Environment variable already exists. Use PATCH request to update it.');
        }
        const env = createEnvVar(req.rt, o, req.body);
        // Databases and services answer the record (ServicesController.php:1727); applications {uuid}.
        return { status: 201, body: kind === 'application' ? { uuid: env.uuid } : serializeEnvVar(env, req.sensitive, req.rt.version) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/envs`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/envs`,
      handler: (req) => {
        const o = owner(req);
        const key = checkKey(req.body.key);
        const isPreview = kind === 'application' && req.body.is_preview === true;
        const env = envsOf(req.rt, o).find((e) => e.key === key && e.is_preview === isPreview);
        if (!env) throw notFound('Environment variable');
        replaceEnvVar(req.rt, env, req.body);
        return { status: 201, body: serializeEnvVar(env, req.sensitive, req.rt.version) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/envs/bulk`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/envs/bulk`,
      handler: (req) => {
        const o = owner(req);
        const data = req.body.data;
        if (!Array.isArray(data) || data.length === 0) throw validationFailed({ data: ['The data field is required.'] });
        const fields = kind === 'application' ? ITEM_FIELDS.application : ITEM_FIELDS.other;
        // Unknown item keys (e.g. `is_build_time`) are silently dropped in bulk.
        const items = data.map((raw, i) => {
          if (!raw || typeof raw !== 'object') throw validationFailed({ [`data.${i}`]: ['The item must be an object.'] });
          const item = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => fields.includes(k)));
          checkKey(item.key, `data.${i}.key`);
          return item;
        });
        const out: EnvVarRecord[] = [];
        // app/Http/Controllers/Api/ApplicationsController.php:3596 and :3635 look items up in
        // `$application->environment_variables_preview` / `->environment_variables`: Eloquent
        // relation properties, loaded once (at their first use in the request) and then cached.
        // Rows created later in the same request (including the automatic preview copy of
        // app/Models/EnvironmentVariable.php:95-120) are not in the cached lists, so a preview
        // item that follows a new production key creates a second preview row (:3620).
        const cached = new Map<boolean, EnvVarRecord[]>();
        const cachedList = (isPreview: boolean): EnvVarRecord[] => {
          let rows = cached.get(isPreview);
          if (!rows) {
            rows = envsOf(req.rt, o).filter((e) => e.is_preview === isPreview);
            cached.set(isPreview, rows);
          }
          return rows;
        };
        for (const item of items) {
          const isPreview = kind === 'application' && item.is_preview === true;
          const existing = cachedList(isPreview).find((e) => e.key === item.key);
          if (existing) {
            replaceEnvVar(req.rt, existing, item);
            out.push(existing);
          } else {
            out.push(createEnvVar(req.rt, o, item));
          }
        }
        return { status: 201, body: out.map((e) => serializeEnvVar(e, req.sensitive, req.rt.version)) };
      },
    },
    {
      method: 'DELETE',
      path: `/${segment}/{uuid}/envs/{env_uuid}`,
      handler: (req) => {
        const o = owner(req);
        const env = envsOf(req.rt, o).find((e) => e.uuid === req.params.env_uuid);
        if (!env) throw notFound('Environment variable');
        req.rt.store.world.envVars = req.rt.store.world.envVars.filter((e) => e.id !== env.id);
        return { body: { message: 'Environment variable deleted.' } };
      },
    },
  ];
}

/** Env var routes of applications, databases and services. */
export const envVarRoutes: Route[] = [...routesFor('applications'), ...routesFor('databases'), ...routesFor('services')];
