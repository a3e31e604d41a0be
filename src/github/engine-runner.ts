/**
 * The Action's command runner backed by the real engine: `plan` and `drift` call `plan()`,
 * `apply` calls `apply()` without a confirmation callback (the workflow is the approval).
 * The plan JSON is saved for the `plan-json` output. Engine modules load lazily.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ActionCommand } from './inputs.js';
import type { RunCommandOptions, RunCommandResult } from './action.js';
import type { PlanOptions } from '../engine/plan-run.js';
import type { PlanJson } from '../model/plan.js';
import { createWaitNotifier } from '../coolify/client-notice.js';

/** Where live progress goes while apply runs (the job log). */
export interface EngineRunnerIo {
  stdout: NodeJS.WritableStream;
  /** Cancels apply gracefully (no new steps) — wired to SIGINT/SIGTERM by the CLI. */
  signal?: AbortSignal;
  /** The directory relative paths (manifest, secrets file, saved plan) are relative to; the process's by default. */
  cwd?: string;
}

/** Creates the runner used by `ado-coolify ci github`. */
export function createEngineRunner(io: EngineRunnerIo): (command: ActionCommand, options: RunCommandOptions) => Promise<RunCommandResult> {
  return async (command, o) => {
    const { plan, ManifestInvalidError } = await import('../engine/plan-run.js');
    const base: PlanOptions = { file: o.manifest, vars: o.vars, secretsFile: o.secretsFile, env: o.env, prune: o.prune === true, ...(o.policyFile !== undefined ? { policyFiles: [o.policyFile] } : {}), ...(io.cwd !== undefined ? { cwd: io.cwd } : {}), connection: { onClientEvent: createWaitNotifier((line) => io.stdout.write(line)) } };
    try {
      if (command === 'apply') return await runApply(base, o, io);
      // Drift shows what differs, whatever apply would prune: a dropped resource is drift.
      if (command === 'drift') return await runDrift(base, o, io);
      const result = await plan(base);
      const planPath = await savePlan(result.plan, o.planPath, io.cwd);
      const render = await import('../render/index.js');
      const log = render.renderPlanHuman(result.plan, { color: false });
      const errors = result.plan.diagnostics.some((d) => d.severity === 'error');
      const { isPolicyViolation } = await import('../model/diagnostic.js');
      const failed = result.plan.diagnostics.filter((d) => d.severity === 'error');
      const exitCode = errors ? (failed.every(isPolicyViolation) ? 4 : 1) : render.planHasChanges(result.plan) ? 2 : 0;
      return { exitCode, plan: result.plan, planPath, log };
    } catch (err) {
      if (err instanceof ManifestInvalidError) {
        const { formatHuman } = await import('../diagnostics/format.js');
        return { exitCode: 1, diagnostics: err.diagnostics, log: formatHuman(err.diagnostics, err.loaded.path) };
      }
      const { renderError, debugRequested } = await import('../render/error.js');
      // An AdoError may carry 3 (a partial apply that threw); anything else is an error (1).
      const { text, exitCode } = renderError(err, { debug: debugRequested(o.env) });
      return { exitCode, log: text };
    }
  };
}

/** Drift as the CLI's `drift` computes it: the drift-filtered plan, unmanaged env keys, `fail-on-unmanaged`. */
async function runDrift(base: PlanOptions, o: RunCommandOptions, io: EngineRunnerIo): Promise<RunCommandResult> {
  const { plan } = await import('../engine/plan-run.js');
  const { driftOf, driftReport, hasDrift, unmanagedEnvKeysOf } = await import('../engine/drift.js');
  const { renderDriftHuman } = await import('../render/index.js');
  // Drift shows what differs, whatever apply would prune: a dropped resource is drift.
  const result = await plan({ ...base, allowDestroy: true, prune: true, skipPolicy: true });
  const filtered = driftOf(result.plan, []);
  const { attachDriftAuthors } = await import('../engine/drift-authors.js');
  const report = driftReport(filtered, unmanagedEnvKeysOf(filtered, result.desired, result.live), o.failOnUnmanaged === true);
  const drift = await attachDriftAuthors(report, result.client, result.live.coolifyVersion);
  const planPath = await savePlan(drift, o.planPath, io.cwd);
  const errors = drift.diagnostics.some((d) => d.severity === 'error');
  return { exitCode: errors ? 1 : hasDrift(drift) ? 2 : 0, plan: drift, planPath, log: renderDriftHuman(drift, { color: false }) };
}

async function runApply(base: PlanOptions, o: RunCommandOptions, io: EngineRunnerIo): Promise<RunCommandResult> {
  const { apply, applyResultExitCode } = await import('../engine/apply-run.js');
  const { createProgressReporter } = await import('../engine/progress-reporter.js');
  const { renderApplySummary, renderLockProblems } = await import('../render/apply-progress.js');
  const { parseDuration } = await import('../apply/duration.js');
  const { renderPlanHuman } = await import('../render/index.js');
  const reporter = createProgressReporter(io.stdout, 'lines');
  const timeoutMs = o.timeout === undefined ? undefined : parseDuration(o.timeout, 'input timeout');
  try {
    const result = await apply({
      ...base,
      parallelism: o.parallelism,
      timeoutMs,
      rollbackOnFailure: o.rollbackOnFailure === true,
      signal: io.signal,
      onEvent: (e) => reporter.onEvent(e),
      onLockWait: (m) => io.stdout.write(`${m}\n`),
    });
    reporter.close();
    const planPath = await savePlan(result.plan, o.planPath, io.cwd);
    let log = renderPlanHuman(result.plan, { color: false });
    if (result.stoppedBecause === 'no-changes') log += 'No changes. Coolify matches the manifest.\n';
    if (result.summary) log += `\n${renderApplySummary(result.summary, new Map(result.plan.steps.map((s) => [s.id, s])), result.lockProblems)}\n`;
    log += renderLockProblems(result.lockProblems);
    return { exitCode: applyResultExitCode(result), plan: result.plan, planPath, log };
  } finally {
    reporter.close();
  }
}

async function savePlan(plan: PlanJson, path: string, cwd: string | undefined): Promise<string | undefined> {
  const { renderPlanJson } = await import('../render/json.js');
  try {
    await writeFile(cwd === undefined ? path : resolve(cwd, path), renderPlanJson(plan));
    return path;
  } catch {
    return undefined;
  }
}
