import { Command } from 'commander';
import { addConnectionOptions, addManifestOptions, parseDurationFlag, type ConnectionCliOptions, type ManifestCliOptions, addOptionAliases, addLockTimeoutOption, lockTimeoutFromFlags } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { ExitCode } from '../../errors.js';
import { lineProgress, parseCount, requireYesWithoutTty } from '../day2-support.js';
import type { CliIo, CommandHost } from '../io.js';

interface DeployFlags extends ManifestCliOptions, ConnectionCliOptions {
  env?: string;
  lockTimeout?: string;
  workers?: string;
  yes?: boolean;
  timeout: string;
  color?: boolean;
}

/** `ado-coolify deploy`: apply one environment (optionally with a worker count) and print its URLs. */
export function registerDeploy(program: Command, host: CommandHost): void {
  const cmd = program
    .command('deploy')
    .description('apply one environment of the manifest and print the resulting URLs')
    .addHelpText(
      'after',
      `
deploy = apply scoped to --env, with --workers N as --var WORKERS=N (the manifest must
read \`replicas: \${vars.WORKERS}\`), --yes = --auto-approve. At the end it prints the URLs (fqdn)
of the environment's applications. Exit codes as apply: 0, 1, 3 (partial).

Examples:
  ado-coolify deploy --env staging --yes
  ado-coolify deploy --env production --workers 5 --yes`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  addLockTimeoutOption(cmd);
  cmd
    .option('--env <name>', 'the environment to deploy (default: all of the manifest)')
    .option('--workers <n>', 'number of workers: sets --var WORKERS=N')
    .option('--yes', 'apply without asking (required without a terminal)')
    .option('--timeout <duration>', 'per-step limit for deployments and health checks', '15m')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action(host.run(async (flags: DeployFlags, io: CliIo) => {
      const workers = flags.workers === undefined ? undefined : parseCount('--workers', flags.workers);
      requireYesWithoutTty(flags.yes === true, 'deploy', io);
      const progress = await lineProgress(io);
      try {
        const { runDeploy } = await import('../../day2/deploy/deploy-run.js');
        const { createInterface } = await import('node:readline/promises');
        const out = await runDeploy({
          ...planOptionsFromFlags(flags, io),
          ...lockTimeoutFromFlags(flags),
          workers,
          timeoutMs: parseDurationFlag('--timeout', flags.timeout),
          onEvent: progress.onEvent,
          confirm: async (planned) => {
            (await import('../print-plan.js')).printPlan(planned.plan, 'human', flags.color !== false, io);
            if (flags.yes) return true;
            const rl = createInterface({ input: io.stdin, output: io.stdout });
            try {
              return (await rl.question('\nDeploy these changes? Only "yes" is accepted: ')).trim() === 'yes';
            } finally {
              rl.close();
            }
          },
        });
        progress.close();
        const { result, urls } = out;
        const { applyResultExitCode } = await import('../../engine/apply-run.js');
        const { renderLockProblems } = await import('../../render/apply-progress.js');
        if (result.stoppedBecause === 'declined') {
          io.stdout.write('Deploy cancelled: nothing was changed.\n');
          io.stderr.write(renderLockProblems(result.lockProblems));
          return result.lockProblems.length > 0 ? applyResultExitCode(result) : ExitCode.Error;
        }
        io.stdout.write(result.stoppedBecause === 'no-changes' ? 'No changes: Coolify already matches the manifest.\n' : 'Deployed.\n');
        io.stdout.write((await import('../../day2/deploy/urls.js')).renderDeployUrls(urls));
        io.stderr.write(renderLockProblems(result.lockProblems));
        return result.summary || result.lockProblems.length > 0 ? applyResultExitCode(result) : ExitCode.Ok;
      } catch (err) {
        progress.close();
        if (!handleManifestError(err, 'human', io)) throw err;
        return ExitCode.Error;
      }
    }));
  // `--environment` was this command's name for `--env`: both are accepted
  addOptionAliases(program);
}
