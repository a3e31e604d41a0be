import { Command } from 'commander';
import { addConnectionOptions, addManifestOptions, parseDurationFlag, parsePositiveInt, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { ExitCode } from '../../errors.js';
import type { CliIo, CommandHost } from '../io.js';

interface LogsFlags extends ManifestCliOptions, ConnectionCliOptions {
  env?: string;
  lines: string;
  follow?: boolean;
  interval: string;
}

/** `ado-coolify logs APP`: an application's container logs. */
export function registerLogs(program: Command, host: CommandHost): void {
  const cmd = program
    .command('logs')
    .description("print an application's logs (running applications only)")
    .argument('<app>', 'application name in the manifest (or project/env/application/name)')
    .addHelpText(
      'after',
      `
Coolify serves the logs of running applications only (a stopped one answers 400).
For a replica set (NAME-1..NAME-N) every instance's lines are printed, prefixed with its name.
--follow polls and prints only new lines.

Examples:
  ado-coolify logs api-gateway --lines 200
  ado-coolify logs workers --env production --follow`,
    );
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  cmd
    .option('--env <name>', 'environment, when the name exists in several')
    .option('--lines <n>', 'how many lines', '100')
    .option('--follow', 'keep polling and print new lines until Ctrl-C')
    .option('--interval <duration>', 'poll interval with --follow', '2s')
    .action(host.run(async (app: string, flags: LogsFlags, io: CliIo) => {
      const lines = parsePositiveInt('--lines', flags.lines) ?? 100;
      const intervalMs = parseDurationFlag('--interval', flags.interval) ?? 2_000;
      try {
        const { resolveLogSources, fetchLogLines, followLogs } = await import('../../day2/logs/logs-run.js');
        const { client, sources } = await resolveLogSources({ ...planOptionsFromFlags(flags, io), app });
        if (flags.follow) {
          const stop = new AbortController();
          const onSigint = (): void => stop.abort();
          const stopListening = [io.onSignal('SIGINT', onSigint), io.onSignal('SIGTERM', onSigint)];
          try {
            await followLogs(client, sources, { lines, intervalMs, signal: stop.signal, write: (l) => io.stdout.write(`${l}\n`) });
          } finally {
            for (const s of stopListening) s();
          }
          return ExitCode.Ok;
        }
        const { formatLogLine } = await import('../../day2/logs/follow.js');
        for (const s of sources) {
          for (const l of await fetchLogLines(client, s, lines)) io.stdout.write(`${formatLogLine(sources.length > 1 ? s.name : undefined, l)}\n`);
        }
        return ExitCode.Ok;
      } catch (err) {
        if (!handleManifestError(err, 'human', io)) throw err;
        return ExitCode.Error;
      }
    }));
}
