/**
 * What a `--target` plan must hold to be appliable (audit M9): the targeted changes plus,
 * transitively, each resource they need that does not exist yet — their ancestors (the
 * project, the environment Coolify creates with it and that is marked as managed) and the
 * resources they reference or depend on (a database behind `${databases.db.internalUrl}`).
 * A resource pulled in this way says why in its `reason`.
 */
import { parseAddress, type Address } from '../model/address.js';
import { createsResource, type ResourceChange } from '../model/plan.js';
import type { DependencyEdge } from '../model/resource.js';

const VERB: Readonly<Record<DependencyEdge['reason'], string>> = {
  parent: 'lies in it',
  reference: 'references it',
  dependsOn: 'depends on it',
  s3: 'uses it',
  destination: 'is placed on it',
  replaces: 'replaces it',
  wave: 'comes in a later wave',
};

/** The manifest field of an edge's `via` (a JSON pointer such as `/projects/…/web/env/KEY`): `env.KEY`. */
function viaLabel(via: string): string {
  return via.startsWith('/') ? via.split('/').slice(-2).join('.') : via;
}

/** A change the targets cannot do without when they depend on it: its resource is not in Coolify yet. */
function isNeeded(change: ResourceChange): boolean {
  return createsResource(change.action) || change.actionReason === 'created-with-parent';
}

/**
 * The addresses of the plan for `targeted` (the changes the targets match): those, and what
 * they need (see the file comment). Adds a note to the `reason` of each change pulled in.
 */
export function targetClosure(changes: readonly ResourceChange[], targeted: ReadonlySet<Address>, edges: readonly DependencyEdge[]): Set<Address> {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const needs = new Map<Address, Array<{ to: Address; why: string }>>();
  const add = (from: Address, to: Address, why: string): void => {
    const list = needs.get(from);
    const entry = { to, why };
    if (list) list.push(entry);
    else needs.set(from, [entry]);
  };
  for (const c of changes) {
    const parent = parseAddress(c.address)?.parent;
    if (parent !== undefined) add(c.address, parent, 'lies in it');
  }
  // A wave orders, it is not a need: a target does not pull in the lower waves.
  for (const e of edges) if (e.reason !== 'replaces' && e.reason !== 'wave') add(e.from, e.to, `${VERB[e.reason]}${e.via ? ` (${viaLabel(e.via)})` : ''}`);

  const selected = new Set(targeted);
  const queue = [...targeted];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const { to, why } of needs.get(from) ?? []) {
      const change = byAddress.get(to);
      if (selected.has(to) || !change || !isNeeded(change)) continue;
      selected.add(to);
      queue.push(to);
      change.reason = `${change.reason}; included for the targets: ${from} ${why}`;
    }
  }
  return selected;
}
