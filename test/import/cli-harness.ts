/**
 * Test helpers: run the built CLI (`dist/`) as a child process with async `spawn` (the
 * sandbox runs in this process and must keep answering), and call the sandbox API directly.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a CLI run printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `import` is registered through `registerImport` (the lead wires it into `src/cli/main.ts`);
 * until then this shim adds it to the built program, exactly as main.ts would.
 */
const SHIM = `
const { buildProgram } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
const { registerImport } = await import(${JSON.stringify(join(ROOT, 'dist/cli/commands/import.js'))});
const { reportError } = await import(${JSON.stringify(join(ROOT, 'dist/cli/report-error.js'))});
const { CommanderError } = await import(${JSON.stringify(join(ROOT, 'node_modules/commander/esm.mjs'))});
const program = buildProgram();
if (!program.commands.some((c) => c.name() === 'import')) registerImport(program);
for (const cmd of program.commands) cmd.exitOverride();
try { await program.parseAsync(process.argv); } catch (err) {
  process.exitCode = err instanceof CommanderError ? (err.exitCode === 0 ? 0 : 1) : reportError(err);
}
`;

/** Runs `ado-coolify ARGS` in `cwd` with `env` added to a minimal environment. */
export function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  const viaShim = args[0] === 'import';
  const argv = viaShim ? ['--input-type=module', '-e', SHIM, 'ado-coolify', ...args] : [join(ROOT, 'bin/ado-coolify.js'), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A tiny client for the sandbox API (plain fetch, not this tool's client). */
export function sandboxApi(url: string, token: string) {
  return async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text) as T;
  };
}
