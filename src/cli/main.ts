import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { reportError } from './report-error.js';
import { forwardParentOptions } from './parent-options.js';
import { jsonErrorReport, wantsJson } from './json-error.js';
import { jsonText } from '../render/sanitize.js';
import { addOptionAliases } from './options.js';
import { CommandHost, processIo, type CliIo } from './io.js';
import { setValidatorLoader } from '../schema/validator.js';
import { cachedValidatorLoader } from '../engine/validator-cache.js';
import { registerValidate } from './commands/validate.js';
import { registerPlan } from './commands/plan.js';
import { registerApply } from './commands/apply.js';
import { registerShow } from './commands/show.js';
import { registerDrift } from './commands/drift.js';
import { registerSandbox } from './commands/sandbox.js';
import { registerSchema } from './commands/schema.js';
import { registerForceUnlock } from './commands/force-unlock.js';
import { registerInit } from './commands/init.js';
import { registerCiGithub } from './commands/ci-github.js';
import { registerImport } from './commands/import.js';
import { registerExport } from './commands/export.js';
import { registerPreviews } from './commands/previews.js';
import { registerScale } from './commands/scale.js';
import { registerAutoscale } from './commands/autoscale.js';
import { registerStatus } from './commands/status.js';
import { registerLogs } from './commands/logs.js';
import { registerDeploy } from './commands/deploy.js';
import { registerGraph } from './commands/graph.js';
import { registerServe } from './commands/serve.js';

/**
 * Builds the `ado-coolify` command tree. Each command lives in `src/cli/commands/` and gets the
 * run's io through `host`; without one (tests that only inspect the tree) a host on the process.
 */
export function buildProgram(host: CommandHost = new CommandHost(processIo(exitProcess))): Command {
  const io = host.io;
  const program = new Command();
  program
    .name('ado-coolify')
    .description('Declarative desired-state reconciler for Coolify v4.')
    .version(TOOL_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    // Options after a subcommand's name belong to that subcommand (`import compose F -o OUT`),
    // never to a parent of the same option; subcommands inherit this when created below.
    .enablePositionalOptions()
    .hook('preAction', forwardParentOptions);
  // `-V` was the version's short flag before `-v` (p10): still accepted, not shown. Options after
  // a subcommand's name are that subcommand's (enablePositionalOptions), so a subcommand's own
  // `-v`/`-V` is never taken for this one.
  program.addOption(new Option('-V').hideHelp());
  program.on('option:V', () => {
    io.stdout.write(`${TOOL_VERSION}\n`);
    throw new CommanderError(0, 'commander.version', TOOL_VERSION);
  });
  registerValidate(program, host);
  registerPlan(program, host);
  registerApply(program, host);
  registerShow(program, host);
  registerDrift(program, host);
  registerSandbox(program, host);
  registerSchema(program, host);
  registerForceUnlock(program, host);
  registerInit(program, host);
  registerCiGithub(program, host);
  registerImport(program, host);
  registerExport(program, host);
  registerGraph(program, host);
  registerDeploy(program, host);
  registerPreviews(program, host);
  registerScale(program, host);
  registerAutoscale(program, host);
  registerStatus(program, host);
  registerLogs(program, host);
  registerServe(program, host);
  addOptionAliases(program);
  // Subcommands inherit exitOverride and output settings.
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and io; returns the
 * exit code. Errors are reported on `io.stderr` (and, for `--format json`, as a JSON object on
 * `io.stdout`); nothing here touches the process.
 */
export async function main(args: readonly string[], io: CliIo): Promise<ExitCodeValue | number> {
  const host = new CommandHost(io);
  const program = buildProgram(host);
  let actionCommand: Command | undefined;
  program.hook('preAction', (_root, action) => {
    actionCommand = action;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return host.exitCode;
  } catch (err) {
    let code: ExitCodeValue;
    if (err instanceof CommanderError) {
      // help and version "errors" are normal exits; commander has printed the others
      code = err.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
      if (code === ExitCode.Ok) return code;
    } else {
      code = reportError(err, io.stderr, io.env);
    }
    // `--format json`: a consumer reads stdout, so every failure puts an error object there too.
    if (wantsJson(actionCommand, args)) io.stdout.write(`${jsonText(JSON.stringify(jsonErrorReport(err, code)))}\n`);
    return code;
  }
}

/** Runs the CLI in this process (bin/ado-coolify.js): the only place that sets the process exit code. */
export async function runMain(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  // the manifest validator from the build's code cache (src/engine/validator-cache.ts)
  setValidatorLoader(cachedValidatorLoader());
  process.exitCode = await main(argv.slice(2), processIo(exitProcess));
}

/** Ends the process at once with `code` (apply's third Ctrl-C). */
function exitProcess(code: number): never {
  process.exit(code);
}

/**
 * A reader that stops early (`ado-coolify plan | head`) closes our stdout: that is the reader's
 * choice, not an error of ours, so stop at once without Node's unhandled-EPIPE stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok);
      throw err;
    });
  }
}
