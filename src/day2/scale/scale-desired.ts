/**
 * The plan hook for replica sets: adjusts the desired state so that autoscaled applications
 * keep their live instance count while it is within [min, max] (no drift, nothing added or
 * removed inside the range), and so that `scale`/`autoscale` can apply a chosen count
 * (`replicaOverrides`). Called by `computePlan` right after reading live state.
 */
import { buildDesiredState } from '../../kinds/lower.js';
import type { Address } from '../../model/address.js';
import type { DependencyEdge, DesiredState, LiveState } from '../../model/resource.js';
import type { ResolvedManifest } from '../../manifest/types.js';
import type { LoadedManifest } from '../../manifest/load.js';
import { manifestApps, type ManifestApp } from '../manifest-apps.js';
import { refuseSharedDomains } from './shared-domains.js';
import { chooseIndexes, desiredCount, instanceIndex, liveIndexes } from './instances.js';

/** Extra plan/apply option: instance counts by application address (`project/env/application/name`). */
export interface ReplicaOverrideOptions {
  replicaOverrides?: Record<Address, number>;
}

/** One replica set after the hook: which instance indexes the desired state holds. */
export interface ScaledApp {
  app: ManifestApp;
  /** Indexes `k` of the `NAME-k` instances to have. */
  indexes: number[];
}

/** Addresses of the live application instances (`NAME`, `NAME-k`) of an app. */
export function liveInstanceAddresses(live: LiveState, base: Address): Address[] {
  return live.resources
    .filter((r) => r.kind === 'application' && r.address !== undefined && instanceIndex(base, r.address) !== undefined)
    .map((r) => r.address!);
}

/**
 * Pure: which replica sets change shape. An app is handled when it autoscales or has an
 * override; it gets `NAME-k` instances (even a single one, so that scaling never renames).
 */
export function planReplicaSets(apps: readonly ManifestApp[], live: LiveState, overrides: Record<Address, number> = {}): ScaledApp[] {
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
  const hash = address.indexOf('#');
  return instanceIndex(base, hash >= 0 ? address.slice(0, hash) : address);
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
function widest(apps: readonly ManifestApp[], overrides: Record<Address, number>): ScaledApp[] {
  const out: ScaledApp[] = [];
  for (const app of apps) {
    const n = Math.max(overrides[app.address] ?? 0, app.spec.autoscale?.max ?? 0, app.spec.replicas ?? 1);
    if (overrides[app.address] === undefined && !app.spec.autoscale) continue;
    out.push({ app, indexes: Array.from({ length: n }, (_, i) => i + 1) });
  }
  return out;
}

/**
 * The hook. Reads live state (through `read`) and returns it with the desired state to plan
 * against: unchanged when no replica set is autoscaled or overridden; otherwise re-lowered
 * with those sets at their chosen instances. Live state is read for the widest shape of each
 * set (so env vars and storages of every live instance are read), and read again in the rare
 * case the chosen instances include a live one outside it.
 */
export async function scaleDesiredState(
  prepared: { loaded: LoadedManifest; desired: DesiredState },
  read: (desired: DesiredState) => Promise<LiveState>,
  /** The plan options; they may carry `replicaOverrides` (ReplicaOverrideOptions). */
  options: object,
): Promise<{ desired: DesiredState; live: LiveState }> {
  const manifest = prepared.loaded.manifest;
  const overrides = (options as ReplicaOverrideOptions).replicaOverrides ?? {};
  const apps = manifest ? manifestApps(manifest) : [];
  const wide = widest(apps, overrides);
  if (!manifest || wide.length === 0) return { desired: prepared.desired, live: await read(prepared.desired) };
  const readFor = withReplicaSets(manifest, prepared.loaded.edges, wide);
  let live = await read(readFor);
  const desired = withReplicaSets(manifest, prepared.loaded.edges, planReplicaSets(apps, live, overrides));
  const covered = new Set(readFor.resources.map((r) => r.address));
  const liveAddresses = new Set(live.resources.map((r) => r.address));
  if (desired.resources.some((r) => !covered.has(r.address) && liveAddresses.has(r.address))) live = await read(desired);
  return { desired: { ...desired, edges: [...desired.edges, ...replacementEdges(apps, desired, live)] }, live };
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
    const added = desired.resources.filter((r) => instanceIndex(app.address, r.address) !== undefined && !instances.includes(r.address));
    for (const n of added) for (const old of dropped) edges.push({ from: n.address, to: old, reason: 'replaces' });
  }
  return edges;
}
