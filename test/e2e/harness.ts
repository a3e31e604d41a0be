/**
 * End-to-end harness: a sandbox Coolify in this process, and the CLI run in this process
 * (`runCli`: `main(args, io)` with captured output, test/cli/run-cli.ts) or as a child process of
 * the built `bin/ado-coolify.js` (`runCliProcess`, for what only a process shows: kill -9, a
 * closed pipe, Node options, signals). Children are spawned asynchronously: a synchronous spawn
 * would block this process and the in-process sandbox could not answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { runCliInProcess, type CliResult } from '../cli/run-cli.js';

export type { CliResult } from '../cli/run-cli.js';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'bin', 'ado-coolify.js');

/** Canary secrets for the ADO manifest: none of them may ever appear in any output. */
export const CANARIES = {
  JWT_SECRET: 'CANARY-jwt-7f3a9c',
  ANTHROPIC_API_KEY: 'CANARY-anthropic-51d2e8',
  AWS_ACCESS_KEY_ID: 'CANARY-awskey-0b4c6a',
  AWS_SECRET_ACCESS_KEY: 'CANARY-awssecret-93e1f7',
} as const;

/** Fast sandbox timings for tests. */
export const FAST_TIMINGS = {
  deploymentQueuedMs: 20,
  deploymentRunMs: 60,
  healthyAfterMs: 40,
  deleteAfterMs: 30,
  databaseStartMs: 30,
  serverValidateMs: 40,
};

/** Starts a sandbox with fast timings and no server-side rate limit unless asked. */
export function sandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, rateLimitPerMinute: 0, ...options, timings: { ...FAST_TIMINGS, ...options.timings } });
}

/** The environment a CLI child gets: the sandbox connection and the canary secrets. */
export function cliEnv(sb: Pick<Sandbox, 'url' | 'token'>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { GITHUB_ACTIONS: _g, NO_COLOR: _n, FORCE_COLOR: _f, ...base } = process.env;
  return { ...base, COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token, ...CANARIES, NO_COLOR: '1', ...extra };
}

/** How to run the CLI. */
export interface RunCliOptions {
  /** The child's whole environment (see `cliEnv`, or `minimalEnv` for a bare one). */
  env: NodeJS.ProcessEnv;
  /** Working directory; the repository root by default. */
  cwd?: string;
  /** The child is killed (SIGKILL) after this long; 120 s by default. */
  timeoutMs?: number;
  /** Called with the child's pid as soon as it runs (for `kill -9` tests). */
  onSpawn?: (pid: number) => void;
  /** Close the child's stdout at once, as `… | head -0` would. */
  closeStdout?: boolean;
  /** Node options before the CLI (e.g. `--import` of a clock shift). */
  nodeArgs?: string[];
}

/** Whether the options ask for something only a real process has (a pid, a pipe, Node options). */
export function needsProcess(options: RunCliOptions): boolean {
  return options.onSpawn !== undefined || options.closeStdout === true || (options.nodeArgs?.length ?? 0) > 0;
}

/**
 * Runs the CLI, in this process unless the options need a real one (`onSpawn`, `closeStdout`,
 * `nodeArgs`: then as `runCliProcess`). The same result either way.
 */
export function runCli(args: string[], options: RunCliOptions): Promise<CliResult> {
  if (needsProcess(options)) return runCliProcess(args, options);
  return runCliInProcess(args, { env: options.env, cwd: options.cwd ?? ROOT, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) });
}

/**
 * Runs the built CLI (`bin/ado-coolify.js`, `dist/`: `npm run build` first) as an async child
 * process; resolves when it exits. Asynchronous, so that a sandbox in this process keeps
 * answering while the child talks to it.
 */
export function runCliProcess(args: string[], options: RunCliOptions): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { cwd: options.cwd ?? ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, signal, stdout, stderr });
    });
  });
}

/** A bare environment for the CLI: PATH, no colour, and the given variables. */
export function minimalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...extra };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'ado-coolify-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Fails the test if any canary value appears in the given texts. */
export function findCanaries(...texts: string[]): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(CANARIES)) if (texts.some((t) => t.includes(value))) found.push(name);
  return found;
}

/** No line of the text looks like a JavaScript stack frame. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /^\s+at .+:\d+:\d+$/m.test(text);
}

/**
 * Records the sandbox holds more than once where Coolify would hold one, as `scope key` strings:
 * projects, environments per project, applications/databases/services per environment (one
 * namespace), S3 storages, storages per owner, env vars per owner (key and preview flag), shared
 * variables per scope; with `backupsOf`, databases with more backups than declared. A re-run or
 * a retried create that duplicated something shows up here.
 */
export function duplicates(sb: Sandbox, options: { backupsOf?: Readonly<Record<string, number>> } = {}): string[] {
  const w = sb.store.world;
  const out: string[] = [];
  const dup = (label: string, keys: string[]): void => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) out.push(`${label} ${k}`);
      seen.add(k);
    }
  };
  const alive = <T extends { deleting_since?: number }>(xs: T[]): T[] => xs.filter((x) => x.deleting_since === undefined);
  dup('project', w.projects.map((p) => p.name));
  dup('environment', w.environments.map((e) => `${e.project_id}/${e.name}`));
  // applications, databases and services share one namespace per environment
  dup('placed', [...alive(w.applications), ...alive(w.databases), ...alive(w.services)].map((r) => `${r.environment_id}/${r.name}`));
  dup('s3', w.s3Storages.map((s) => String(s.fields.name)));
  dup('storage', w.storages.map((s) => `${s.owner.kind}:${s.owner.id}/${String(s.fields.name ?? s.fields.mount_path)}`));
  dup('env', w.envVars.map((e) => `${e.owner.kind}:${e.owner.id}/${e.key}/${e.is_preview}`));
  dup('shared-env', w.sharedEnvs.map((e) => `${e.scope.kind}:${e.scope.id}/${e.key}`));
  if (options.backupsOf) {
    for (const db of w.databases) {
      const n = w.backups.filter((b) => b.database_id === db.id).length;
      const want = options.backupsOf[db.name] ?? 0;
      if (n > want) out.push(`backups of ${db.name}: ${n} (declared ${want})`);
    }
  }
  return out;
}
