import type { PlanStep } from '../../model/plan.js';
import type { StepContext } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { opsFor } from '../../kind-ops/registry.js';
import type { WriteDone } from '../../kind-ops/types.js';
import { pollOptions, waitForHealthy } from './health.js';
import { waitFor } from '../wait.js';

/**
 * Runs the kind's follow-up of a write (`KindOps.afterWrite`), registers what the write made
 * as a side effect, and waits for health (or the kind's own condition, `waitUntil`) where the
 * kind asks and the apply waits. Returns the
 * notes for the step outcome.
 */
export async function followWrite(rt: ApplyRuntime, ctx: StepContext, step: PlanStep, done: WriteDone): Promise<string[]> {
  const ops = opsFor(done.resource.kind);
  const after = ops.afterWrite ? await ops.afterWrite(rt, done) : {};
  for (const r of after.register ?? []) rt.register(r);
  const notes = after.detail ? [after.detail] : [];
  if (after.waitHealthy && rt.options.wait && ops.status) notes.push(await waitForHealthy(rt, ctx, ops.status.kind, done.uuid, step.address));
  const until = after.waitUntil;
  if (until && rt.options.wait) notes.push(await ctx.waiting(waitFor(until.poll, { ...pollOptions(rt, ctx), what: until.what })));
  return notes;
}
