/**
 * Reference lookup: materialises `${databases.pg.internalUrl}`-style references from the
 * live state (falling back to desired values where Coolify does not return them).
 * Undefined means "known after apply": the target does not exist yet.
 */
import { replicaAddress, type Address } from '../model/address.js';
import { LiveIndex } from '../model/live-index.js';
import type { DesiredState, LiveResource, LiveState } from '../model/resource.js';
import type { RefLookup, RefPart } from '../model/value.js';
import { specFor } from '../kinds/registry.js';

/**
 * Builds the RefLookup for one plan. `uuid` and `host` are the target's uuid (Coolify's
 * container name); the other attributes are the target kind's `planning.refAttribute`
 * (a database's `port`, `user`, `internalUrl`…, an application's `url`, `fqdn`, `port`).
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
    return specFor(target.kind).planning?.refAttribute?.(ref.attr, target, want);
  };
}

/** True when the target of a reference exists live (exactly once), replicas included. */
export function createRefTargetCheck(live: LiveState): (ref: RefPart) => boolean {
  const index = new LiveIndex(live.resources);
  return (ref) => index.single(ref.ref) !== undefined || index.single(replicaAddress(ref.ref, 1)) !== undefined;
}
