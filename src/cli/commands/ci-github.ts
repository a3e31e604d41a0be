import type { Command } from 'commander';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/**
 * `ado-coolify ci github`: the entry point of the GitHub Action (`action.yml`). Reads the
 * Action inputs from `INPUT_*` variables, runs plan/apply/drift, comments on the pull
 * request, writes the step summary, annotations and outputs. Registered as subcommand
 * `github` of a `ci` command (created here unless another module created it first).
 */
export function registerCiGithub(program: Command, host: CommandHost): void {
  const ci =
    program.commands.find((c) => c.name() === 'ci') ??
    program.command('ci').description('run inside a CI system (used by the GitHub Action)');
  ci.command('github')
    .description('run as the GitHub Action: inputs from INPUT_* env vars, PR comment, step summary, outputs')
    .addHelpText(
      'after',
      `
Inputs (environment): INPUT_COMMAND (plan|apply|drift), INPUT_MANIFEST, INPUT_WORKING-DIRECTORY, INPUT_VARS
(NAME=value lines), INPUT_SECRETS-FILE, INPUT_GITHUB-TOKEN, INPUT_FAIL-ON-CHANGES, INPUT_COMMENT-ON-NO-CHANGES,
INPUT_PARALLELISM, INPUT_TIMEOUT. Hyphens may also be written as underscores.
The Coolify token comes from COOLIFY_TOKEN, the URL from COOLIFY_URL or the manifest.
Exit codes: 0 success (changes too, unless fail-on-changes), 1 error, 2 changes with fail-on-changes, 3 partial apply.
See docs/ci.md.`,
    )
    .action(host.run(async (_flags: object, io: CliIo) => {
      const [{ runGithubAction }, { createEngineRunner }, fs] = await Promise.all([
        import('../../github/action.js'),
        import('../../github/engine-runner.js'),
        import('node:fs/promises'),
      ]);
      const graceful = new AbortController();
      const onSignal = (): void => graceful.abort('cancelled');
      const stopListening = [io.onSignal('SIGINT', onSignal), io.onSignal('SIGTERM', onSignal)];
      try {
        return await runGithubAction({
          env: io.env,
          runCommand: createEngineRunner({ stdout: io.stdout, signal: graceful.signal, cwd: io.cwd }),
          writeFile: (p, d) => fs.writeFile(inCwd(io, p), d),
          appendFile: (p, d) => fs.appendFile(inCwd(io, p), d),
          readFile: (p) => fs.readFile(inCwd(io, p), 'utf8'),
          stdout: (t) => void io.stdout.write(t),
        });
      } finally {
        for (const stop of stopListening) stop();
      }
    }));
}
