/**
 * The live-state fingerprint stored in a plan, so `apply plan.json` can refuse a stale plan.
 */
import { createHash } from 'node:crypto';
import type { LiveEnvVar, LiveResource } from '../model/resource.js';
import { canonicalJson } from '../diff/equal.js';

/** Fields that change without anyone changing the resource (status, timestamps). */
export const VOLATILE_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'server_status',
  'updated_at',
  'last_online_at',
  'last_restart_at',
  'last_restart_type',
  'restart_count',
  'started_at',
  'last_backup_at',
  'executions',
  'latest_log',
]);

function stable(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (!VOLATILE_FIELDS.has(k)) out[k] = v;
  return out;
}

/** `localeCompare` without arguments, made once: the same order, without a collator per call. */
const COLLATOR = new Intl.Collator();

function envList(list: readonly LiveEnvVar[] | undefined): unknown {
  if (!list) return null;
  return [...list]
    .map((e) => ({ ...e }))
    .sort((a, b) => COLLATOR.compare(a.key + String(a.is_preview), b.key + String(b.is_preview)) || COLLATOR.compare(a.uuid, b.uuid));
}

/**
 * SHA-256 over a canonical JSON (sorted keys) of the given live resources, volatile fields
 * left out. Order of the input does not matter.
 */
export function computeLiveFingerprint(resources: readonly LiveResource[]): string {
  const records = resources
    .map((r) => ({
      address: r.address ?? null,
      kind: r.kind,
      uuid: r.uuid,
      owned: r.owned,
      fields: stable(r.fields),
      env: envList(r.env),
      sharedEnv: envList(r.sharedEnv),
      tags: r.tags ? [...r.tags].sort() : null,
    }))
    .sort((a, b) => COLLATOR.compare(`${a.address}\u0000${a.uuid}`, `${b.address}\u0000${b.uuid}`));
  // the canonical JSON of the list, one record at a time (`[` records joined by `,` `]`)
  const hash = createHash('sha256').update('[');
  records.forEach((r, i) => hash.update(i === 0 ? canonicalJson(r) : `,${canonicalJson(r)}`));
  return hash.update(']').digest('hex');
}
