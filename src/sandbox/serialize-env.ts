/**
 * Env var records as Coolify 4.3.11 answers them: the EnvironmentVariable model
 * (app/Models/EnvironmentVariable.php) serialized by the controllers' removeSensitiveData
 * (ApplicationsController.php:100, DatabasesController.php:3375, ServicesController.php:52).
 */
import type { SandboxRuntime } from './options.js';
import { iso } from './serialize-base.js';
import type { EnvVarRecord } from './world.js';

/**
 * Which attributes the model instance holds when it is serialized: `'row'` for one read from
 * the table (every column), or the attribute names a `create()` call set, for a model answered
 * right after it was created (Eloquent does not reload it, so the columns nobody set, such as
 * is_required and order, are absent from that answer).
 */
export type EnvAttributes = 'row' | readonly string[];

/** Columns of `environment_variables` an answer shows (id and resourceable_* are hidden by every controller). */
const ROW_COLUMNS = [
  'uuid', 'key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_buildtime', 'is_runtime',
  'is_required', 'is_shared', 'order', 'version', 'comment', 'created_at', 'updated_at',
];

/**
 * Attributes every created model has besides what `create()` set: the uuid (BaseModel.php:14
 * creating), the `$attributes` defaults is_runtime/is_buildtime (EnvironmentVariable.php:40-43),
 * is_shared (set on saving, :390 updateIsShared), version (the created hook, :122) and the timestamps.
 */
const CREATED_ALWAYS = ['uuid', 'key', 'is_runtime', 'is_buildtime', 'is_shared', 'version', 'created_at', 'updated_at'];

/** EnvironmentVariable.php:248-260 isShared: `{{type.…}}` that starts with `{{` + the text before the first dot and ends with `}}`. */
export function envIsShared(value: string | null): boolean {
  const v = value ?? '';
  const afterBraces = v.includes('{{') ? v.slice(v.indexOf('{{') + 2) : v;
  const type = afterBraces.includes('.') ? afterBraces.slice(0, afterBraces.indexOf('.')) : afterBraces;
  return v.startsWith(`{{${type}`) && v.endsWith('}}');
}

/** bootstrap/helpers/docker.php:1516 escapeEnvVariables. */
function escapeEnvVariables(v: string): string {
  return v.replace(/[\\\r\t\0"']/g, (c) => ({ '\\': '\\\\', '\r': '\\r', '\t': '\\t', '\0': '\\0', '"': '\\"', "'": "\\'" })[c] ?? c);
}

/** The shared variable `{{type.KEY}}` resolves to for the env var's resource, if any (EnvironmentVariable.php:315-355). */
function sharedValue(rt: SandboxRuntime, env: EnvVarRecord, type: string, key: string): string | null | undefined {
  const w = rt.store.world;
  const owner = env.owner.kind === 'application' ? w.applications : env.owner.kind === 'database' ? w.databases : w.services;
  const resource = owner.find((r) => r.id === env.owner.id);
  if (!resource) return undefined;
  const environment = w.environments.find((e) => e.id === resource.environment_id);
  const scopeId = type === 'environment' ? environment?.id : type === 'project' ? environment?.project_id : type === 'team' ? w.team.id : type === 'server' ? resource.server_id : undefined;
  if (scopeId === undefined) return undefined;
  return w.sharedEnvs.find((s) => s.scope.kind === type && s.scope.id === scopeId && s.key === key)?.value;
}

/**
 * EnvironmentVariable.php:181-218 realValue: shared references resolved, then a JSON object or
 * array as it is, a literal or multiline value single-quoted, any other escaped. A null value
 * gives '' (escaped) or "''" (quoted), as PHP 8.4 does with the null.
 */
export function envRealValue(rt: SandboxRuntime, env: EnvVarRecord): string {
  let v = env.value ?? '';
  if (env.value !== null && env.value !== '') {
    for (const m of env.value.matchAll(/\{\{(.*?)\}\}/g)) {
      const inner = (m[1] ?? '').trim();
      const dot = inner.indexOf('.');
      if (dot < 0) continue;
      const found = sharedValue(rt, env, inner.slice(0, dot), inner.slice(dot + 1));
      if (found !== undefined && found !== null) v = v.split(`{{${m[1]}}}`).join(found);
    }
  }
  if (/^[[{]/.test(v)) {
    try {
      JSON.parse(v);
      return v;
    } catch {
      // not JSON: escaped or quoted below
    }
  }
  return env.is_literal || env.is_multiline ? `'${v}'` : escapeEnvVariables(v);
}

/**
 * An env var record. `value`/`real_value` only with read:sensitive, and never for a shown-once
 * variable of an application or service (ApplicationsController.php:129, ServicesController.php:74;
 * DatabasesController.php:3375 does not hide them). The model appends is_shared,
 * is_really_required, is_buildpack_control and is_coolify (EnvironmentVariable.php:81, :221-262).
 */
export function serializeEnvVar(rt: SandboxRuntime, env: EnvVarRecord, sensitive: boolean, attributes: EnvAttributes = 'row'): Record<string, unknown> {
  const columns: Record<string, unknown> = {
    uuid: env.uuid,
    key: env.key,
    value: env.value,
    is_preview: env.is_preview,
    is_literal: env.is_literal,
    is_multiline: env.is_multiline,
    is_shown_once: env.is_shown_once,
    is_buildtime: env.is_buildtime,
    is_runtime: env.is_runtime,
    is_required: env.is_required ?? false,
    is_shared: envIsShared(env.value),
    order: env.order ?? null,
    version: rt.version,
    comment: env.comment,
    created_at: iso(env.created_at),
    updated_at: iso(env.updated_at),
  };
  const held = attributes === 'row' ? ROW_COLUMNS : [...new Set([...CREATED_ALWAYS, ...attributes])];
  const out: Record<string, unknown> = {};
  for (const k of ROW_COLUMNS) if (held.includes(k)) out[k] = columns[k];
  const realValue = envRealValue(rt, env);
  // is_really_required: `$this->is_required && str($this->real_value)->isEmpty()` (:221-226).
  out.is_really_required = held.includes('is_required') && env.is_required === true && realValue === '';
  out.is_buildpack_control = /^(NIXPACKS_|RAILPACK_)/.test(env.key);
  out.is_coolify = env.key.startsWith('SERVICE_');
  // `value` and `real_value` are `$hidden` (:83-86): only made visible for read:sensitive.
  delete out.value;
  const hideShownOnce = env.owner.kind !== 'database' && env.is_shown_once === true;
  if (sensitive && !hideShownOnce) {
    if (held.includes('value')) out.value = env.value;
    out.real_value = realValue;
  }
  return out;
}
