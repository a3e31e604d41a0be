/**
 * The live-state fingerprint stored in a plan, so `apply plan.json` can refuse a stale plan.
 */
import { createHash } from 'node:crypto';
import type { LiveEnvVar, LiveResource } from '../model/resource.js';
import { canonicalCopy } from '../diff/equal.js';

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

/** `localeCompare` without arguments, made once: the same order, without a collator per call. */
const COLLATOR = new Intl.Collator();

/** The env list sorted by key, preview flag and uuid, each entry in canonical form. */
function envList(list: readonly LiveEnvVar[] | undefined): unknown {
  if (!list) return null;
  return [...list]
    .sort((a, b) => COLLATOR.compare(a.key + String(a.is_preview), b.key + String(b.is_preview)) || COLLATOR.compare(a.uuid, b.uuid))
    .map((e) => canonicalCopy(e));
}

/**
 * SHA-256 over a canonical JSON (sorted keys, empties as null) of the given live resources,
 * volatile fields left out. Order of the input does not matter.
 */
export function computeLiveFingerprint(resources: readonly LiveResource[]): string {
  const sorted = resources
    .map((r) => ({ r, key: `${r.address ?? null}\u0000${r.uuid}` }))
    .sort((a, b) => COLLATOR.compare(a.key, b.key));
  // the canonical JSON of the list, one record at a time (`[` records joined by `,` `]`); each
  // record is built in canonical form (its keys in sorted order, every value a canonical copy)
  const hash = createHash('sha256').update('[');
  sorted.forEach(({ r }, i) => {
    const record = {
      address: canonicalCopy(r.address ?? null),
      env: envList(r.env),
      fields: canonicalCopy(r.fields, VOLATILE_FIELDS),
      kind: canonicalCopy(r.kind),
      owned: canonicalCopy(r.owned),
      sharedEnv: envList(r.sharedEnv),
      tags: r.tags ? [...r.tags].sort().map((t) => canonicalCopy(t)) : null,
      uuid: canonicalCopy(r.uuid),
    };
    hash.update(i === 0 ? JSON.stringify(record) : `,${JSON.stringify(record)}`);
  });
  return hash.update(']').digest('hex');
}
