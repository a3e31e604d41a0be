import { Command } from 'commander';
import { addConnectionOptions, addFormatOption, addManifestOptions, parseDurationFlag, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';

interface StatusFlags extends ManifestCliOptions, ConnectionCliOptions {
  env?: string;
  format: 'human' | 'json';
  watch?: string | boolean;
}

/** `ado-coolify status`: status, health, domains and last deployment of every managed resource. */
export function registerStatus(program: Command): void {
  const cmd = program
    .command('status')
    .description('show status/health, domains and last deployment of every managed resource')
    .addHelpText(
      'after',
      `
Lists the applications, databases and services this manifest manages (owned, in its projects).
Healthy means a status of running:* that is not :unhealthy.

Examples:
  ado-coolify status
  ado-coolify status --env production --format json
  ado-coolify status --watch 10s`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  addFormatOption(cmd, ['human', 'json']);
  cmd
    .option('--env <name>', 'only this environment')
    .option('--watch [interval]', 'redraw every INTERVAL (default 5s) until Ctrl-C')
    .action(async (flags: StatusFlags) => {
      const { collectStatus } = await import('../../day2/status/collect.js');
      const { renderStatusTable, statusJson } = await import('../../day2/status/render.js');
      const intervalMs = flags.watch === undefined || flags.watch === false ? undefined : flags.watch === true ? 5_000 : parseDurationFlag('--watch', flags.watch);
      const once = async (): Promise<string> => {
        const rows = await collectStatus(planOptionsFromFlags(flags));
        const now = Date.now();
        return flags.format === 'json' ? `${JSON.stringify(statusJson(rows, now), null, 2)}\n` : renderStatusTable(rows, now);
      };
      try {
        if (intervalMs === undefined) {
          process.stdout.write(await once());
          return;
        }
        let stop = false;
        const onSigint = (): void => {
          stop = true;
        };
        process.once('SIGINT', onSigint);
        while (!stop) {
          const text = await once();
          if (process.stdout.isTTY && flags.format !== 'json') process.stdout.write('\x1b[2J\x1b[H');
          process.stdout.write(flags.format === 'json' ? text : `${text}(every ${intervalMs / 1000}s; Ctrl-C to stop)\n`);
          await new Promise((r) => setTimeout(r, intervalMs));
        }
        process.off('SIGINT', onSigint);
      } catch (err) {
        if (!handleManifestError(err, flags.format)) throw err;
      }
    });
}
