/**
 * The live resource a desired resource moves from (action `move`): one owned live resource of
 * the same kind and name in another environment of the same project, whose own address the
 * manifest no longer declares. Used by the plan (src/plan/build.ts) and by the live-state
 * reader, which reads the env of a move source so that a move diffs against it (ux p7).
 */
import { parseAddress, type Address } from '../model/address.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';

/** An owned live resource of the same kind and name in another environment of the same project. */
export function findMoveSource(
  d: DesiredResource,
  live: readonly LiveResource[],
  desiredAddresses: ReadonlySet<Address>,
  duplicates: ReadonlySet<Address>,
): LiveResource | undefined {
  const want = parseAddress(d.address);
  if (!want) return undefined;
  const candidates = live.filter((l) => {
    if (l.kind !== d.kind || !l.owned || !l.address || l.name !== d.name) return false;
    if (desiredAddresses.has(l.address) || duplicates.has(l.address)) return false;
    const p = parseAddress(l.address);
    return p !== undefined && p.project === want.project && p.environment !== want.environment;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

