/**
 * Turns resource changes into executable steps (`ADDRESS:OP`) with their dependencies.
 *
 * Within a resource the steps chain (`delete → create → env → deploy`). Across resources a
 * resource's first forward step waits for the last forward step of each dependency that has
 * steps in this plan (a no-op dependency imposes nothing), and deletes run in reverse: a
 * resource's `delete` waits for the `delete` of everything that depends on it. A delete never
 * waits for a create, and a create never waits for a delete of another resource — except
 * along a `replaces` edge (a replica instance taking over from a dropped one): the dropped
 * one's `delete` waits for the new one's last forward step, so a live app is never deleted
 * before its replacements exist. Likewise a deleted resource's `delete` waits for the last
 * forward step of each of its former dependents (`formerDependents`, from the live state),
 * and a resource that takes over a domain waits for its holder's delete or update
 * (`domainHandovers`).
 */
import type { Address } from '../model/address.js';
import type { PlanStep, ResourceChange, StepOp } from '../model/plan.js';
import type { DependencyEdge } from '../model/resource.js';
import { specFor } from '../kinds/registry.js';
import { DependencyCycleError, findCycles } from './cycles.js';
import { stableTopoSort } from './topo-sort.js';

/** The id of a step: `ADDRESS:OP`. */
export function stepId(address: Address, op: StepOp): string {
  return `${address}:${op}`;
}

const isEnvPath = (path: string): boolean => path === 'env' || path.startsWith('env.');
const isSharedEnvPath = (path: string): boolean => path === 'sharedEnv' || path.startsWith('sharedEnv.');

/**
 * The ops one resource change needs, in execution order.
 *
 * - create: `create` (+ `env`, + `shared-env`, + `deploy` when the kind's `activateStep` is
 *   `deploy`: applications and services are created with `instant_deploy: false`; a
 *   database is started by its create)
 * - update / move / adopt / redeploy: `adopt`, `move`, `update` (only when non-env fields
 *   changed), `env`, `shared-env`, then the kind's `activateStep` (`deploy` for applications
 *   and services, `restart` for databases) when a change needs a redeploy or restart; a
 *   change Coolify takes only after the first deploy (FieldChange.afterDeploy: a compose app's
 *   domains before Coolify read its compose) is a second stage: `domains` then `redeploy`
 * - replace: `delete` then the create chain
 * - delete: `delete`; no-op: nothing
 */
export function stepOpsFor(change: ResourceChange): StepOp[] {
  const { action } = change;
  const activateStep = specFor(change.kind).planning?.activateStep;
  const envOps: StepOp[] = [];
  if (change.changes.some((c) => isEnvPath(c.path))) envOps.push('env');
  if (change.changes.some((c) => isSharedEnvPath(c.path))) envOps.push('shared-env');

  const createOps = (): StepOp[] => ['create', ...envOps, ...(activateStep === 'deploy' ? (['deploy'] as const) : [])];
  if (action === 'replace') return ['delete', ...createOps()];
  if (action === 'create') return createOps();
  if (action === 'delete') return ['delete'];

  const ops: StepOp[] = [];
  if (action === 'adopt') ops.push('adopt');
  if (action === 'move') ops.push('move');
  const fieldChange = change.changes.some((c) => !isEnvPath(c.path) && !isSharedEnvPath(c.path) && c.effect !== 'move' && c.afterDeploy !== true);
  if (fieldChange && (action === 'update' || action === 'redeploy' || action === 'move' || action === 'adopt')) ops.push('update');
  ops.push(...envOps);
  const activate =
    change.consequences.length > 0 || change.changes.some((c) => c.effect === 'redeploy' || c.effect === 'restart');
  if (activate && activateStep) ops.push(activateStep);
  if (activateStep === 'deploy' && change.changes.some((c) => c.afterDeploy === true)) {
    if (!ops.includes('deploy')) ops.push('deploy');
    ops.push('domains', 'redeploy');
  }
  // An update the diff asked for but that maps to nothing above still gets its step.
  if (ops.length === 0 && (action === 'update' || action === 'redeploy')) ops.push('update');
  return ops;
}

const NO_STEPS: readonly PlanStep[] = [];

/** The address parts of an owner's own sub-resources that its deploy includes (`app#storage/…`). */
const OWNED_PART_MARKS = ['#storage/', '#task/', '#network/', '#app/', '#db/'];

/**
 * Builds the steps of a plan, topologically ordered (ties in the order of `changes`, then
 * chain order). Edges naming resources without steps are ignored. Throws a
 * DependencyCycleError when the edges among the changed resources form a cycle.
 */
