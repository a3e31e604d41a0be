/**
 * The resource rows of /api/v1/status, from the plans of the last cycle (pure): one row per
 * resource change of each `--path`'s plan, then the live resources the plan lists as
 * orphaned or unmanaged. Health is the one the plan read from Coolify's status
 * (src/plan/health.ts); a resource the plan would create is Missing.
 */
import { parseAddress } from '../model/address.js';
import type { Action, PlanJson, ResourceChange, UnmanagedResource } from '../model/plan.js';
import type { ResourceChangeName, ResourceSync, StatusResource, SyncState } from './types.js';

/** The plan of one `--path`. */
export interface PathPlan {
  path: string;
  plan: PlanJson;
}

const CHANGE_OF_ACTION: Readonly<Record<Action, ResourceChangeName>> = {
  create: 'create',
  update: 'update',
  replace: 'replace',
  move: 'update',
  adopt: 'update',
  redeploy: 'update',
  delete: 'delete',
  'no-op': null,
};

const SYNC_OF_ACTION: Readonly<Record<Action, ResourceSync>> = {
  create: 'Missing',
  update: 'OutOfSync',
  replace: 'OutOfSync',
  move: 'OutOfSync',
  adopt: 'OutOfSync',
  redeploy: 'OutOfSync',
  delete: 'OutOfSync',
  'no-op': 'Synced',
};

function placement(address: string): { project: string | null; environment: string | null } {
  const parsed = parseAddress(address);
  return { project: parsed?.project ?? null, environment: parsed?.environment ?? null };
}

function changeRow(path: string, rc: ResourceChange): StatusResource {
  const creates = rc.action === 'create';
  return {
    address: rc.address,
    ...placement(rc.address),
    kind: rc.kind,
    name: rc.name,
    path,
    sync: SYNC_OF_ACTION[rc.action],
    health: rc.health ?? (creates ? 'Missing' : 'Unknown'),
    change: CHANGE_OF_ACTION[rc.action],
  };
}

function unmanagedRow(path: string, u: UnmanagedResource): StatusResource {
  const address = u.address ?? `${u.kind}:${u.uuid}`;
  return { address, ...placement(address), kind: u.kind, name: u.name, path, sync: 'Unmanaged', health: 'Unknown', change: null };
}

/** Every resource row of the plans, in plan order, each address once per path. */
export function statusResources(plans: readonly PathPlan[]): StatusResource[] {
  const rows: StatusResource[] = [];
  for (const { path, plan } of plans) {
    const seen = new Set<string>();
    const add = (row: StatusResource): void => {
      if (seen.has(row.address)) return;
      seen.add(row.address);
      rows.push(row);
    };
    for (const rc of plan.resourceChanges) add(changeRow(path, rc));
    for (const u of [...(plan.orphaned ?? []), ...plan.unmanaged]) add(unmanagedRow(path, u));
  }
  return rows;
}

/** Synced when every managed row is; OutOfSync when one is not (Unmanaged rows do not count). */
export function overallSync(rows: readonly StatusResource[]): SyncState {
  return rows.some((r) => r.sync === 'OutOfSync' || r.sync === 'Missing') ? 'OutOfSync' : 'Synced';
}

/** True when a plan proposes any step (something an apply would do). */
export function planHasChanges(plan: PlanJson): boolean {
  return plan.steps.length > 0 || plan.resourceChanges.some((rc) => rc.action !== 'no-op');
}
