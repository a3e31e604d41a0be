import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { addConnectionOptions, addFormatOption, addManifestOptions, addScopeOptions, addReplaceOption, addPruneOption, addPolicyOption, addAllowDestroyOption, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags, printRequestStats } from '../run-context.js';
import { ExitCode } from '../../errors.js';
import { handleManifestError } from '../print-diagnostics.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

interface PlanFlags extends ManifestCliOptions, ConnectionCliOptions {
  target: string[];
  replace: string[];
  project?: string;
  env?: string;
  out?: string;
  format: 'human' | 'markdown' | 'json';
  detailedExitcode?: boolean;
  allowDestroy?: boolean;
  prune?: boolean;
  policy: string[];
  color?: boolean;
}

/** `ado-coolify plan`: what apply would change, read-only. */
export function registerPlan(program: Command, host: CommandHost): void {
  const cmd = program
    .command('plan')
    .description('show what apply would change in Coolify (reads only)')
    .addHelpText(
      'after',
      `
Exit codes: 0 success (with --detailed-exitcode: no changes), 1 error, 2 changes present (--detailed-exitcode),
4 a policy rule at level error is violated (--policy, policy: in the manifest).
The token comes from $COOLIFY_TOKEN or --token-file; the URL from $COOLIFY_URL or coolify.url in the manifest.

Examples:
  ado-coolify plan
  ado-coolify plan --var VERSION=1.5.0 --out plan.json
  ado-coolify plan --env staging --format markdown > plan.md`,
    );
  addManifestOptions(cmd);
  addScopeOptions(cmd);
  addReplaceOption(cmd);
  addPruneOption(cmd);
  addPolicyOption(cmd);
  addAllowDestroyOption(cmd);
  addConnectionOptions(cmd);
  addFormatOption(cmd, ['human', 'markdown', 'json']);
  cmd
    .option('--out <path>', 'save the plan as JSON (no secret values) for `ado-coolify apply <path>`')
    .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none')
    .option('--no-color', 'no colour in human output (also NO_COLOR=1)')
    .action(host.run(async (flags: PlanFlags, io: CliIo) => {
      const { plan } = await import('../../engine/plan-run.js');
      try {
        const result = await plan(planOptionsFromFlags(flags, io));
        if (flags.out) writeFileSync(inCwd(io, flags.out), (await import('../../render/json.js')).renderPlanJson(result.plan));
        (await import('../print-plan.js')).printPlan(result.plan, flags.format, flags.color !== false, io);
        if (flags.out && flags.format !== 'json') io.stderr.write(`Saved the plan to ${flags.out}. Apply it with: ado-coolify apply ${flags.out}\n`);
        if (flags.verbose) printRequestStats(result.client, io);
        const errors = result.plan.diagnostics.some((d) => d.severity === 'error');
        if (errors) {
          // The human plan already shows each error with its hint: print it once (audit p2).
          // JSON and Markdown bodies are for files and tools, so stderr says it for people.
          const failed = result.plan.diagnostics.filter((x) => x.severity === 'error');
          if (flags.format !== 'human') for (const d of failed) {
            io.stderr.write(`error: ${d.message} [${d.code}]\n${d.hint ? `hint: ${d.hint}\n` : ''}`);
          }
          // stderr still says that it failed, once, without repeating the errors
          else io.stderr.write(`error: the plan has ${failed.length} error${failed.length === 1 ? '' : 's'}, shown above; it cannot be applied\n`);
          // Only policy violations: their own exit code, so CI tells them from broken input.
          const { isPolicyViolation } = await import('../../model/diagnostic.js');
          return failed.every(isPolicyViolation) ? ExitCode.Policy : ExitCode.Error;
        }
        else if (flags.detailedExitcode) {
          const { planHasChanges } = await import('../../render/actions.js');
          return planHasChanges(result.plan) ? ExitCode.Changes : ExitCode.Ok;
        }
        return ExitCode.Ok;
      } catch (err) {
        if (!handleManifestError(err, flags.format, io)) throw err;
        return ExitCode.Error;
      }
    }));
}
