import { setMaxListeners } from 'node:events';
import type { DesiredState } from '../model/resource.js';
import { TEAM_KINDS, type TeamKind } from '../model/address.js';
import { specFor } from '../kinds/registry.js';
import type { PlanJson } from '../model/plan.js';
import { hasErrors, isPolicyViolation } from '../model/diagnostic.js';
import { AdoError, ExitCode } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { runSteps } from '../apply/walker.js';
import type { ApplyEvent } from '../model/apply-events.js';
import type { ApplySummary } from '../model/apply-summary.js';
import { ApplyRuntime } from '../apply/runtime.js';
import { executeStep } from '../apply/execute-step.js';
import { ApplyLocks, lockProblemsError, type LockProblem } from '../apply/apply-locks.js';
import { currentHolder } from '../apply/lock-record.js';
import { teamLockClient } from '../apply/team-lock-client.js';
import { computePlan, preparePlan, type PlanOptions, type PlanResult } from './plan-run.js';
import { comparePlans } from './stale-plan.js';
import { deletesAwaitedByWrites } from '../graph/steps.js';

/** What `apply` needs besides the plan options. */
export interface ApplyOptions extends PlanOptions {
  /** A saved plan to execute exactly; refused when stale. */
  savedPlan?: PlanJson;
  /** Most steps sending requests at once (default: the client's in-flight bound, which follows the rate limit and latency). */
  parallelism?: number;
  /** Per-step timeout for waits, ms (default 15 minutes). */
  timeoutMs?: number;
  /** Wait for deployments, health and deletes (default true). */
  wait?: boolean;
  /** Roll back failed application deployments unless the manifest says `rollback: off` (default false). */
  rollbackOnFailure?: boolean;
  /** How long to wait for another apply's lock, ms (default 0: fail at once). */
  lockTimeoutMs?: number;
  /** Graceful cancel (Ctrl-C): no new steps start. */
  signal?: AbortSignal;
  /** Hard cancel handed to running steps. */
  stepSignal?: AbortSignal;
  onEvent?: (event: ApplyEvent) => void;
  /** Called with the plan before anything changes; return false to stop (confirmation). */
  confirm?: (result: PlanResult) => Promise<boolean>;
  /** Called when waiting for the lock, and when taking over a stale one. */
  onLockWait?: (message: string) => void;
  /** The lock's lease (default 30 minutes), renewed every sixth of it. */
  lockLeaseMs?: number;
  /** Pauses between attempts of a lock renewal or release (default 1 s, 3 s). */
  lockRetryDelaysMs?: readonly number[];
  /**
   * This host's wall clock (default Date.now). The lock only writes it as information: its
   * expiry is judged by Coolify's clock. Tests inject a skewed one.
   */
  clock?: () => number;
  /** Poll pacing for waits (tests, benchmarks). */
  pollInitialMs?: number;
  pollMaxMs?: number;
}

/** The outcome of an apply. `summary` is undefined when nothing was run. */
export interface ApplyResult extends PlanResult {
  summary?: ApplySummary;
  /** Why nothing ran: `no-changes` or `declined`. */
  stoppedBecause?: 'no-changes' | 'declined';
  /** Locks lost during the run or not released after it (then the exit code is 3). */
  lockProblems: LockProblem[];
}

/**
 * The exit code of an apply result: the summary's, 1 when declined, 0 for no changes; 3
 * whenever a lock was lost or could not be released (never 0 with a lock left behind).
 */
export function applyResultExitCode(result: Pick<ApplyResult, 'summary' | 'stoppedBecause' | 'lockProblems'>): number {
  if (result.lockProblems.length > 0) return 3;
  if (result.summary) return result.summary.exitCode;
  return result.stoppedBecause === 'declined' ? 1 : 0;
}

/** A signal that aborts when any of `signals` does, with that one's reason. */
function anySignal(signals: Array<AbortSignal | undefined>): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (!s) continue;
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/**
 * What an apply locks: every project of the manifest, and every team-level section it governs
 * (`@privateKeys`, lock variable `ADO_COOLIFY_LOCK__PRIVATEKEYS`), so two applies that manage
 * the team's keys never run at once, even with no project at all.
 */
export function lockScopes(desired: Pick<DesiredState, 'projects' | 'teamKinds'>): string[] {
  const sections = (desired.teamKinds ?? []).flatMap((k) => {
    const names = specFor(k).team?.scope === 'withSection' ? TEAM_KINDS[k as TeamKind] : undefined;
    return names === undefined ? [] : [`@${names.section}`];
  });
  return [...desired.projects, ...sections];
}

/**
 * Applies: takes the apply lock of every project in the manifest (a Coolify team shared
 * variable), reads live state, plans (or checks a saved plan is still current), asks for
 * confirmation, then walks the steps in dependency order under the parallelism bound.
 * The lock is renewed while the run lasts and released whatever happens; a lost or unreleased
 * lock is reported in `lockProblems` (exit 3, see `applyResultExitCode`).
 */
