/** What every day-2 command starts from: the manifest, a client and the live state (I/O). */
import { preparePlan, type PlanOptions, type PreparedPlan } from '../engine/plan-run.js';
import { assertSupportedVersion } from '../engine/connect.js';
import { readLiveState } from '../state/read-live-state.js';
import { projectAddress, replicaIndexOf, type Address } from '../model/address.js';
import type { LiveResource, LiveState } from '../model/resource.js';
import { AdoError } from '../errors.js';
import { manifestApps, type ManifestApp } from '../manifest/apps.js';

/** The manifest, its applications, a client and the live state. */
export interface Day2Context {
  prepared: PreparedPlan;
  apps: ManifestApp[];
  live: LiveState;
  /** The release table Coolify's version maps to (`4.3.11`, `4.4.2`): what its API has. */
  release: string;
}

/** Loads the manifest, connects and reads live state (the same reads as `plan`). */
export async function openContext(options: PlanOptions): Promise<Day2Context> {
  const prepared = await preparePlan(options);
  const live = await readLiveState(prepared.client, prepared.desired, { coolifyUrl: prepared.baseUrl });
  const { release } = assertSupportedVersion(live.coolifyVersion);
  return { prepared, apps: manifestApps(prepared.loaded.manifest!), live, release };
}

/**
 * The live instances of an application: `NAME` or `NAME-k`, by index (a lone `NAME` first).
 * The base address names the kind (`project/env/application/NAME`), so matching it is enough.
 */
export function liveInstances(live: LiveState, base: Address): LiveResource[] {
  return live.resources
    .filter((r) => r.address !== undefined && replicaIndexOf(base, r.address) !== undefined)
    .sort((a, b) => replicaIndexOf(base, a.address!)! - replicaIndexOf(base, b.address!)!);
}

/** The one live application of a non-replicated app; a clear AdoError when it is missing or replicated. */
export function singleLiveApp(live: LiveState, app: ManifestApp): LiveResource {
  const found = liveInstances(live, app.address);
  if (found.length === 0) {
    throw new AdoError('ADO_APP_NOT_DEPLOYED', `${app.address} does not exist in Coolify yet`, { hint: 'run `ado-coolify apply` first' });
  }
  if (found.length > 1) {
    throw new AdoError('ADO_APP_REPLICATED', `${app.name} has ${found.length} instances (${found.map((f) => f.name).join(', ')})`, {
      hint: 'previews work on single-instance applications; name one instance with --app, e.g. the full address',
    });
  }
  return found[0]!;
}

/** The uuid of a project in live state. */
export function liveProjectUuid(live: LiveState, project: string): string {
  // Only a project has a one-segment address (an environment's is `project/env`, an S3 storage's `s3/name`).
  const p = live.resources.find((r) => r.address === projectAddress(project));
  if (!p) throw new AdoError('ADO_PROJECT_MISSING', `project ${project} does not exist in Coolify`, { hint: 'run `ado-coolify apply` first' });
  return p.uuid;
}
