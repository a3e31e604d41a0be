import { Command } from 'commander';
import { addConnectionOptions, addManifestOptions, type ConnectionCliOptions, type ManifestCliOptions, addLockTimeoutOption, lockTimeoutFromFlags } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { AdoError, ExitCode } from '../../errors.js';
import { lineProgress, parseCount } from '../day2-support.js';
import type { CliIo, CommandHost } from '../io.js';

interface ScaleFlags extends ManifestCliOptions, ConnectionCliOptions {
  env?: string;
  lockTimeout?: string;
  yes?: boolean;
  swarm?: boolean;
  color?: boolean;
}

/** `ado-coolify scale APP N`: set an application's instance count by hand. */
export function registerScale(program: Command, host: CommandHost): void {
  const cmd = program
    .command('scale')
    .description('set the number of instances (NAME-1..NAME-N) of an application (plan only unless --yes)')
    .argument('<app>', 'application name in the manifest (or project/env/application/name)')
    .argument('<count>', 'number of instances')
    .addHelpText(
      'after',
      `
Each instance is a separate Coolify application (NAME-1..NAME-N). For an application with
autoscale, COUNT must be within [min, max]. For fixed replicas, the next \`apply\` of the manifest
returns to the declared count (like kubectl scale under GitOps).
Coolify's Docker Swarm replicas (swarm_replicas) cannot be set through its API.

Examples:
  ado-coolify scale workers 5
  ado-coolify scale workers 5 --env production --yes`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  addLockTimeoutOption(cmd);
  cmd
    .option('--env <name>', 'environment, when the name exists in several')
    .option('--yes', 'apply (otherwise show the plan only)')
    .option('--swarm', 'set Docker Swarm replicas instead (not possible: Coolify\'s API cannot)')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action(host.run(async (app: string, countText: string, flags: ScaleFlags, io: CliIo) => {
      if (flags.swarm) {
        throw new AdoError('ADO_SWARM_UNSUPPORTED', "Coolify's API cannot set Docker Swarm replicas: swarm_replicas is read-only (it is returned by GET but rejected by create and PATCH)", {
          hint: 'set them in the Coolify UI, or use instances without --swarm (separate applications NAME-1..NAME-N)',
        });
      }
      const count = parseCount('COUNT', countText);
      const progress = flags.yes ? await lineProgress(io) : undefined;
      try {
        const { runScale } = await import('../../day2/scale/scale-run.js');
        const out = await runScale({ ...planOptionsFromFlags(flags, io),
          ...lockTimeoutFromFlags(flags), app, count, yes: flags.yes === true, onEvent: progress?.onEvent });
        progress?.close();
        for (const w of out.warnings) io.stderr.write(`warning: ${w}\n`);
        if (out.current === out.target) {
          io.stdout.write(`no change: ${out.app.name} already has ${out.current} instance${out.current === 1 ? '' : 's'}\n`);
          return ExitCode.Ok;
        }
        if (!flags.yes && out.result) {
          (await import('../print-plan.js')).printPlan(out.result.plan, 'human', flags.color !== false, io);
          io.stdout.write(`\nDry run: ${out.app.name} ${out.current} → ${out.target}. Run again with --yes to apply.\n`);
          return ExitCode.Ok;
        }
        io.stdout.write(`${out.app.name}: ${out.current} → ${out.target} instances\n`);
        return ExitCode.Ok;
      } catch (err) {
        progress?.close();
        if (!handleManifestError(err, 'human', io)) throw err;
        return ExitCode.Error;
      }
    }));
}
