/**
 * Runs the CLI in this process: `main(args, io)` (src/cli/main.ts) with captured stdout and
 * stderr, a given environment and working directory. The same result shape as the process
 * runner (test/e2e/harness.ts `runCliProcess`), in a fraction of the time: no Node start, no
 * module loading per run. A sandbox in this process keeps answering while it runs (everything
 * is asynchronous).
 */
import { EventEmitter } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { CommandHost, processIo, type CliIo, type CliSignal } from '../../src/cli/io.js';

/** The output of one CLI run (the same as a child process's). */
export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How to run the CLI in-process. */
export interface InProcessOptions {
  /** The run's whole environment. */
  env: NodeJS.ProcessEnv;
  /** Working directory relative paths are resolved against; this process's by default. */
  cwd?: string;
  /** Resolves as if the run were killed (status null, SIGKILL) after this long; 120 s by default. */
  timeoutMs?: number;
}

/** A captured output stream: not a terminal, everything written kept in order. */
class Capture extends Writable {
  text = '';
  readonly isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += String(chunk);
    done();
  }
}

/** The io of one in-process run, and what it wrote. */
export function capturedIo(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): { io: CliIo; stdout: Capture; stderr: Capture } {
  const stdout = new Capture();
  const stderr = new Capture();
  const signals = new EventEmitter();
  const stdin = Object.assign(Readable.from([]), { isTTY: false });
  const io: CliIo = {
    stdout,
    stderr,
    stdin,
    env: { ...env },
    cwd,
    onSignal(signal: CliSignal, handler: () => void) {
      signals.on(signal, handler);
      return () => void signals.off(signal, handler);
    },
    exitNow(code: number): never {
      throw new Error(`the CLI asked to exit the process at once (code ${code}): run this case with runCliProcess`);
    },
  };
  return { io, stdout, stderr };
}

/** Runs `ado-coolify ARGS` in this process; resolves with its exit code and output. */
export async function runCliInProcess(args: readonly string[], options: InProcessOptions): Promise<CliResult> {
  const { io, stdout, stderr } = capturedIo(options.env, options.cwd);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<CliResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: null, signal: 'SIGKILL', stdout: stdout.text, stderr: stderr.text }), options.timeoutMs ?? 120_000);
  });
  try {
    return await Promise.race([
      main(args, io).then((status) => ({ status, signal: null, stdout: stdout.text, stderr: stderr.text })),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A command host on this process's streams (tests that register one command on a bare program). */
export function processHost(): CommandHost {
  return new CommandHost(
    processIo((code) => {
      throw new Error(`exitNow(${code}) in a test`);
    }),
  );
}
