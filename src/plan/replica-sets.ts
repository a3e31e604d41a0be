/**
 * Replica sets in the desired state (pure): which instances of an autoscaled or overridden
 * application to plan for, and the desired state re-lowered with them. Autoscaled applications
 * keep their live instance count while it is within [min, max] (no drift, nothing added or
 * removed inside the range); `scale`/`autoscale` apply a chosen count (`ReplicaOverrides`).
 * The plan hook that reads live state for them is src/engine/replica-hook.ts.
 */
import { buildDesiredState } from '../kinds/lower.js';
import { specFor } from '../kinds/registry.js';
import { ownerOf, replicaIndexOf, type Address } from '../model/address.js';
import type { DependencyEdge, DesiredState, LiveState } from '../model/resource.js';
import type { ResolvedManifest } from '../manifest/types.js';
import type { ManifestApp } from '../manifest/apps.js';
import { chooseIndexes, desiredCount, liveIndexes } from './replica-instances.js';
import { refuseSharedDomains } from './shared-domains.js';

/** Instance counts by application address (`project/env/application/name`), set by `scale`/`autoscale`. */
export type ReplicaOverrides = Readonly<Record<Address, number>>;

/** One replica set after the hook: which instance indexes the desired state holds. */
export interface ScaledApp {
  app: ManifestApp;
  /** Indexes `k` of the `NAME-k` instances to have. */
  indexes: number[];
}

/** Addresses of the live application instances (`NAME`, `NAME-k`) of an app. */
export function liveInstanceAddresses(live: LiveState, base: Address): Address[] {
  return live.resources
    .filter((r) => specFor(r.kind).planning?.replicaSets === true && r.address !== undefined && replicaIndexOf(base, r.address) !== undefined)
    .map((r) => r.address!);
}

/**
 * Pure: which replica sets change shape. An app is handled when it autoscales or has an
 * override; it gets `NAME-k` instances (even a single one, so that scaling never renames).
 */
export function planReplicaSets(apps: readonly ManifestApp[], live: LiveState, overrides: ReplicaOverrides = {}): ScaledApp[] {
  const out: ScaledApp[] = [];
  for (const app of apps) {
    const override = overrides[app.address];
    const autoscale = app.spec.autoscale;
    if (override === undefined && !autoscale) continue;
    const current = liveIndexes(app.address, liveInstanceAddresses(live, app.address));
    const target = desiredCount({ replicas: app.spec.replicas, autoscale }, current.length, override);
    refuseSharedDomains(app, target);
    out.push({ app, indexes: chooseIndexes(current, target) });
  }
  return out;
}

/** True when the address is the app itself, one of its instances, or a sub-resource of those. */
function belongsTo(base: Address, address: Address): number | undefined {
  return replicaIndexOf(base, ownerOf(address));
}

/**
 * Pure: the desired state re-lowered from the manifest with the given replica sets at the
 * given instances (named `NAME-k`, even a single one), edges to dropped instances removed.
 */
export function withReplicaSets(manifest: ResolvedManifest, edges: DependencyEdge[], sets: readonly ScaledApp[]): DesiredState {
  const copy = structuredClone(manifest);
  for (const { app, indexes } of sets) {
    const spec = copy.projects[app.project]!.environments[app.environment]!.applications![app.name]!;
    spec.replicas = Math.max(2, ...indexes);
  }
  const rebuilt = buildDesiredState(copy, edges);
  const dropped = (address: Address): boolean =>
    sets.some(({ app, indexes }) => {
      const k = belongsTo(app.address, address);
      return k !== undefined && !indexes.includes(k);
    });
  return {
    ...rebuilt,
    resources: rebuilt.resources.filter((r) => !dropped(r.address)),
    edges: rebuilt.edges.filter((e) => !dropped(e.from) && !dropped(e.to)),
  };
}

/** The widest shape of each handled set (up to `max` or the override), so one read covers its instances. */
export function widestReplicaSets(apps: readonly ManifestApp[], overrides: ReplicaOverrides): ScaledApp[] {
  const out: ScaledApp[] = [];
  for (const app of apps) {
    const n = Math.max(overrides[app.address] ?? 0, app.spec.autoscale?.max ?? 0, app.spec.replicas ?? 1);
    if (overrides[app.address] === undefined && !app.spec.autoscale) continue;
    out.push({ app, indexes: Array.from({ length: n }, (_, i) => i + 1) });
  }
  return out;
}

/**
 * Pure: `replaces` edges from each new instance of a replica set to each live instance the
 * set drops (e.g. `web` → `web-1`, `web-2`), so the old one is deleted only once the new ones
 * are created and deployed.
 */
export function replacementEdges(apps: readonly ManifestApp[], desired: DesiredState, live: LiveState): DependencyEdge[] {
  const wanted = new Set(desired.resources.map((r) => r.address));
  const edges: DependencyEdge[] = [];
  for (const app of apps) {
    const instances = liveInstanceAddresses(live, app.address);
    const dropped = instances.filter((a) => !wanted.has(a));
    const added = desired.resources.filter((r) => replicaIndexOf(app.address, r.address) !== undefined && !instances.includes(r.address));
    for (const n of added) for (const old of dropped) edges.push({ from: n.address, to: old, reason: 'replaces' });
  }
  return edges;
}
