/**
 * Reference lookup: materialises `${databases.pg.internalUrl}`-style references from the
 * live state (falling back to desired values where Coolify does not return them).
 * Undefined means "known after apply": the target does not exist yet.
 */
import { replicaAddress } from '../model/address.js';
import { LiveIndex } from '../model/live-index.js';
import type { DesiredResource, DesiredState, LiveResource, LiveState } from '../model/resource.js';
import { materialize, type RefLookup, type RefPart } from '../model/value.js';
import type { DatabaseType } from '../manifest/types.js';
import { DATABASE_ENGINES } from '../kinds/database.js';

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function desiredString(d: DesiredResource | undefined, key: string | undefined): string | undefined {
  if (!d || !key) return undefined;
  const v = d.fields[key];
  if (v === undefined) return undefined;
  return str(materialize(v, () => undefined));
}

function databaseAttr(ref: RefPart, live: LiveResource, desired: DesiredResource | undefined): string | undefined {
  const type = (live.subtype ?? desired?.subtype) as DatabaseType | undefined;
  const engine = type ? DATABASE_ENGINES[type] : undefined;
  const pick = (key: string | undefined): string | undefined =>
    (key ? str(live.fields[key]) : undefined) ?? desiredString(desired, key);
  switch (ref.attr) {
    case 'port':
      return engine ? String(engine.port) : undefined;
    case 'user':
      return pick(engine?.user) ?? engine?.defaultUser;
    case 'database':
      return pick(engine?.database);
    case 'password':
      return pick(engine?.password);
    case 'internalUrl':
      return str(live.fields['internal_db_url']);
    default:
      return undefined;
  }
}

function applicationAttr(ref: RefPart, live: LiveResource, desired: DesiredResource | undefined): string | undefined {
  const fqdn = str(live.fields['fqdn']);
  switch (ref.attr) {
    case 'fqdn':
      return fqdn;
    case 'url': {
      const raw = (fqdn ?? '').split(',').map((d) => d.trim().replace(/\/+$/, '')).filter((d) => d !== '');
      return raw.find((d) => d.startsWith('https://')) ?? raw[0];
    }
    case 'port': {
      const ports = str(live.fields['ports_exposes']) ?? desiredString(desired, 'ports_exposes');
      return ports?.split(',')[0]?.trim() || undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Builds the RefLookup for one plan. `host` is the target's uuid (Coolify's container
 * name), `port` the engine default, `user`/`database`/`password` from the live record or
 * the desired one, `internalUrl` the live `internal_db_url` (needs read:sensitive),
 * `url` the first https domain and `fqdn` the raw `fqdn` of an application. `index` is the
 * live state's index when the caller holds one already.
 */
export function createRefLookup(live: LiveState, desired: DesiredState, index: LiveIndex = new LiveIndex(live.resources)): RefLookup {
  const desiredBy = new Map(desired.resources.map((r) => [r.address, r] as const));
  return (ref) => {
    // A reference to a replicated application names its first replica.
    const address = index.single(ref.ref) ? ref.ref : index.single(replicaAddress(ref.ref, 1)) ? replicaAddress(ref.ref, 1) : ref.ref;
    const target = index.single(address);
    if (!target) return undefined;
    const want = desiredBy.get(address);
    if (ref.attr === 'uuid' || ref.attr === 'host') return target.uuid;
    if (target.kind === 'database') return databaseAttr(ref, target, want);
    if (target.kind === 'application') return applicationAttr(ref, target, want);
    return undefined;
  };
}

/** True when the target of a reference exists live (exactly once), replicas included. */
export function createRefTargetCheck(live: LiveState): (ref: RefPart) => boolean {
  const index = new LiveIndex(live.resources);
  return (ref) => index.single(ref.ref) !== undefined || index.single(replicaAddress(ref.ref, 1)) !== undefined;
}
