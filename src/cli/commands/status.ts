import { Command } from 'commander';
import { addConnectionOptions, addFormatOption, addManifestOptions, parseDurationFlag, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { CODES } from '../../model/diagnostic-codes.js';
import type { CliIo, CommandHost } from '../io.js';

interface StatusFlags extends ManifestCliOptions, ConnectionCliOptions {
  env?: string;
  format: 'human' | 'json';
  watch?: string | boolean;
  wait?: boolean;
  timeout?: string;
}

/** How long `status --wait` waits by default. */
const DEFAULT_WAIT_MS = 10 * 60_000;

/** `ado-coolify status`: status, health, domains and last deployment of every managed resource. */
export function registerStatus(program: Command, host: CommandHost): void {
  const cmd = program
    .command('status')
    .description('show status/health, domains and last deployment of every managed resource')
    .addHelpText(
      'after',
      `
Lists every application, database and service the manifest declares, and any other that it
manages (owned, in its projects). A declared resource Coolify does not have is listed as
\`missing\`. Healthy means a status of running:* that is not :unhealthy.

Exit codes: 0 every declared resource exists and none is unhealthy, 2 something is missing or
not healthy, 1 error. With --wait, waits (progress on stderr) until it is 0 or --timeout passes,
like \`kubectl rollout status\`: a CI smoke check after a deploy.
Read-only: the manifest's secrets need not be set.

Examples:
  ado-coolify status
  ado-coolify status --env production --format json
  ado-coolify status --wait --timeout 5m
  ado-coolify status --watch 10s`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  addFormatOption(cmd, ['human', 'json']);
  cmd
    .option('--env <name>', 'only this environment')
    .option('--watch [interval]', 'redraw every INTERVAL (default 5s) until Ctrl-C')
    .option('--wait', 'wait until every declared resource exists and is healthy (exit 2 at --timeout)')
    .option('--timeout <duration>', 'with --wait: how long to wait (default 10m)')
    .action(host.run(async (flags: StatusFlags, io: CliIo) => {
      const { openStatus } = await import('../../day2/status/collect.js');
      const { renderStatusTable, renderStatusJson, renderWaitingLine, statusFooter } = await import('../../day2/status/render.js');
      const { statusIsGood } = await import('../../day2/status/rows.js');
      const { AdoError, ExitCode } = await import('../../errors.js');
      const { formatDuration } = await import('../../apply/duration.js');
      const intervalMs = flags.watch === undefined || flags.watch === false ? undefined : flags.watch === true ? 5_000 : parseDurationFlag('--watch', flags.watch);
      if (flags.wait && intervalMs !== undefined) throw new AdoError(CODES.BAD_ARGUMENT.code, '--wait and --watch cannot be used together', { hint: '--wait is for CI (it ends), --watch for a terminal (until Ctrl-C)' });
      if (flags.timeout !== undefined && !flags.wait) throw new AdoError(CODES.BAD_ARGUMENT.code, '--timeout needs --wait', { hint: 'ado-coolify status --wait --timeout 5m' });
      const waitMs = parseDurationFlag('--timeout', flags.timeout) ?? DEFAULT_WAIT_MS;
      try {
        const source = await openStatus(planOptionsFromFlags(flags, io));
        const render = (rows: Awaited<ReturnType<typeof source.collect>>): string =>
          flags.format === 'json' ? renderStatusJson(rows, Date.now()) : renderStatusTable(rows, Date.now());
        const exitFor = (rows: Awaited<ReturnType<typeof source.collect>>): number => (statusIsGood(rows) ? ExitCode.Ok : ExitCode.Changes);
        if (flags.wait) {
          const started = Date.now();
          let delay = 1_000;
          for (;;) {
            const rows = await source.collect();
            const elapsed = Date.now() - started;
            if (statusIsGood(rows) || elapsed >= waitMs) {
              if (!statusIsGood(rows)) io.stderr.write(`status: still not healthy after ${formatDuration(elapsed)} (--timeout ${formatDuration(waitMs)}): ${statusFooter(rows)}\n`);
              io.stdout.write(render(rows));
              return exitFor(rows);
            }
            io.stderr.write(renderWaitingLine(rows, formatDuration(elapsed), formatDuration(waitMs)));
            await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, waitMs - elapsed))));
            delay = Math.min(delay * 1.5, 10_000);
          }
        }
        if (intervalMs === undefined) {
          const rows = await source.collect();
          io.stdout.write(render(rows));
          return exitFor(rows);
        }
        let stop = false;
        let code: number = ExitCode.Ok;
        const stopListening = io.onSignal('SIGINT', () => {
          stop = true;
        });
        while (!stop) {
          const rows = await source.collect();
          const text = render(rows);
          if (io.stdout.isTTY && flags.format !== 'json') io.stdout.write('\x1b[2J\x1b[H');
          io.stdout.write(flags.format === 'json' ? text : `${text}(every ${intervalMs / 1000}s; Ctrl-C to stop)\n`);
          code = exitFor(rows);
          await new Promise((r) => setTimeout(r, intervalMs));
        }
        stopListening();
        return code;
      } catch (err) {
        if (!handleManifestError(err, flags.format, io)) throw err;
        return ExitCode.Error;
      }
    }));
}
