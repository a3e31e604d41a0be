import { CODES } from '../../model/diagnostic-codes.js';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Command, Option } from 'commander';
import {
  addConnectionOptions,
  addManifestOptions,
  addScopeOptions,
  addReplaceOption,
  addPruneOption,
  addPolicyOption,
  addAllowDestroyOption,
  addLockTimeoutOption,
  parseDurationFlag,
  parsePositiveInt,
  type ConnectionCliOptions,
  type ManifestCliOptions,
} from '../options.js';
import { planOptionsFromFlags, printRequestStats } from '../run-context.js';
import { AdoError, ExitCode } from '../../errors.js';
import { inCwd, isInteractive, type CliIo, type CommandHost } from '../io.js';
import { handleManifestError } from '../print-diagnostics.js';
import { jsonText } from '../../render/sanitize.js';
import type { PlanJson, PlanStep } from '../../model/plan.js';

interface ApplyFlags extends ManifestCliOptions, ConnectionCliOptions {
  target: string[];
  replace: string[];
  project?: string;
  env?: string;
  autoApprove?: boolean;
  parallelism?: string;
  timeout?: string;
  lockTimeout?: string;
  allowDestroy?: boolean;
  prune?: boolean;
  policy: string[];
  wait: boolean;
  rollbackOnFailure?: boolean;
  format: 'human' | 'json';
  color?: boolean;
}