export async function apply(options: ApplyOptions): Promise<ApplyResult> {
  // Every waiting step listens on these signals: many at once is expected, not a leak.
  for (const signal of [options.signal, options.stepSignal]) if (signal) setMaxListeners(1000, signal);
  const prepared = await preparePlan(options);
  const locks = await ApplyLocks.acquire(teamLockClient(prepared.client), lockScopes(prepared.desired), {
    waitMs: options.lockTimeoutMs ?? 0,
    // the run's environment (GITHUB_RUN_ID), not necessarily the process's
    identity: currentHolder(options.env),
    onWait: options.onLockWait,
    signal: options.signal,
    ...(options.lockLeaseMs !== undefined ? { leaseMs: options.lockLeaseMs } : {}),
    ...(options.lockRetryDelaysMs !== undefined ? { retryDelaysMs: options.lockRetryDelaysMs } : {}),
    ...(options.clock ? { now: options.clock } : {}),
  });
  let result: Omit<ApplyResult, 'lockProblems'>;
  try {
    result = await runLocked(prepared, options, locks.lostSignal);
  } catch (err) {
    await locks.release();
    throw locks.problems.length > 0 ? lockProblemsError(err, locks.problems) : err;
  }
  await locks.release();
  return { ...result, lockProblems: [...locks.problems] };
}

/** Plans and walks the steps while the locks are held; `lost` aborts when a lock was lost. */
async function runLocked(prepared: Awaited<ReturnType<typeof preparePlan>>, options: ApplyOptions, lost: AbortSignal): Promise<Omit<ApplyResult, 'lockProblems'>> {
  // A saved plan's requested replaces are requested again, so the fresh plan can match it.
  const saved = options.savedPlan;
  const replace = saved ? [...(options.replace ?? []), ...saved.resourceChanges.filter((c) => c.actionReason === 'replace-requested').map((c) => c.address)] : options.replace;
  // A saved plan made with --prune is checked against a fresh plan made with it too, and one
  // made with --target (or --project/--env, saved as targets) against a plan of those targets.
  const prune = options.prune === true || saved?.prune === true;
  const scope = saved ? { targets: saved.targets, project: undefined, environment: undefined } : {};
  const result = await computePlan(prepared, { ...options, replace, prune, ...scope });
  if (options.savedPlan) {
    const problems = comparePlans(options.savedPlan, result.plan);
    if (problems.length > 0) {
      throw new AdoError('ADO_STALE_PLAN', `the saved plan is stale:\n  - ${problems.join('\n  - ')}`, {
        hint: 'run `ado-coolify plan --out plan.json` again and apply the new plan',
      });
    }
  }
  if (hasErrors(result.plan.diagnostics)) throw planErrors(result.plan.diagnostics);
  if (result.plan.steps.length === 0) return { ...result, stoppedBecause: 'no-changes' };
  // With the lock already lost, nothing is confirmed: the walker below starts no step.
  if (!lost.aborted && options.confirm && !(await options.confirm(result))) return { ...result, stoppedBecause: 'declined' };

  const runtime = new ApplyRuntime(result.client, result.desired, result.live, result.plan.resourceChanges, {
    timeoutMs: options.timeoutMs ?? 15 * 60_000,
    wait: options.wait ?? true,
    rollbackOnFailure: options.rollbackOnFailure ?? false,
    pollInitialMs: options.pollInitialMs,
    pollMaxMs: options.pollMaxMs,
    awaitedDeletes: deletesAwaitedByWrites(result.plan.steps),
  });
  const summary = await runSteps(result.plan.steps, (step, ctx) => executeStep(runtime, step, ctx), {
    // By default as many steps send requests as the client lets requests fly (its bound follows
    // the rate limit and the latency, src/coolify/in-flight-budget.ts).
    parallelism: options.parallelism ?? (typeof result.client.inFlightLimit === 'function' ? () => result.client.inFlightLimit() : 8),
    // A lost lock stops new steps like a Ctrl-C; running ones finish.
    signal: anySignal([options.signal, lost]),
    stepSignal: options.stepSignal,
    onEvent: options.onEvent ?? (() => undefined),
  });
  return { ...result, summary };
}

/**
 * The refusal of a plan with errors: every error, not just the first, each with its code,
 * address and fix; the error's own code is the first one's.
 */
export function planErrors(diagnostics: readonly Diagnostic[]): AdoError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.map((d) => `  - ${d.code}${d.address ? ` ${d.address}` : ''}: ${d.message}${d.hint ? ` (fix: ${d.hint})` : ''}`);
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  const policyOnly = errors.length > 0 && errors.every(isPolicyViolation);
  return new AdoError(errors[0]?.code ?? 'ADO_PLAN_INVALID', `the plan has ${count}; nothing was applied:\n${lines.join('\n')}`, {
    hint: policyOnly ? 'change the manifest to comply, or change the rule\'s level in the policy, then run apply again' : 'fix each of them, then run apply again',
    ...(policyOnly ? { exitCode: ExitCode.Policy } : {}),
  });
}
