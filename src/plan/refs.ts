/**
 * Reference lookup: materialises `${databases.pg.internalUrl}`-style references from the
 * live state (falling back to desired values where Coolify does not return them).
 * Undefined means "known after apply": the target does not exist yet.
 */
import type { Address } from '../model/address.js';
import type { DesiredState, LiveResource, LiveState } from '../model/resource.js';
import type { RefLookup, RefPart } from '../model/value.js';
import { specFor } from '../kinds/registry.js';

/**
 * Builds the RefLookup for one plan. `uuid` and `host` are the target's uuid (Coolify's
 * container name); the other attributes are the target kind's `planning.refAttribute`
 * (a database's `port`, `user`, `internalUrl`…, an application's `url`, `fqdn`, `port`).
 */
export function createRefLookup(live: LiveState, desired: DesiredState): RefLookup {
  const byAddress = new Map<Address, LiveResource[]>();
  for (const r of live.resources) {
    if (!r.address) continue;
    byAddress.set(r.address, [...(byAddress.get(r.address) ?? []), r]);
  }
  const desiredBy = new Map(desired.resources.map((r) => [r.address, r] as const));
  const single = (a: Address): LiveResource | undefined => {
    const found = byAddress.get(a);
    return found && found.length === 1 ? found[0] : undefined;
  };
  return (ref) => {
    // A reference to a replicated application names its first replica.
    const address = single(ref.ref) ? ref.ref : single(`${ref.ref}-1`) ? `${ref.ref}-1` : ref.ref;
    const target = single(address);
    if (!target) return undefined;
    const want = desiredBy.get(address);
    if (ref.attr === 'uuid' || ref.attr === 'host') return target.uuid;
    return specFor(target.kind).planning?.refAttribute?.(ref.attr, target, want);
  };
}

/** True when the target of a reference exists live (exactly once), replicas included. */
export function createRefTargetCheck(live: LiveState): (ref: RefPart) => boolean {
  const counts = new Map<Address, number>();
  for (const r of live.resources) if (r.address) counts.set(r.address, (counts.get(r.address) ?? 0) + 1);
  return (ref) => counts.get(ref.ref) === 1 || counts.get(`${ref.ref}-1`) === 1;
}
