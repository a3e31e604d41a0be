import { rowsOfOwner } from '../append-index.js';
import { storedEnvValue } from '../../kinds/env-records.js';
import { ApiError, badRequest, conflict, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeEnvVar, type EnvAttributes } from '../serialize-env.js';
import type { EnvVarRecord, OwnerRef } from '../world.js';
import { findOwned, kindOfSegment } from './common.js';

// app/Support/ValidationPatterns.php:109 ENVIRONMENT_VARIABLE_KEY_PATTERN.
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/u;

/** The item keys each bulk endpoint keeps (ApplicationsController.php:3573 `->only([...])`). */
const APP_ITEM_FIELDS = ['key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment'];
/**
 * What a database or service bulk item may set: `updateOrCreate(['key' => $key], $item)`
 * (DatabasesController.php:3733, ServicesController.php:1653) mass-assigns the raw item, so
 * every `$fillable` column is set (app/Models/EnvironmentVariable.php:45-66; checked against
 * Coolify 4.3.11: is_preview, is_runtime, is_required and order are stored). resourceable_* and
 * version are fillable too; the sandbox does not let an item move a variable or fake its version.
 */
const FILLABLE_ITEM_FIELDS = ['key', 'value', 'comment', 'is_preview', 'is_multiline', 'is_literal', 'is_runtime', 'is_buildtime', 'is_shown_once', 'is_required', 'order'];
const BOOLEANS = ['is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'is_required'];

/** ValidationPatterns::normalizeEnvironmentVariableKey (:151): the key is trimmed before it is validated. */
function normalizedKey(key: unknown): unknown {
  return typeof key === 'string' ? key.trim() : key;
}

/** PHP trim(): the value mutator trims what it stores (EnvironmentVariable.php:366-377). */
function storedValue(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return storedEnvValue(String(v));
}

/** Laravel's `boolean` rule accepts these; stored as the boolean they mean. */
function toBool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}

/**
 * The rules every env endpoint validates with customApiValidator (bootstrap/helpers/shared.php:2417:
 * `required` answers "This field is required."), e.g. ApplicationsController.php:3577-3587:
 * key required|string|max:255|regex, value string|nullable, the flags boolean, comment
 * string|nullable|max:256.
 */
function itemErrors(item: Record<string, unknown>, flags: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const key = item.key;
  if (key === undefined || key === null || key === '') errors.key = ['This field is required.'];
  else if (typeof key !== 'string') errors.key = ['The key field must be a string.'];
  else if ([...key].length > 255) errors.key = ['The key field must not be greater than 255 characters.'];
  else if (!KEY_PATTERN.test(key)) errors.key = ['The key field format is invalid.'];
  if (item.value !== undefined && item.value !== null && typeof item.value !== 'string') errors.value = ['The value field must be a string.'];
  for (const f of flags) {
    const v = item[f];
    if (v !== undefined && v !== null && ![true, false, 0, 1, '0', '1'].includes(v as never)) errors[f] = [`The ${f.replace(/_/g, ' ')} field must be true or false.`];
  }
  if (item.comment !== undefined && item.comment !== null) {
    if (typeof item.comment !== 'string') errors.comment = ['The comment field must be a string.'];
    else if ([...item.comment].length > 256) errors.comment = ['The comment field must not be greater than 256 characters.'];
  }
  return errors;
}

function checkItem(item: Record<string, unknown>, flags: readonly string[]): string {
  const errors = itemErrors(item, flags);
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  return String(item.key);
}

function envsOf(rt: SandboxRuntime, owner: OwnerRef): EnvVarRecord[] {
  return rowsOfOwner(rt.store.world.envVars, owner);
}

/**
 * `EnvironmentVariable::create($attributes)`: a row with the given attributes over the column
 * defaults (is_runtime/is_buildtime true, the other flags false). For a non-preview application
 * variable the model's created hook adds the preview copy of key, value, is_multiline,
 * is_literal, is_runtime, is_buildtime and comment (EnvironmentVariable.php:95-120; is_shown_once
 * is not copied). Returns the row and the attribute names the create set.
 */
export function createEnvVar(rt: SandboxRuntime, owner: OwnerRef, attrs: Record<string, unknown>): EnvVarRecord {
  const now = rt.now();
  const flag = (k: string, fallback: boolean): boolean => (attrs[k] === undefined || attrs[k] === null ? fallback : toBool(attrs[k]));
  const env: EnvVarRecord = {
    id: rt.store.nextId(),
    uuid: rt.store.uuid(),
    owner,
    key: String(attrs.key),
    value: storedValue(attrs.value),
    is_preview: flag('is_preview', false),
    is_literal: flag('is_literal', false),
    is_multiline: flag('is_multiline', false),
    is_shown_once: flag('is_shown_once', false),
    is_buildtime: flag('is_buildtime', true),
    is_runtime: flag('is_runtime', true),
    comment: (attrs.comment as string | null | undefined) ?? null,
    created_at: now,
    updated_at: now,
  };
  if (attrs.is_required !== undefined) env.is_required = flag('is_required', false);
  if (attrs.order !== undefined) env.order = attrs.order === null ? null : Number(attrs.order);
  rt.store.world.envVars.push(env);
  if (owner.kind === 'application' && !env.is_preview && !envsOf(rt, owner).some((e) => e.is_preview && e.key === env.key)) {
    rt.store.world.envVars.push({
      ...env, id: rt.store.nextId(), uuid: rt.store.uuid(), is_preview: true, is_shown_once: false, is_required: undefined, order: undefined,
    });
  }
  return env;
}