export function buildSteps(
  changes: readonly ResourceChange[],
  edges: readonly DependencyEdge[],
  formerDependents: readonly { dependent: Address; deleted: Address }[] = [],
  domainHandovers: readonly { claimant: Address; releaser: Address; op: 'delete' | 'update' }[] = [],
): PlanStep[] {
  const chains = new Map<Address, PlanStep[]>();
  for (const change of changes) {
    if (chains.has(change.address)) throw new Error(`internal: two resource changes for ${change.address}`);
    const chain: PlanStep[] = [];
    for (const op of stepOpsFor(change)) {
      const prev = chain[chain.length - 1];
      chain.push({ id: stepId(change.address, op), address: change.address, op, dependsOn: prev ? [prev.id] : [] });
    }
    chains.set(change.address, chain);
  }
  // Each resource's forward steps and delete step, found once (the chains' steps are fixed
  // from here on; only their `dependsOn` grows).
  const forwardSteps = new Map<Address, readonly PlanStep[]>();
  const deleteSteps = new Map<Address, PlanStep>();
  for (const [address, chain] of chains) {
    forwardSteps.set(address, chain.filter((s) => s.op !== 'delete'));
    const del = chain.find((s) => s.op === 'delete');
    if (del) deleteSteps.set(address, del);
  }
  const forward = (a: Address): readonly PlanStep[] => forwardSteps.get(a) ?? NO_STEPS;
  const deleteOf = (a: Address): PlanStep | undefined => deleteSteps.get(a);

  // Forward: first forward step of `from` waits for the last forward step of `to` —
  // except for an application's own storages and scheduled tasks (`app#storage/…`), which
  // are part of what gets deployed: they wait only for the app's create/update, and the
  // app's deploy waits for them (a mounted prometheus.yml must exist before the container).
  for (const e of edges) {
    if (e.reason === 'replaces') {
      const del = deleteOf(e.to);
      const ready = forward(e.from).at(-1);
      if (del && ready) del.dependsOn.push(ready.id);
      continue;
    }
    // (and its extra networks, `app#network/…`: the deploy starts it on each of them; and a
    // service's own applications and databases, `svc#app/…`, `svc#db/…`: the deploy runs their settings)
    const sub = e.reason === 'parent' && OWNED_PART_MARKS.some((s) => e.from.includes(s));
    const first = forward(e.from)[0];
    if (sub) {
      const ownerChain = forward(e.to);
      const ownerDeploy = ownerChain.find((st) => st.op === 'deploy' || st.op === 'restart');
      const ownerBefore = ownerChain.filter((st) => st !== ownerDeploy).at(-1);
      if (first && ownerBefore) first.dependsOn.push(ownerBefore.id);
      const last = forward(e.from).at(-1);
      if (ownerDeploy && last) ownerDeploy.dependsOn.push(last.id);
      continue;
    }
    const last = forward(e.to).at(-1);
    if (first && last && first !== last) first.dependsOn.push(last.id);
  }

  // Reverse: a delete waits for the deletes of its dependents, looking through resources
  // that have no delete step of their own (e.g. unchanged intermediates).
  const dependents = new Map<Address, Address[]>();
  for (const e of edges) {
    const list = dependents.get(e.to);
    if (list) list.push(e.from);
    else dependents.set(e.to, [e.from]);
  }
  for (const [address] of chains) {
    const del = deleteOf(address);
    if (!del) continue;
    const seen = new Set<Address>([address]);
    const stack = [...(dependents.get(address) ?? [])];
    while (stack.length > 0) {
      const d = stack.pop()!;
      if (seen.has(d)) continue;
      seen.add(d);
      const depDel = deleteOf(d);
      if (depDel) del.dependsOn.push(depDel.id);
      else stack.push(...(dependents.get(d) ?? []));
    }
  }

  // A deleted resource outlives the update and redeploy of its former dependents (audit m12):
  // its delete waits for their last forward step (src/plan/former-dependents.ts).
  for (const { dependent, deleted } of formerDependents) {
    const del = deleteOf(deleted);
    const last = forward(dependent).at(-1);
    if (del && last && del.address !== last.address) del.dependsOn.push(last.id);
  }

  // A resource that takes over a domain waits until its holder lets it go: the holder's
  // delete, or its update that drops it (ux-audit M1, src/plan/domain-collisions.ts).
  // An ordering that would close a cycle (the holder already waits for the claimant) is left
  // out: that claimant meets Coolify's 409 and a second apply finishes, as without it.
  const all = [...chains.values()].flat();
  const stepById = new Map(all.map((s) => [s.id, s]));
  const reaches = (from: PlanStep, target: Address): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s.address === target) return true;
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      for (const id of s.dependsOn) stack.push(stepById.get(id)!);
    }
    return false;
  };
  for (const { claimant, releaser, op } of domainHandovers) {
    const first = forward(claimant)[0];
    const release = op === 'delete' ? deleteOf(releaser) : (forward(releaser).find((s) => s.op === 'update') ?? forward(releaser).at(-1));
    if (first && release && first.address !== release.address && !reaches(release, claimant)) first.dependsOn.push(release.id);
  }

  const { order, blocked } = stableTopoSort(all, (s) => s.dependsOn.map((id) => stepById.get(id)!));
  if (blocked.length > 0) {
    const cycles = findCycles([...chains.keys()], edges);
    if (cycles.length > 0) throw new DependencyCycleError(cycles);
    throw new Error(`internal: step cycle among ${blocked.map((s) => s.id).join(', ')}`);
  }
  const position = new Map(order.map((s, i) => [s.id, i]));
  // (one dependency or none is already in order, without duplicates)
  for (const s of order) if (s.dependsOn.length > 1) s.dependsOn = [...new Set(s.dependsOn)].sort((a, b) => position.get(a)! - position.get(b)!);
  return order;
}

/**
 * The ids of the `delete` steps a `create` or `update` waits for (a replace's own chain, a
 * domain handover): the next step needs the resource gone from Coolify, not only its delete
 * queued, so apply waits for them even with `--no-wait`.
 */
export function deletesAwaitedByWrites(steps: readonly PlanStep[]): Set<string> {
  const deletes = new Set(steps.filter((s) => s.op === 'delete').map((s) => s.id));
  return new Set(steps.filter((s) => s.op === 'create' || s.op === 'update').flatMap((s) => s.dependsOn.filter((id) => deletes.has(id))));
}
