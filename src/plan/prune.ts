/**
 * Pruning (pure): which managed resources that left the manifest the plan deletes.
 *
 * Pruning is opt-in (`--prune`, like `kubectl apply --prune`): without it, a managed
 * application, database, service or environment that is no longer declared is kept and
 * listed as orphaned, never deleted by accident. What stays part of a declared resource is
 * deleted without it, because the manifest still governs it through its owner:
 * - a sub-resource (scheduled task, storage, backup) of a declared owner: removing it from
 *   the owner's entry is an edit of the owner;
 * - an instance (`NAME`, `NAME-k`) of a declared application's replica set, and what is under
 *   it: scaling down or from one instance to several deletes the instances it drops.
 */
import { ownerOf, replicaIndexOf, type Address } from '../model/address.js';
import type { DesiredState, LiveResource } from '../model/resource.js';
import { specFor } from '../kinds/registry.js';

/** How the plan decides the fate of a managed resource the manifest dropped. */
export interface PruneRule {
  /** True when the plan deletes it: pruning is on, or it is still governed by a declared resource. */
  deletes(live: LiveResource): boolean;
}

/** True when the kind is read under an owner (a sub-resource: tasks, storages, backups). */
function isSubResourceKind(live: LiveResource): boolean {
  return specFor(live.kind).reads.under !== null;
}

/**
 * The prune rule for one plan. `prune` is `--prune`; `desired` gives the declared owners and
 * replica sets.
 */
export function pruneRule(desired: DesiredState, prune: boolean): PruneRule {
  const declared = new Set<Address>(desired.resources.map((d) => d.address));
  // Replica sets: each declared application's manifest address is the base of its
  // instances `NAME-k` (hand-made states without `replicaBases`: the declared addresses).
  const bases = new Set<Address>(desired.replicaBases ?? desired.resources.filter((d) => specFor(d.kind).planning?.replicaSets === true).map((d) => d.address));
  const inDeclaredSet = (owner: Address): boolean => {
    for (const base of bases) if (replicaIndexOf(base, owner) !== undefined) return true;
    return false;
  };
  return {
    deletes(live: LiveResource): boolean {
      if (prune) return true;
      if (live.address === undefined) return false;
      const owner = ownerOf(live.address);
      if (isSubResourceKind(live) && declared.has(owner)) return true;
      return specFor(live.kind).planning?.replicaSets === true
        ? inDeclaredSet(owner)
        : owner !== live.address && inDeclaredSet(owner);
    },
  };
}