/** The columns of a variable row that a write can change (updated_at and the owner left out). */
function envColumns(env: EnvVarRecord): string {
  const { updated_at: _u, created_at: _c, owner: _o, ...columns } = env;
  return JSON.stringify(columns);
}

/**
 * Eloquent's save() bumps `updated_at` only when an attribute is dirty (Model::performUpdate:
 * `if ($this->isDirty()) { … updateTimestamps() }`; an `encrypted` cast compares the decrypted
 * values, so writing the same value again is not a change): a write of the same value leaves the
 * row's timestamp alone. The plan compares it with the last deployment (src/plan/pending-deploy.ts).
 */
function touchIfChanged(rt: SandboxRuntime, env: EnvVarRecord, before: string): void {
  if (envColumns(env) !== before) env.updated_at = rt.now();
}

/**
 * `if ($env->X != $request->X) $env->X = $request->X;` (ApplicationsController.php:3421-3426):
 * PHP's loose `!=` holds null equal to false, so an omitted flag leaves a false one alone but
 * nulls a true one, which the NOT NULL column refuses: Coolify answers 500 and saves nothing
 * (checked against Coolify 4.3.11).
 */
function looseFlag(current: boolean | null, sent: unknown): boolean | null {
  if (toBool(current) === toBool(sent)) return current;
  return sent === undefined || sent === null ? null : toBool(sent);
}

/** The application update of one variable (ApplicationsController.php:3410-3440 and the bulk :3602-3625). */
function updateAppEnv(rt: SandboxRuntime, env: EnvVarRecord, body: Record<string, unknown>): void {
  const before = envColumns(env);
  const multiline = looseFlag(env.is_multiline, body.is_multiline);
  const shownOnce = looseFlag(env.is_shown_once, body.is_shown_once);
  if (multiline === null || shownOnce === null) throw new ApiError(500, { message: 'Server Error' });
  env.value = storedValue(body.value);
  env.is_literal = toBool(body.is_literal ?? false);
  env.is_multiline = multiline;
  env.is_shown_once = shownOnce;
  if ('is_runtime' in body) env.is_runtime = toBool(body.is_runtime);
  if ('is_buildtime' in body) env.is_buildtime = toBool(body.is_buildtime);
  if ('comment' in body) env.comment = (body.comment as string | null) ?? null;
  touchIfChanged(rt, env, before);
}

/** The database/service update (DatabasesController.php:3566-3580, ServicesController.php:1487-1501): value always, the rest only when sent. */
function updateOtherEnv(rt: SandboxRuntime, env: EnvVarRecord, body: Record<string, unknown>): void {
  const before = envColumns(env);
  env.value = storedValue(body.value);
  if ('is_literal' in body) env.is_literal = toBool(body.is_literal);
  if ('is_multiline' in body) env.is_multiline = toBool(body.is_multiline);
  if ('is_shown_once' in body) env.is_shown_once = toBool(body.is_shown_once);
  if ('comment' in body) env.comment = (body.comment as string | null) ?? null;
  touchIfChanged(rt, env, before);
}

/** `$model->fill($item)->save()` of updateOrCreate on an existing row: only the keys sent change. */
function fillEnv(rt: SandboxRuntime, env: EnvVarRecord, item: Record<string, unknown>): void {
  const before = envColumns(env);
  if ('value' in item) env.value = storedValue(item.value);
  if ('comment' in item) env.comment = (item.comment as string | null) ?? null;
  for (const k of BOOLEANS) if (k in item && item[k] !== null) (env as unknown as Record<string, unknown>)[k] = toBool(item[k]);
  if ('order' in item) env.order = item.order === null ? null : Number(item.order);
  touchIfChanged(rt, env, before);
}

