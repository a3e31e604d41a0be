import { setMaxListeners } from 'node:events';
import type { PlanJson } from '../model/plan.js';
import { hasErrors } from '../model/diagnostic.js';
import { AdoError } from '../errors.js';
import { runSteps } from '../apply/walker.js';
import type { ApplyEvent } from '../model/apply-events.js';
import type { ApplySummary } from '../model/apply-summary.js';
import { ApplyRuntime } from '../apply/runtime.js';
import { executeStep } from '../apply/execute-step.js';
import { acquireLock, type HeldLock } from '../apply/lock.js';
import { teamLockClient } from '../apply/team-lock-client.js';
import { computePlan, preparePlan, type PlanOptions, type PlanResult } from './plan-run.js';
import { comparePlans } from './stale-plan.js';

/** What `apply` needs besides the plan options. */
export interface ApplyOptions extends PlanOptions {
  /** A saved plan to execute exactly; refused when stale. */
  savedPlan?: PlanJson;
  /** Most steps at once (default 8). */
  parallelism?: number;
  /** Per-step timeout for waits, ms (default 15 minutes). */
  timeoutMs?: number;
  /** Wait for deployments, health and deletes (default true). */
  wait?: boolean;
  /** How long to wait for another apply's lock, ms (default 0: fail at once). */
  lockTimeoutMs?: number;
  /** Graceful cancel (Ctrl-C): no new steps start. */
  signal?: AbortSignal;
  /** Hard cancel handed to running steps. */
  stepSignal?: AbortSignal;
  onEvent?: (event: ApplyEvent) => void;
  /** Called with the plan before anything changes; return false to stop (confirmation). */
  confirm?: (result: PlanResult) => Promise<boolean>;
  /** Called when waiting for the lock. */
  onLockWait?: (message: string) => void;
  /** Poll pacing for waits (tests, benchmarks). */
  pollInitialMs?: number;
  pollMaxMs?: number;
}

/** The outcome of an apply. `summary` is undefined when nothing was run. */
export interface ApplyResult extends PlanResult {
  summary?: ApplySummary;
  /** Why nothing ran: `no-changes` or `declined`. */
  stoppedBecause?: 'no-changes' | 'declined';
}

/**
 * Applies: takes the apply lock of every project in the manifest (a Coolify team shared
 * variable), reads live state, plans (or checks a saved plan is still current), asks for
 * confirmation, then walks the steps in dependency order under the parallelism bound.
 * The lock is released whatever happens.
 */
export async function apply(options: ApplyOptions): Promise<ApplyResult> {
  // Every waiting step listens on these signals: many at once is expected, not a leak.
  for (const signal of [options.signal, options.stepSignal]) if (signal) setMaxListeners(1000, signal);
  const prepared = await preparePlan(options);
  const locks: HeldLock[] = [];
  let renewTimer: NodeJS.Timeout | undefined;
  try {
    const lockClient = teamLockClient(prepared.client);
    for (const project of [...prepared.desired.projects].sort()) {
      locks.push(
        await acquireLock(lockClient, project, {
          waitMs: options.lockTimeoutMs ?? 0,
          onWait: options.onLockWait,
          signal: options.signal,
        }),
      );
    }
    renewTimer = setInterval(() => {
      for (const l of locks) l.renew().catch(() => undefined);
    }, 5 * 60_000);
    renewTimer.unref();

    const result = await computePlan(prepared, options);
    if (options.savedPlan) {
      const problems = comparePlans(options.savedPlan, result.plan);
      if (problems.length > 0) {
        throw new AdoError('ADO_STALE_PLAN', `the saved plan is stale:\n  - ${problems.join('\n  - ')}`, {
          hint: 'run `ado-coolify plan --out plan.json` again and apply the new plan',
        });
      }
    }
    if (hasErrors(result.plan.diagnostics)) {
      const first = result.plan.diagnostics.find((d) => d.severity === 'error');
      throw new AdoError(first?.code ?? 'ADO_PLAN_INVALID', `the plan has errors: ${first?.message ?? ''}`, { hint: first?.hint });
    }
    if (result.plan.steps.length === 0) return { ...result, stoppedBecause: 'no-changes' };
    if (options.confirm && !(await options.confirm(result))) return { ...result, stoppedBecause: 'declined' };

    const runtime = new ApplyRuntime(result.client, result.desired, result.live, result.plan.resourceChanges, {
      timeoutMs: options.timeoutMs ?? 15 * 60_000,
      wait: options.wait ?? true,
      pollInitialMs: options.pollInitialMs,
      pollMaxMs: options.pollMaxMs,
    });
    const summary = await runSteps(result.plan.steps, (step, ctx) => executeStep(runtime, step, ctx), {
      parallelism: options.parallelism ?? 8,
      signal: options.signal,
      stepSignal: options.stepSignal,
      onEvent: options.onEvent ?? (() => undefined),
    });
    return { ...result, summary };
  } finally {
    if (renewTimer) clearInterval(renewTimer);
    for (const l of locks.reverse()) await l.release().catch(() => undefined);
  }
}
