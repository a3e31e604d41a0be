import type { PlanStep } from '../../model/plan.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { AdoError } from '../../errors.js';
import { opsFor } from '../../kind-ops/registry.js';
import { waitForDeployment, waitForHealthy } from './health.js';
import { deployFailure } from './deploy-failure.js';
import { runHttpCheck } from './http-check.js';
import { deploymentNeverFinishes } from '../../plan/pending-deploy.js';
import type { LiveDeployment } from '../../model/resource.js';

function isRunning(status: unknown): boolean {
  return typeof status === 'string' && /running/i.test(status);
}

/**
 * `deploy`, as the kind's `KindOps.deploy` says. `deployment` (applications): queues a
 * deployment through `/deploy` (it checks the queue, unlike start and restart: API-NOTES
 * §10.1), waits for it to finish, then for the resource to be healthy. `start` (services,
 * databases): a stopped resource with a queued start (`startWhenStopped`) is started that way;
 * otherwise `/deploy` runs the start and answers `deployment_uuid => null` with "Service X
 * started. It could take a while, be patient." (app/Http/Controllers/Api/DeployController.php:564-578,
 * by_uuids :446-452); the step then waits for the status instead.
 */
export async function deployStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 're-run apply' });
  const ops = opsFor(live.kind);
  if (!ops.deploy || !ops.status) throw new AdoError('ADO_APPLY_INTERNAL', `${live.kind} is never deployed`);
  const statusKind = ops.status.kind;
  const start = ops.deploy.startWhenStopped;
  if (start && !isRunning(live.status ?? live.fields['status']) && (await start(rt.client, live.uuid))) {
    if (!rt.options.wait) return { detail: `${statusKind} start queued` };
    const status = await waitForHealthy(rt, ctx, statusKind, live.uuid, step.address);
    return { detail: `${statusKind} started, ${status}` };
  }
  await cancelNeverFinishing(rt, live.lastDeployment);
  const result = (await rt.client.deploy({ uuids: [live.uuid], force: false })) as {
    deployments?: Array<{ message?: string; resource_uuid?: string; deployment_uuid?: string | null }>;
  };
  const entry = result.deployments?.find((d) => d.resource_uuid === live.uuid) ?? result.deployments?.[0];
  const deploymentUuid = entry?.deployment_uuid ?? undefined;
  if (ops.deploy.mode === 'start' && entry && !deploymentUuid && !startRefused(entry.message)) {
    if (!rt.options.wait) return { detail: `${statusKind} start requested` };
    const status = await waitForHealthy(rt, ctx, statusKind, live.uuid, step.address);
    return { detail: `${statusKind} started, ${status}` };
  }
  if (!deploymentUuid) {
    throw new AdoError('ADO_DEPLOY_NOT_QUEUED', `Coolify did not queue a deployment for ${step.address}: ${entry?.message ?? 'no answer'}`, {
      hint: 'the deployment queue may be full; re-run apply later',
    });
  }
  // The first deploy of a resource with a second stage is awaited even with --no-wait: Coolify
  // takes those changes only once it has run (steps/second-stage.ts).
  const secondStageWaits = step.op === 'deploy' && (rt.changes.get(step.address)?.changes ?? []).some((c) => c.afterDeploy === true);
  if (!rt.options.wait && !secondStageWaits) return { detail: `deployment ${deploymentUuid} queued` };
  try {
    if (ops.deploy.mode === 'deployment') await waitForDeployment(rt, ctx, deploymentUuid, step.address);
    const status = await waitForHealthy(rt, ctx, statusKind, live.uuid, step.address);
    const verified = await runHttpCheck(rt, ctx, step.address);
    return { detail: `deployment ${deploymentUuid} finished, ${status}${verified ? `, ${verified}` : ''}` };
  } catch (err) {
    // The log tail goes with the failure; a rollback follows when the application wants one.
    throw await deployFailure(rt, ctx, live, step.address, deploymentUuid, err);
  }
}

/**
 * A deployment that will never finish (src/plan/pending-deploy.ts) blocks the redeploy: Coolify
 * answers "Deployment already queued for this commit." and queues nothing
 * (bootstrap/helpers/applications.php:45-64). It is cancelled first (POST /deployments/{uuid}/cancel).
 */
async function cancelNeverFinishing(rt: ApplyRuntime, last: LiveDeployment | null | undefined): Promise<void> {
  if (!last || !deploymentNeverFinishes(last, rt.client.serverTime() ?? rt.live.observedAt)) return;
  await rt.client.deployments.cancel(last.uuid);
}

/** The answers without a deployment that mean "not started" (DeployController.php:443, :526, :569, :583). */
function startRefused(message: string | undefined): boolean {
  return message === undefined || /^Unauthorized/i.test(message) || /not found/i.test(message);
}

/** `restart`: restarts and waits for health; a PATCH of some fields needs it to take effect. */
export async function restartStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 're-run apply' });
  const ops = opsFor(live.kind);
  if (!ops.restart) throw new AdoError('ADO_APPLY_INTERNAL', `${live.kind} cannot be restarted`);
  await ops.restart(rt.client, live.uuid);
  if (!rt.options.wait || !ops.status) return { detail: 'restart requested' };
  return { detail: await waitForHealthy(rt, ctx, ops.status.kind, live.uuid, step.address) };
}
