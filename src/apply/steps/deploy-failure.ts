/**
 * What follows a deployment that failed or never became healthy: its log tail (the visible
 * entries only, secrets scrubbed) goes with the failure, and, when the application asks for it
 * (`rollback: onFailure`, or `apply --rollback-on-failure` unless `rollback: off`), the
 * application is rolled back to the version that ran before and waited for. The step still
 * fails (the apply exits 3); its message says both outcomes.
 */
import type { StepContext } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import type { LiveResource } from '../../model/resource.js';
import type { Address } from '../../model/address.js';
import { AdoError, isAdoError } from '../../errors.js';
import { opsFor } from '../../kind-ops/registry.js';
import { specFor } from '../../kinds/registry.js';
import { collectSecrets } from '../../plan/redact.js';
import { WaitFailedError, WaitTimeoutError, WAIT_FAILED_CODE } from '../wait.js';
import { DeploymentFailedError, waitForDeployment, waitForHealthy } from './health.js';
import { deploymentLogTail, scrubLogLines } from './log-tail.js';
import { runHttpCheck } from './http-check.js';

/** A failed deployment step: the message says the failure and what the rollback did. */
export class DeployStepFailedError extends AdoError {
  /** The last visible lines of the failed deployment's log, secrets scrubbed. */
  readonly logTail: string[];
  constructor(message: string, logTail: string[], cause: unknown) {
    super(isAdoError(cause) ? cause.code : WAIT_FAILED_CODE, message, { cause, ...(isAdoError(cause) && cause.hint ? { hint: cause.hint } : {}) });
    this.name = 'DeployStepFailedError';
    this.logTail = logTail;
  }
}

/** True when the resource at the address is to be rolled back after a failed deployment. */
export function wantsRollback(rt: ApplyRuntime, address: Address): boolean {
  const asked = rt.desiredAt(address)?.rollback;
  return asked === 'onFailure' || (asked !== 'off' && rt.options.rollbackOnFailure === true);
}

/** Scrubs every secret this apply knows (the manifest's and the live sensitive values) from lines. */
function scrubLines(rt: ApplyRuntime, lines: string[]): string[] {
  if (lines.length === 0) return lines;
  return scrubLogLines(lines, collectSecrets(rt.desired.resources, rt.live.resources, specFor, rt.refs()));
}

/** The log tail of a deployment: from the failed wait when it read one, else read now. */
async function logTailOf(rt: ApplyRuntime, deploymentUuid: string, err: unknown): Promise<string[]> {
  if (err instanceof DeploymentFailedError && err.logTail.length > 0) return err.logTail;
  try {
    return deploymentLogTail((await rt.client.deployments.get(deploymentUuid)).logs);
  } catch {
    return []; // the failure is reported either way; a log that cannot be read adds nothing
  }
}

/** Rolls the application back and waits for it; answers what happened, in words. */
async function rollBack(rt: ApplyRuntime, ctx: StepContext, live: LiveResource, address: Address): Promise<string> {
  const ops = opsFor(live.kind);
  const rollback = ops.deploy?.rollback;
  if (!rollback || !ops.status) return 'not rolled back: Coolify cannot roll this kind back'; // kept for a kind with rollback but no status
  try {
    const version = await rollback.previousVersion(rt.client, live.uuid, rt.recordBefore(address));
    if (version === null) return 'not rolled back: no earlier version is known';
    ctx.progress(`rolling ${address} back to ${version}`);
    const queued = await rollback.run(rt.client, live.uuid, version);
    if (!queued.deploymentUuid) return `rollback to ${version} not queued: ${queued.message}`;
    await waitForDeployment(rt, ctx, queued.deploymentUuid, address);
    const status = await waitForHealthy(rt, ctx, ops.status.kind, live.uuid, address);
    const verified = await runHttpCheck(rt, ctx, address);
    return `rolled back to ${version}: ${status}${verified ? `, ${verified}` : ''}`;
  } catch (err) {
    return `rollback failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * The error a deploy step throws when its deployment (`deploymentUuid`) failed or never became
 * healthy (`err`, a failed or timed-out wait): with the log tail, after the rollback when one is
 * wanted. Any other error (a cancel, an API error) is answered unchanged.
 */
export async function deployFailure(
  rt: ApplyRuntime,
  ctx: StepContext,
  live: LiveResource,
  address: Address,
  deploymentUuid: string,
  err: unknown,
): Promise<unknown> {
  if (!(err instanceof WaitFailedError) && !(err instanceof WaitTimeoutError)) return err;
  const tail = scrubLines(rt, await logTailOf(rt, deploymentUuid, err));
  const message = `deploy failed: ${err.message}`;
  // A kind Coolify cannot roll back (services, databases) just fails, whatever the flag says.
  if (!wantsRollback(rt, address) || !opsFor(live.kind).deploy?.rollback) return new DeployStepFailedError(err.message, tail, err);
  const outcome = await rollBack(rt, ctx, live, address);
  return new DeployStepFailedError(`${message}; ${outcome}`, tail, err);
}
