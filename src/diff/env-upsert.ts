/**
 * Env var and shared variable requests for the applier: full records to upsert (Coolify's
 * env PATCH is not partial, API-NOTES §5) and the uuids of owned variables to delete.
 * Records contain secrets: never log or render them.
 */
import type { DesiredEnvVar, DesiredResource, LiveEnvVar, LiveResource } from '../model/resource.js';
import { materialize, type RefLookup } from '../model/value.js';
import { diffEnvVars, isSecretEnvVar } from './env.js';
import { envRecordKeyParts } from '../kinds/lower-helpers.js';
import { envComment, sharedEnvAsVars } from '../kinds/env-records.js';
import { specFor } from '../kinds/registry.js';
import type { EnvSpec } from '../kinds/spec.js';

/** One env var as sent to `PATCH …/envs/bulk` or `POST …/envs`. */
export interface EnvRecord {
  key: string;
  value: string;
  is_preview?: boolean;
  is_literal: boolean;
  is_multiline: boolean;
  is_shown_once: false;
  is_runtime?: boolean;
  is_buildtime?: boolean;
  comment: string;
}

/** What to send for one resource's env vars. */
export interface EnvUpsert {
  upsert: EnvRecord[];
  deleteUuids: string[];
}

function toRecord(key: string, v: DesiredEnvVar, spec: EnvSpec, refs: RefLookup, address: string): EnvRecord {
  const value = materialize(v.value, refs);
  if (value === undefined) throw new Error(`${address}: env ${key} references a resource that does not exist yet`);
  const rec: EnvRecord = {
    key,
    value: String(value),
    is_literal: v.is_literal,
    is_multiline: v.is_multiline,
    is_shown_once: false,
    comment: envComment(v.comment, !isSecretEnvVar(key, v)),
  };
  if (spec.flags.includes('is_preview')) rec.is_preview = v.is_preview;
  if (spec.flags.includes('is_runtime')) rec.is_runtime = v.is_runtime;
  if (spec.flags.includes('is_buildtime')) rec.is_buildtime = v.is_buildtime;
  return rec;
}

function upsertFor(
  address: string,
  want: Record<string, DesiredEnvVar>,
  have: readonly LiveEnvVar[],
  spec: EnvSpec,
  refs: RefLookup,
  prefix: 'env' | 'sharedEnv',
  exact = false,
): EnvUpsert {
  const ignored = new Set<string>();
  const { changes } = diffEnvVars(want, have, spec, { canReadSensitive: true, refs }, { prefix, ignored: (p) => ignored.has(p), exact });
  const upsert: EnvRecord[] = [];
  const deleteUuids: string[] = [];
  for (const c of changes) {
    if (c.removeUuid) {
      deleteUuids.push(c.removeUuid, ...(c.copyUuids ?? []));
      continue;
    }
    const recordKey = c.path.slice(prefix.length + 1);
    const v = want[recordKey];
    if (!v) continue;
    upsert.push(toRecord(envRecordKeyParts(recordKey).key, v, spec, refs, address));
  }
  return { upsert, deleteUuids: deleteUuids.sort() };
}

/**
 * Env vars to upsert (declared keys that are missing, differ, or cannot be verified) and
 * owned keys to delete. Applications send every flag; databases and services only key,
 * value, is_literal, is_multiline, is_shown_once and comment.
 */
export function buildEnvUpsert(resource: DesiredResource, live: LiveResource | undefined, refs: RefLookup): EnvUpsert {
  const spec = specFor(resource.kind).env;
  const exact = resource.envPolicy === 'exact';
  const want = resource.env ?? (exact ? {} : undefined);
  if (!spec || !want) return { upsert: [], deleteUuids: [] };
  return upsertFor(resource.address, want, live?.env ?? [], spec, refs, 'env', exact);
}

/** Shared variables (projects, environments) to upsert and owned ones to delete. */
export function buildSharedEnvUpsert(resource: DesiredResource, live: LiveResource | undefined, refs: RefLookup): EnvUpsert {
  const spec = specFor(resource.kind).sharedEnv;
  if (!spec || !resource.sharedEnv) return { upsert: [], deleteUuids: [] };
  return upsertFor(resource.address, sharedEnvAsVars(resource.sharedEnv), live?.sharedEnv ?? [], spec, refs, 'sharedEnv');
}
