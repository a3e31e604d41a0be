/**
 * What a CLI command may touch of the outside world: its output streams, input, environment,
 * working directory and signals. Commands receive a CliIo instead of reading `process`, so the
 * whole CLI runs in-process too (tests: test/cli/run-cli.ts), and `main()` returns the exit
 * code instead of setting it: only `runMain` (src/cli/main.ts) touches `process.exitCode`.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, type ExitCodeValue } from '../errors.js';

/** An output stream of the CLI (stdout or stderr). */
export type CliOutput = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** The signals a long-running command listens to (Ctrl-C, `kill`). */
export type CliSignal = 'SIGINT' | 'SIGTERM';

/** The outside world of one CLI run. */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Read by the interactive prompts (apply, deploy, init, force-unlock). */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The environment: COOLIFY_URL/COOLIFY_TOKEN, `${env.X}`, secrets, NO_COLOR, CI variables. */
  env: Record<string, string | undefined>;
  /** The working directory relative paths of flags are resolved against (never `process.chdir`). */
  cwd: string;
  /** Listens to a signal; returns the function that stops listening. */
  onSignal(signal: CliSignal, handler: () => void): () => void;
  /** Ends the run at once with this code (apply's third Ctrl-C): the process exits. */
  exitNow(code: number): never;
}

/** Whether both stdin and stdout are terminals (someone can answer a prompt). */
export function isInteractive(io: CliIo): boolean {
  return io.stdin.isTTY === true && io.stdout.isTTY === true;
}

/**
 * The path to open for a path the user gave: relative to `io.cwd`. Unchanged when `io.cwd` is
 * the process's own directory (so messages that quote the path keep the user's spelling).
 */
export function inCwd(io: Pick<CliIo, 'cwd'>, path: string): string {
  const absolute = resolve(io.cwd, path);
  return absolute === resolve(path) ? path : absolute;
}

/** The CliIo of the running process: its streams, environment, directory and signals. */
export function processIo(exitNow: (code: number) => never): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onSignal(signal, handler) {
      process.on(signal, handler);
      return () => void process.off(signal, handler);
    },
    exitNow,
  };
}

/** A command's handler: commander's arguments (positionals, then the flags) and the io; returns the exit code. */
export type CommandHandler<A extends unknown[]> = (...args: [...A, CliIo]) => Promise<ExitCodeValue | number | void>;

/**
 * Hands a command's handler to commander: `cmd.action(host.run(async (flags, io) => …))`. The
 * handler gets the run's io and returns its exit code (nothing for 0); the host records it for
 * `main()` to return.
 */
export class CommandHost {
  /** The exit code the last handler returned (0 until one ran). */
  exitCode: number = ExitCode.Ok;

  constructor(readonly io: CliIo) {}

  /** Wraps a handler as a commander action. */
  run<A extends unknown[]>(handler: CommandHandler<A>): (...args: [...A, Command]) => Promise<void> {
    return async (...args) => {
      // commander passes the Command itself last: replaced by the io
      const given = args.slice(0, -1) as unknown as A;
      const code = await handler(...given, this.io);
      this.exitCode = code ?? ExitCode.Ok;
    };
  }
}
