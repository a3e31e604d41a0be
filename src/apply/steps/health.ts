import type { StepContext } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { waitFor, WaitFailedError } from '../wait.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { healthOf } from '../../model/health.js';
import { deploymentLogTail } from './log-tail.js';

/**
 * Healthy as src/model/health.ts says (API-NOTES §8): `running:healthy`, and `running:unknown`
 * when the resource has no health check; `running:starting` is still Progressing.
 */
export function isHealthyStatus(status: string): boolean {
  return healthOf(status) === 'Healthy';
}

/** Statuses that will not become healthy by waiting. */
function isDeadStatus(status: string): boolean {
  return status.startsWith('exited') || status.startsWith('degraded');
}

/** Poll pacing shared by every wait of an apply. */
export function pollOptions(rt: ApplyRuntime, ctx: StepContext) {
  return {
    timeoutMs: rt.options.timeoutMs,
    initialDelayMs: rt.options.pollInitialMs ?? 150,
    maxDelayMs: rt.options.pollMaxMs ?? 3000,
    factor: 1.25,
    signal: ctx.signal,
    onProgress: (message: string) => ctx.progress(message),
  };
}

/** Error carrying a deployment's last log lines, shown with the failure. */
export class DeploymentFailedError extends WaitFailedError {
  readonly logTail: string[];
  constructor(what: string, reason: string, elapsedMs: number, logTail: string[]) {
    super(what, reason, elapsedMs);
    this.logTail = logTail;
  }
}

/** Waits for a deployment to finish; throws with the log tail when it fails. */
export async function waitForDeployment(rt: ApplyRuntime, ctx: StepContext, deploymentUuid: string, address: string): Promise<void> {
  const what = `deployment ${deploymentUuid} of ${address}`;
  let logTail: string[] = [];
  try {
    await ctx.waiting(rt.board.track('deployment', () => waitFor(async () => {
      const d = await rt.board.deployment(deploymentUuid);
      const status = d.status;
      if (status === 'finished') return { done: true as const, value: undefined };
      if (status === 'failed' || status.startsWith('cancelled')) {
        logTail = deploymentLogTail(d.logs);
        return { failed: true as const, reason: `deployment ${status}` };
      }
      return { done: false as const, status };
    }, { ...pollOptions(rt, ctx), ...rt.expectations.optionsFor('deployment'), cheapPauseMs: () => rt.cheapPollMs('deployment'), what })));
  } catch (err) {
    if (err instanceof WaitFailedError) throw new DeploymentFailedError(what, err.reason, err.elapsedMs, logTail);
    throw err;
  }
}

/** Waits until an application, database or service reports a healthy status. */
export async function waitForHealthy(
  rt: ApplyRuntime,
  ctx: StepContext,
  kind: 'application' | 'database' | 'service',
  uuid: string,
  address: string,
): Promise<string> {
  let sawRunning = false;
  return ctx.waiting(rt.board.track(kind, () => waitFor(async () => {
    const status = await rt.board.status(kind, uuid);
    if (isHealthyStatus(status)) return { done: true as const, value: status };
    if (status.startsWith('running')) sawRunning = true;
    if (sawRunning && isDeadStatus(status)) return { failed: true as const, reason: `status became ${status}` };
    return { done: false as const, status };
  }, { ...pollOptions(rt, ctx), ...rt.expectations.optionsFor(`healthy:${kind}`), cheapPauseMs: () => rt.cheapPollMs(kind), what: `${address} to be healthy` })));
}

/** Waits until a deleted resource is gone (Coolify deletes in a background job). */
export async function waitForGone(rt: ApplyRuntime, ctx: StepContext, what: string, get: () => Promise<unknown>): Promise<void> {
  await ctx.waiting(waitFor(async () => {
    try {
      await get();
      return { done: false as const, status: 'deletion queued' };
    } catch (err) {
      if (isCoolifyApiError(err) && err.status === 404) return { done: true as const, value: undefined };
      throw err;
    }
  }, { ...pollOptions(rt, ctx), what: `${what} to be deleted` }));
}
