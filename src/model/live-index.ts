/**
 * The one index of live resources by address, used by the state reader (fan-out reads), the
 * plan (matching, duplicates, references) and the apply runtime (uuids of what exists so far).
 */
import type { Address } from './address.js';
import type { LiveResource } from './resource.js';

/**
 * Live resources by address. A list answer that repeats one record (same address, same uuid)
 * names one resource, not two (audit m13): the first one read is kept. Two records with
 * different uuids at one address are a duplicate: `single` answers nothing for it.
 */
export class LiveIndex {
  private readonly byAddress = new Map<Address, LiveResource[]>();

  constructor(resources: Iterable<LiveResource> = []) {
    for (const r of resources) this.add(r);
  }

  /** Adds a live resource (one without an address is outside the index). */
  add(resource: LiveResource): void {
    if (resource.address === undefined) return;
    const list = this.byAddress.get(resource.address) ?? [];
    if (!list.some((x) => x.uuid === resource.uuid)) list.push(resource);
    this.byAddress.set(resource.address, list);
  }

  /** Makes `resource` the only one at its address (a resource just created or read back). */
  put(resource: LiveResource): void {
    if (resource.address !== undefined) this.byAddress.set(resource.address, [resource]);
  }

  /** Every live resource at the address (more than one when Coolify holds duplicates). */
  all(address: Address): readonly LiveResource[] {
    return this.byAddress.get(address) ?? [];
  }

  /** The live resource at the address when exactly one exists. */
  single(address: Address | undefined): LiveResource | undefined {
    if (address === undefined) return undefined;
    const list = this.byAddress.get(address);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** The addresses held by more than one live resource, with those resources. */
  duplicates(): Array<[Address, readonly LiveResource[]]> {
    return [...this.byAddress].filter(([, list]) => list.length > 1);
  }

  /** Every address with at least one live resource. */
  addresses(): Address[] {
    return [...this.byAddress.keys()];
  }

  /** Drops every resource at an address `gone` selects; returns the resources dropped. */
  drop(gone: (address: Address) => boolean): Set<LiveResource> {
    const dropped = new Set<LiveResource>();
    for (const [address, list] of [...this.byAddress]) {
      if (!gone(address)) continue;
      for (const r of list) dropped.add(r);
      this.byAddress.delete(address);
    }
    return dropped;
  }
}
