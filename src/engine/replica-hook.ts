/**
 * The plan's replica-set hook: between lowering and diffing, autoscaled or overridden replica
 * sets get the instances to plan for (src/plan/replica-sets.ts), and live state is read for
 * them. Called by `computePlan` with the typed `replicaOverrides` of the plan options.
 */
import type { LoadedManifest } from '../load/load-manifest.js';
import { manifestApps } from '../manifest/apps.js';
import type { DesiredState, LiveState } from '../model/resource.js';
import { planReplicaSets, replacementEdges, widestReplicaSets, withReplicaSets, type ReplicaOverrides } from '../plan/replica-sets.js';

/**
 * Reads live state (through `read`) and returns it with the desired state to plan against:
 * unchanged when no replica set is autoscaled or overridden; otherwise re-lowered with those
 * sets at their chosen instances. Live state is read for the widest shape of each set (so env
 * vars and storages of every live instance are read), and read again in the rare case the
 * chosen instances include a live one outside it.
 */
export async function scaleDesiredState(
  prepared: { loaded: Pick<LoadedManifest, 'manifest' | 'edges'>; desired: DesiredState },
  read: (desired: DesiredState) => Promise<LiveState>,
  overrides: ReplicaOverrides = {},
): Promise<{ desired: DesiredState; live: LiveState }> {
  const manifest = prepared.loaded.manifest;
  const apps = manifest ? manifestApps(manifest) : [];
  const wide = widestReplicaSets(apps, overrides);
  if (!manifest || wide.length === 0) return { desired: prepared.desired, live: await read(prepared.desired) };
  const readFor = withReplicaSets(manifest, prepared.loaded.edges, wide);
  let live = await read(readFor);
  const desired = withReplicaSets(manifest, prepared.loaded.edges, planReplicaSets(apps, live, overrides));
  const covered = new Set(readFor.resources.map((r) => r.address));
  const liveAddresses = new Set(live.resources.map((r) => r.address));
  if (desired.resources.some((r) => !covered.has(r.address) && liveAddresses.has(r.address))) live = await read(desired);
  // An instance the set drops is deleted only once its replacements are created and deployed.
  return { desired: { ...desired, edges: [...desired.edges, ...replacementEdges(apps, desired, live)] }, live };
}