/** `ado-coolify apply`: makes Coolify match the manifest. */
export function registerApply(program: Command, host: CommandHost): void {
  const cmd = program
    .command('apply')
    .description('make Coolify match the manifest, in dependency order')
    .argument('[plan.json]', 'a plan saved with `plan --out`; refused if the manifest or Coolify changed since')
    .addHelpText(
      'after',
      `
Without a plan file, apply plans first, shows the plan and asks for confirmation on a terminal;
without a terminal (CI) it refuses unless --auto-approve is given.
Exit codes: 0 applied (or nothing to do), 1 error before any change, 3 partial apply (some steps failed
or were skipped, or the apply lock was lost or could not be released). Re-running apply converges:
finished steps are not repeated.
Ctrl-C stops starting new steps, lets running ones finish and prints the summary.
The apply lock (one per project, see docs/locking.md) is renewed while apply runs; if a renewal
fails, no new step starts. A lock left behind is reported with its lock id and the command
that removes it: ado-coolify force-unlock PROJECT --lock-id ID.

Examples:
  ado-coolify apply
  ado-coolify plan --out plan.json && ado-coolify apply plan.json
  ado-coolify apply --auto-approve --parallelism 4 --timeout 20m`,
    );
  addManifestOptions(cmd);
  addScopeOptions(cmd);
  addReplaceOption(cmd);
  addPruneOption(cmd);
  addPolicyOption(cmd);
  addAllowDestroyOption(cmd);
  addConnectionOptions(cmd);
  addLockTimeoutOption(cmd);
  cmd
    .option('--auto-approve', 'apply without asking (required without a terminal)')
    .option('--parallelism <n>', 'most steps sending requests at once (steps waiting for a deployment, health or a deletion do not count); default: as many as requests may be in flight, which follows --rate-limit and the latency (8 at the default 200/min, up to 64)')
    .option('--timeout <duration>', 'per-step limit for deployments, health checks and deletes', '15m')
    .option('--no-wait', 'do not wait for deployments, health or deletions to finish (a deletion a create needs, e.g. to free its domains, is still waited for)')
    .option('--rollback-on-failure', 'when an application\'s deployment fails or never becomes healthy, roll it back to the version that ran before (as `rollback: onFailure` does; `rollback: off` opts an application out); the apply still exits 3')
    .addOption(new Option('--format <format>', 'progress output: human, or json (one event per line)').choices(['human', 'json']).default('human'))
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action(host.run(async (planFile: string | undefined, flags: ApplyFlags, io: CliIo) => {
      const parallelism = parsePositiveInt('--parallelism', flags.parallelism);
      const timeoutMs = parseDurationFlag('--timeout', flags.timeout);
      const lockTimeoutMs = parseDurationFlag('--lock-timeout', flags.lockTimeout);
      const scoped = [flags.target.length > 0 ? '--target' : '', flags.project !== undefined ? '--project' : '', flags.env !== undefined ? '--env' : ''].filter(Boolean);
      if (planFile && scoped.length > 0) {
        throw new AdoError(CODES.BAD_ARGUMENT.code, `${scoped.join(', ')} cannot be combined with a saved plan: it is applied with the scope it was planned with`, {
          hint: `apply ${planFile} alone, or plan again with the scope you want: ado-coolify plan ${scoped[0]} … --out ${planFile}`,
        });
      }
      const savedPlan = planFile ? await readSavedPlan(planFile, io) : undefined;
      const interactive = isInteractive(io);
      if (!savedPlan && !flags.autoApprove && !interactive) {
        throw new AdoError('ADO_NEEDS_APPROVAL', 'apply needs confirmation, and there is no terminal to ask on', {
          hint: 'pass --auto-approve, or apply a reviewed plan file: ado-coolify plan --out plan.json && ado-coolify apply plan.json',
        });
      }
      const options = planOptionsFromFlags(flags, io);
      // A given step bound fixes the requests in flight (never below 8); without one, both follow
      // the client's budget (src/coolify/in-flight-budget.ts).
      if (parallelism !== undefined) options.connection = { ...options.connection, maxConcurrency: Math.max(8, parallelism) };
      if (savedPlan && flags.file === 'ado.coolify.yaml') options.file = savedPlan.manifest.path;

      const graceful = new AbortController();
      const hard = new AbortController();
      let interrupts = 0;
      const onSigint = () => {
        interrupts += 1;
        if (interrupts === 1) {
          io.stderr.write('\nInterrupted: finishing running steps, starting no new ones (Ctrl-C again to stop waiting).\n');
          graceful.abort('interrupted (Ctrl-C)');
        } else if (interrupts === 2) hard.abort('interrupted twice');
        else io.exitNow(130);
      };
      const stopListening = [io.onSignal('SIGINT', onSigint), io.onSignal('SIGTERM', onSigint)];

      const json = flags.format === 'json';
      const { createProgressReporter } = await import('../../engine/progress-reporter.js');
      const { renderApplySummary } = await import('../../render/apply-progress.js');
      const reporter = createProgressReporter(io.stdout, json ? 'json' : io.stdout.isTTY ? 'tty' : 'lines');
      const { apply } = await import('../../engine/apply-run.js');
      try {
        const result = await apply({
          ...options,
          savedPlan,
          parallelism,
          timeoutMs,
          wait: flags.wait,
          rollbackOnFailure: flags.rollbackOnFailure === true,
          lockTimeoutMs,
          signal: graceful.signal,
          stepSignal: hard.signal,
          onEvent: (e) => reporter.onEvent(e),
          onLockWait: (m) => io.stderr.write(`${m}\n`),
          confirm: async (planned) => {
            if (!json) (await import('../print-plan.js')).printPlan(planned.plan, 'human', flags.color !== false, io);
            if (savedPlan || flags.autoApprove) return true;
            return askYes(io);
          },
        });
        reporter.close();
        if (flags.verbose) printRequestStats(result.client, io);
        const { applyResultExitCode } = await import('../../engine/apply-run.js');
        const { renderLockProblems } = await import('../../render/apply-progress.js');
        // Lost or unreleased locks: said after everything else, exit 3 (never 0).
        const reportLocks = (): number => {
          if (result.lockProblems.length === 0) return applyResultExitCode(result);
          if (json) for (const p of result.lockProblems) io.stdout.write(`${jsonText(JSON.stringify({ type: 'lock-problem', ...p }))}\n`);
          io.stderr.write(renderLockProblems(result.lockProblems));
          return applyResultExitCode(result);
        };
        if (result.stoppedBecause === 'no-changes') {
          const orphaned = result.plan.orphaned ?? [];
          if (!json) {
            const { renderOrphanedHuman } = await import('../../render/human.js');
            const { shouldUseColor } = await import('../../render/color.js');
            io.stdout.write(renderOrphanedHuman(result.plan, { color: flags.color !== false && shouldUseColor(io.stdout, io.env) }));
            io.stdout.write('No changes. Coolify matches the manifest.\n');
          } else {
            const kept = orphaned.length > 0 ? { orphaned: orphaned.map((o) => o.address ?? o.uuid) } : {};
            io.stdout.write(`${jsonText(JSON.stringify({ type: 'apply-finished', noChanges: true, ...kept }))}\n`);
          }
          return reportLocks();
        }
        if (result.stoppedBecause === 'declined') {
          io.stdout.write('Apply cancelled: nothing was changed.\n');
          return reportLocks();
        }
        const summary = result.summary!;
        if (!json) {
          const steps = new Map<string, PlanStep>(result.plan.steps.map((s) => [s.id, s]));
          io.stdout.write(`\n${renderApplySummary(summary, steps, result.lockProblems)}\n`);
        }
        return reportLocks();
      } catch (err) {
        reporter.close();
        if (!handleManifestError(err, flags.format, io)) throw err;
        return ExitCode.Error;
      } finally {
        for (const stop of stopListening) stop();
      }
    }));
}

async function readSavedPlan(path: string, io: CliIo): Promise<PlanJson> {
  let text: string;
  try {
    text = readFileSync(inCwd(io, path), 'utf8');
  } catch {
    throw new AdoError(CODES.PLAN_FILE_UNREADABLE.code, `cannot read the plan file ${path}`, { hint: 'create it with: ado-coolify plan --out plan.json' });
  }
  const { parsePlanJson } = await import('../../render/json.js');
  return parsePlanJson(text);
}

async function askYes(io: CliIo): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const answer = await rl.question('\nApply these changes? Only "yes" is accepted: ');
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
