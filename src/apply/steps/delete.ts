import type { PlanStep } from '../../model/plan.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { opsFor } from '../../kind-ops/registry.js';
import { waitFor } from '../wait.js';
import { pollOptions, waitForGone } from './health.js';

/**
 * `delete`: removes a resource we own, after the kind's preparation (`KindOps.beforeRemove`: a
 * volume's backup schedule). Coolify deletes apps, databases and services in a background
 * job (`KindOps.gone`), so the step waits until the resource is gone before its parent's
 * delete starts; a project or environment refuses deletion while that runs
 * (`deleteWaitsForChildren`), so its delete is retried. A 404 means it is already gone.
 */
export async function deleteStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) return { detail: 'already gone' };
  const ops = opsFor(live.kind);
  const flags = { deleteConfigurations: true, deleteVolumes: rt.options.deleteVolumes ?? true, dockerCleanup: true, deleteConnectedNetworks: true };
  try {
    await ops.beforeRemove?.(rt, live);
    if (ops.deleteWaitsForChildren) await retryWhileNotEmpty(rt, ctx, step.address, () => ops.remove(rt, live, flags));
    else await ops.remove(rt, live, flags);
    const gone = ops.gone;
    // With --no-wait too when a create or update waits for this delete (a domain handover, a
    // replace): Coolify deletes in a background job and refuses the domains until it has run.
    if (gone && (rt.options.wait || rt.options.awaitedDeletes?.has(step.id) === true)) await waitForGone(rt, ctx, step.address, () => gone(rt.client, live.uuid));
  } catch (err) {
    if (!(isCoolifyApiError(err) && err.status === 404)) throw err;
  }
  rt.unregister(step.address);
  return { detail: `deleted ${live.uuid}` };
}

/** Projects and environments refuse deletion (400) while child deletes are still running. */
async function retryWhileNotEmpty(rt: ApplyRuntime, ctx: StepContext, address: string, del: () => Promise<unknown>): Promise<void> {
  await ctx.waiting(waitFor(async () => {
    try {
      await del();
      return { done: true as const, value: undefined };
    } catch (err) {
      if (isCoolifyApiError(err) && err.status === 400 && /resources|not empty/i.test(err.coolifyMessage ?? err.message)) {
        return { done: false as const, status: 'waiting for its resources to be deleted' };
      }
      throw err;
    }
  }, { ...pollOptions(rt, ctx), what: `${address} to become empty` }));
}
