/**
 * Which instances (`NAME-1..NAME-k`) of a replicated application to keep (pure).
 * Scaling keeps the live instances it can and adds the lowest free indexes, removes the
 * highest: the plan touches exactly the instances that change.
 */
import { replicaIndexOf, type Address } from '../model/address.js';

/** What an application declares about its instance count. */
export interface ReplicaSpec {
  replicas?: number;
  autoscale?: { min: number; max: number };
}

/** The instance indexes (`k` of `base-k`; 0 for unsuffixed `base`) among the given addresses, sorted. */
export function liveIndexes(base: Address, addresses: Iterable<Address>): number[] {
  const out = new Set<number>();
  for (const a of addresses) {
    const k = replicaIndexOf(base, a);
    if (k !== undefined) out.add(k);
  }
  return [...out].sort((x, y) => x - y);
}

/** Clamps n into [min, max]. */
export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/**
 * The desired instance count: an override wins; for an autoscaled app the live count when it
 * is within [min, max] (clamped otherwise; `replicas ?? min` when nothing runs yet); for a
 * fixed app its `replicas` (1 when unset).
 */
export function desiredCount(spec: ReplicaSpec, liveCount: number, override?: number): number {
  if (override !== undefined) return override;
  const declared = spec.replicas ?? 1;
  if (!spec.autoscale) return declared;
  const { min, max } = spec.autoscale;
  return liveCount === 0 ? clamp(spec.replicas ?? min, min, max) : clamp(liveCount, min, max);
}

/**
 * The indexes (1-based) of the `target` instances to keep: live suffixed indexes first
 * (lowest kept when shrinking), then the lowest free indexes.
 */
export function chooseIndexes(live: readonly number[], target: number): number[] {
  const kept = live.filter((k) => k > 0).sort((a, b) => a - b).slice(0, target);
  const used = new Set(kept);
  for (let k = 1; kept.length < target; k++) {
    if (!used.has(k)) {
      kept.push(k);
      used.add(k);
    }
  }
  return kept.sort((a, b) => a - b);
}
