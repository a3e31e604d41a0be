import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { reportError } from './report-error.js';
import { forwardParentOptions } from './parent-options.js';
import { jsonErrorReport, wantsJson } from './json-error.js';
import { jsonText } from '../render/sanitize.js';
import { addOptionAliases } from './options.js';
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
    })
    // Options after a subcommand's name belong to that subcommand (`import compose F -o OUT`),
    // never to a parent of the same option; subcommands inherit this when created below.
    .enablePositionalOptions()
    .hook('preAction', forwardParentOptions);
  registerValidate(program);
  registerPlan(program);
  registerApply(program);
  registerShow(program);
  registerDrift(program);
  registerSandbox(program);
  registerSchema(program);
  registerForceUnlock(program);
  registerInit(program);
  registerCiGithub(program);
  registerImport(program);
  registerExport(program);
  registerGraph(program);
  registerDeploy(program);
  registerPreviews(program);
  registerScale(program);
  registerAutoscale(program);
  registerStatus(program);
  registerLogs(program);
  addOptionAliases(program);
  // Subcommands inherit exitOverride and output settings.
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/** Runs the CLI; the only place that sets the process exit code. */
export async function runMain(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  const program = buildProgram();
  let actionCommand: Command | undefined;
  program.hook('preAction', (_root, action) => {
    actionCommand = action;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    let code: ExitCodeValue;
    if (err instanceof CommanderError) {
      // help and version "errors" are normal exits; commander has printed the others
      code = err.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
      if (code === ExitCode.Ok) {
        process.exitCode = code;
        return;
      }
    } else {
      code = reportError(err);
    }
    // `--format json`: a consumer reads stdout, so every failure puts an error object there too.
    if (wantsJson(actionCommand, argv.slice(2))) process.stdout.write(`${jsonText(JSON.stringify(jsonErrorReport(err, code)))}\n`);
    process.exitCode = code;
  }
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
