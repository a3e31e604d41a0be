/**
 * Pending deployments (audit M2): what Coolify stores says an application still needs a
 * redeploy, although its configuration matches the manifest. No state file: the rules read
 * only rows Coolify keeps.
 *
 * - The last deployment failed or was cancelled (`application_deployment_queues.status`).
 * - The last deployment never finished: it has been `queued` or `in_progress` for longer than
 *   Coolify's own deployment timeout, by Coolify's clock. The job that would finish it is gone
 *   (Coolify restarted, the worker died); it also blocks new deployments of the same commit
 *   (bootstrap/helpers/applications.php:45-64 answers "Deployment already queued for this commit."),
 *   so apply cancels it before deploying (src/apply/steps/lifecycle.ts).
 * - The last deployment was a rollback (the queue's `rollback` column, set by
 *   POST /applications/{uuid}/rollback, ApplicationsController.php:5624-5631): an earlier image
 *   tag or commit runs, not the one the configuration names.
 * - Changes not deployed yet: a declared env var of the application was written after the last
 *   finished deployment was queued. An apply stopped between "set env vars" and "deploy"
 *   (Ctrl-C, kill -9, a failed POST /deploy) leaves exactly that. The env var's `updated_at` is
 *   a timestamp Coolify bumps only when the row really changes (Eloquent's dirty check) and
 *   that nothing else in Coolify writes for a declared key; the deployment's `created_at` is
 *   when it was queued, and the deployment job reads the configuration after that. The
 *   application's own `updated_at` cannot be used: Coolify's status jobs bump it.
 *
 * Both timestamps are written by Coolify's database clock at second precision, and the tool
 * always writes env before it queues the deploy, so "after" is strictly later: a write and a
 * deploy in the same second are one converged apply, never a pending change.
 */
import type { ActionReason } from '../model/plan.js';
import type { LiveDeployment, LiveEnvVar } from '../model/resource.js';

/**
 * Coolify's deployment job timeout: `server_settings.dynamic_timeout`, default 3600 s
 * (database/migrations/2024_02_08_112304_add_dynamic_timeout_for_deployments.php:15). A deployment
 * still queued or running an hour after its last change will not finish by itself.
 */
export const DEPLOYMENT_NEVER_FINISHES_AFTER_MS = 3600 * 1000;

/** Why an application needs a redeploy, as a code and in words. */
export interface PendingDeployment {
  actionReason: ActionReason;
  reason: string;
}

/** What the rules read of one live application. */
export interface PendingDeploymentInput {
  /** The newest non-preview deployment; null when there is none, undefined when not read. */
  lastDeployment: LiveDeployment | null | undefined;
  /** The application's env vars as read (undefined when not read). */
  env?: readonly LiveEnvVar[];
  /** The env keys the manifest declares for it: the writes the tool owns. */
  declaredEnvKeys: ReadonlySet<string>;
  /** Coolify's clock when the state was read (epoch ms), if known. */
  observedAt?: number;
}

/** True when a queued or running deployment has not moved for longer than Coolify's job timeout. */
export function deploymentNeverFinishes(last: LiveDeployment | null | undefined, observedAt: number | undefined): boolean {
  if (!last || (last.status !== 'queued' && last.status !== 'in_progress')) return false;
  const since = Date.parse(last.updatedAt ?? last.createdAt ?? '');
  if (observedAt === undefined || !Number.isFinite(since)) return false;
  return observedAt - since > DEPLOYMENT_NEVER_FINISHES_AFTER_MS;
}

/**
 * Why an application needs a redeploy because of its deployments (see the file comment), or
 * undefined. An application with no deployment at all needs none: an adopted app may never
 * have been deployed through Coolify's queue, and adopting changes nothing.
 */
export function pendingDeployment(input: PendingDeploymentInput): PendingDeployment | undefined {
  const last = input.lastDeployment;
  if (last === undefined || last === null) return undefined;
  if (last.status === 'failed') return { actionReason: 'last-deployment-failed', reason: 'redeploy: last deployment failed' };
  if (last.status.startsWith('cancelled')) return { actionReason: 'last-deployment-cancelled', reason: 'redeploy: last deployment was cancelled' };
  if (deploymentNeverFinishes(last, input.observedAt)) return { actionReason: 'last-deployment-unfinished', reason: 'redeploy: last deployment never finished' };
  if (last.status === 'finished' && last.rollback === true) return { actionReason: 'last-deployment-rolled-back', reason: 'redeploy: last deployment was a rollback' };
  if (last.status === 'finished' && undeployedEnvKeys(input, Date.parse(last.createdAt ?? '')).length > 0) {
    return { actionReason: 'changes-not-deployed', reason: 'redeploy: changes not deployed yet' };
  }
  return undefined;
}

/** Declared, non-preview env keys written after `deployedAt` (sorted). */
function undeployedEnvKeys(input: PendingDeploymentInput, deployedAt: number): string[] {
  if (!Number.isFinite(deployedAt)) return [];
  const keys = new Set<string>();
  for (const e of input.env ?? []) {
    if (e.is_preview === true || !input.declaredEnvKeys.has(e.key)) continue;
    const written = Date.parse(e.updatedAt ?? '');
    if (Number.isFinite(written) && written > deployedAt) keys.add(e.key);
  }
  return [...keys].sort();
}