function routesFor(segment: 'applications' | 'databases' | 'services'): Route[] {
  const kind = kindOfSegment(segment);
  const isApp = kind === 'application';
  const flags = isApp ? ['is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime'] : ['is_literal', 'is_multiline', 'is_shown_once'];
  const owner = (req: RouteRequest): OwnerRef => ({ kind, id: findOwned(req.rt, kind, req.params.uuid).id });
  const answer = (req: RouteRequest, env: EnvVarRecord, attributes: EnvAttributes = 'row'): Record<string, unknown> =>
    serializeEnvVar(req.rt, env, req.sensitive, attributes);
  // Application variables are looked up in `environment_variables` / `environment_variables_preview`
  // (Application.php:997, :1024); a database's or service's relation has every row (StandalonePostgresql.php:400).
  const findByKey = (rows: EnvVarRecord[], key: string, isPreview: boolean): EnvVarRecord | undefined =>
    rows.find((e) => e.key === key && (!isApp || e.is_preview === isPreview));
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/envs`,
      handler: (req) => ({ body: envsOf(req.rt, owner(req)).map((e) => answer(req, e)) }),
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/envs`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/envs`,
      handler: (req) => {
        const o = owner(req);
        const body: Record<string, unknown> = { ...req.body, key: normalizedKey(req.body.key) };
        const key = checkItem(body, flags);
        const isPreview = isApp && toBool(body.is_preview);
        // ApplicationsController.php:3808, DatabasesController.php:3858: the message does not name the key.
        if (findByKey(envsOf(req.rt, o), key, isPreview)) throw conflict('Environment variable already exists. Use PATCH request to update it.');
        if (isApp) {
          // ApplicationsController.php:3830-3842: every flag set, answered as {uuid}.
          const env = createEnvVar(req.rt, o, { ...body, is_preview: isPreview });
          return { status: 201, body: { uuid: env.uuid } };
        }
        // DatabasesController.php:3866-3873, ServicesController.php:1787-1794: key, value, three flags, comment.
        const attrs = ['key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment'];
        const env = createEnvVar(req.rt, o, Object.fromEntries(attrs.map((k) => [k, body[k] ?? (k === 'value' || k === 'comment' ? null : false)])));
        return { status: 201, body: answer(req, env, attrs) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/envs`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/envs`,
      handler: (req) => {
        const o = owner(req);
        const body: Record<string, unknown> = { ...req.body, key: normalizedKey(req.body.key) };
        const key = checkItem(body, flags);
        const env = findByKey(envsOf(req.rt, o), key, isApp && toBool(body.is_preview));
        if (!env) throw notFound('Environment variable');
        if (isApp) updateAppEnv(req.rt, env, body);
        else updateOtherEnv(req.rt, env, body);
        return { status: 201, body: answer(req, env) };
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
        // ApplicationsController.php:3563-3568, DatabasesController.php:3690-3693: `if (! $bulk_data)`.
        if (data === undefined || data === null || data === '' || (Array.isArray(data) && data.length === 0)) throw badRequest('Bulk data is required.');
        const items = (Array.isArray(data) ? data : [data]).map((raw) => {
          const item = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
          const kept = Object.fromEntries(Object.entries(item).filter(([k]) => (isApp ? APP_ITEM_FIELDS : FILLABLE_ITEM_FIELDS).includes(k)));
          return 'key' in kept ? { ...kept, key: normalizedKey(kept.key) } : kept;
        });
        // Items are validated and saved one by one: a failing item answers 422 and the ones
        // before it stay saved (there is no transaction).
        const out: Array<Record<string, unknown>> = [];
        // ApplicationsController.php:3596 and :3635 look items up in `$application->environment_variables_preview`
        // / `->environment_variables`: Eloquent relation properties, loaded once (at their first use in the
        // request) and then cached. Rows created later in the same request (including the automatic preview
        // copy of app/Models/EnvironmentVariable.php:95-120) are not in the cached lists, so a preview item
        // that follows a new production key creates a second preview row (:3620). A database or service
        // queries its relation afresh for each item (updateOrCreate).
        const cached = new Map<boolean, EnvVarRecord[]>();
        const lookup = (isPreview: boolean): EnvVarRecord[] => {
          if (!isApp) return envsOf(req.rt, o);
          let rows = cached.get(isPreview);
          if (!rows) {
            rows = envsOf(req.rt, o).filter((e) => e.is_preview === isPreview);
            cached.set(isPreview, rows);
          }
          return rows;
        };
        for (const item of items) {
          const key = checkItem(item, flags);
          const isPreview = isApp && toBool(item.is_preview);
          const existing = findByKey(lookup(isPreview), key, isPreview);
          if (existing) {
            if (isApp) updateAppEnv(req.rt, existing, item);
            else fillEnv(req.rt, existing, item);
            out.push(answer(req, existing));
          } else if (isApp) {
            // ApplicationsController.php:3626-3638: every flag set (is_runtime/is_buildtime default true).
            const attrs = { ...item, is_preview: isPreview, is_literal: toBool(item.is_literal ?? false), is_multiline: toBool(item.is_multiline ?? false), is_shown_once: toBool(item.is_shown_once ?? false), comment: item.comment ?? null };
            out.push(answer(req, createEnvVar(req.rt, o, attrs), ['key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment']));
          } else {
            out.push(answer(req, createEnvVar(req.rt, o, { ...item, key }), Object.keys(item)));
          }
        }
        return { status: 201, body: out };
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
