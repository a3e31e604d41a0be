import { Command } from 'commander';
import { addConnectionOptions, addManifestOptions, type ConnectionCliOptions, type ManifestCliOptions, addLockTimeoutOption, lockTimeoutFromFlags } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { nowFromEnv } from '../../day2/clock.js';
import { lineProgress } from '../day2-support.js';
import { ExitCode } from '../../errors.js';
import type { CliIo, CommandHost } from '../io.js';

interface AutoscaleFlags extends ManifestCliOptions, ConnectionCliOptions {
  app?: string;
  env?: string;
  lockTimeout?: string;
  dryRun?: boolean;
}

/** `ado-coolify autoscale`: one scaling decision per run (cron, CI). */
export function registerAutoscale(program: Command, host: CommandHost): void {
  const cmd = program
    .command('autoscale')
    .description('read each autoscaled application\'s metric and make one scaling decision (for cron or CI)')
    .addHelpText(
      'after',
      `
Reads the metric (a Prometheus text endpoint sample, or a Redis list length), decides one step
within [min, max] after the cooldown, applies it, and records the action in the project shared
variable ADO_AUTOSCALE_<ENV>_<APP> (so runs are stateless). Prints one line per application.

Examples:
  ado-coolify autoscale
  ado-coolify autoscale --app workers --dry-run`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  addLockTimeoutOption(cmd);
  cmd
    .option('--app <name>', 'only this application')
    .option('--env <name>', 'only this environment (or pick the app when its name exists in several)')
    .option('--dry-run', 'decide and print, change nothing')
    .action(host.run(async (flags: AutoscaleFlags, io: CliIo) => {
      const progress = flags.dryRun ? undefined : await lineProgress(io);
      try {
        const { runAutoscale } = await import('../../day2/scale/autoscale-run.js');
        const outcomes = await runAutoscale({
          ...planOptionsFromFlags(flags, io),
          ...lockTimeoutFromFlags(flags),
          app: flags.app,
          dryRun: flags.dryRun === true,
          now: nowFromEnv(io.env),
          onEvent: progress?.onEvent,
        });
        progress?.close();
        for (const o of outcomes) io.stdout.write(`${o.line}${flags.dryRun && o.decision.target !== o.current ? ' [dry run]' : ''}\n`);
        return ExitCode.Ok;
      } catch (err) {
        progress?.close();
        if (!handleManifestError(err, 'human', io)) throw err;
        return ExitCode.Error;
      }
    }));
}
