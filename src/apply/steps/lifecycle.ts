import type { PlanStep } from '../../model/plan.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { AdoError } from '../../errors.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { waitForDeployment, waitForHealthy } from './health.js';

/**
 * `deploy`: queues a deployment through `/deploy` (it checks the queue, unlike start and
 * restart: API-NOTES §10.1), waits for it to finish, then for the resource to be healthy.
 * Only an application gets a deployment: for a service Coolify runs StartService and answers
 * `deployment_uuid => null` with "Service X started. It could take a while, be patient."
 * (app/Http/Controllers/Api/DeployController.php:564-578, by_uuids :446-452); the step then
 * waits for the service's status instead.
 */
export async function deployStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 're-run apply' });
  if (live.kind === 'service' && !isRunning(live.status ?? live.fields['status']) && (await queuedServiceStart(rt, live.uuid))) {
    if (!rt.options.wait) return { detail: 'service start queued' };
    const status = await waitForHealthy(rt, ctx, 'service', live.uuid, step.address);
    return { detail: `service started, ${status}` };
  }
  const result = (await rt.client.deploy({ uuids: [live.uuid], force: false })) as {
    deployments?: Array<{ message?: string; resource_uuid?: string; deployment_uuid?: string | null }>;
  };
  const entry = result.deployments?.find((d) => d.resource_uuid === live.uuid) ?? result.deployments?.[0];
  const kind = live.kind === 'service' ? 'service' : live.kind === 'database' ? 'database' : 'application';
  const deploymentUuid = entry?.deployment_uuid ?? undefined;
  if (kind !== 'application' && entry && !deploymentUuid && !startRefused(entry.message)) {
    if (!rt.options.wait) return { detail: `${kind} start requested` };
    const status = await waitForHealthy(rt, ctx, kind, live.uuid, step.address);
    return { detail: `${kind} started, ${status}` };
  }
  if (!deploymentUuid) {
    throw new AdoError('ADO_DEPLOY_NOT_QUEUED', `Coolify did not queue a deployment for ${step.address}: ${entry?.message ?? 'no answer'}`, {
      hint: 'the deployment queue may be full; re-run apply later',
    });
  }
  if (!rt.options.wait) return { detail: `deployment ${deploymentUuid} queued` };
  if (kind === 'application') await waitForDeployment(rt, ctx, deploymentUuid, step.address);
  const status = await waitForHealthy(rt, ctx, kind, live.uuid, step.address);
  return { detail: `deployment ${deploymentUuid} finished, ${status}` };
}

function isRunning(status: unknown): boolean {
  return typeof status === 'string' && /running/i.test(status);
}

/**
 * A service that is not running is started through `POST /services/{uuid}/start`, which queues
 * StartService (ServicesController.php:2092-2095) and answers at once, where `/deploy` runs it
 * inside the request, writing the compose files to the server over SSH first
 * (DeployController.php:571). A running one goes through `/deploy` (`docker compose up` of the
 * changed containers): start refuses it with 400 "Service is already running."
 * (ServicesController.php:2092), and restart would stop every container first. False when
 * start says it is already running (the status read was stale): the caller deploys instead.
 */
async function queuedServiceStart(rt: ApplyRuntime, uuid: string): Promise<boolean> {
  try {
    await rt.client.services.start(uuid);
    return true;
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 400 && /already running/i.test(err.coolifyMessage ?? '')) return false;
    throw err;
  }
}

/** The answers without a deployment that mean "not started" (DeployController.php:443, :526, :569, :583). */
function startRefused(message: string | undefined): boolean {
  return message === undefined || /^Unauthorized/i.test(message) || /not found/i.test(message);
}

/** `restart` (databases): restarts and waits for health; a PATCH needs it to take effect. */
export async function restartStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 're-run apply' });
  if (live.kind === 'database') await rt.client.databases.restart(live.uuid);
  else if (live.kind === 'service') await rt.client.services.restart(live.uuid);
  else await rt.client.applications.restart(live.uuid);
  if (!rt.options.wait) return { detail: 'restart requested' };
  const status = await waitForHealthy(rt, ctx, live.kind === 'database' ? 'database' : live.kind === 'service' ? 'service' : 'application', live.uuid, step.address);
  return { detail: status };
}

/** Starts a database; "already running" (400) counts as success: start is not idempotent in Coolify. */
export async function startDatabase(rt: ApplyRuntime, uuid: string): Promise<void> {
  try {
    await rt.client.databases.start(uuid);
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 400 && /already running/i.test(err.coolifyMessage ?? '')) return;
    throw err;
  }
}
