import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { ExitCode } from '../errors.js';
import { reportError } from './report-error.js';

/** Builds the `ado-coolify` command tree. Each command lives in `src/cli/commands/`. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('ado-coolify')
    .description('Declarative desired-state reconciler for Coolify v4.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
  return program;
}

/** Runs the CLI; the only place that sets the process exit code. */
export async function runMain(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are normal exits
      process.exitCode = err.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
      return;
    }
    process.exitCode = reportError(err);
  }
}
