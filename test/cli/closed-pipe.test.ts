/** `ado-coolify … | head`: the reader closing the pipe early ends the CLI quietly, never with a stack trace. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../e2e/harness.js';

function runWithClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read nothing and close at once, as `head -0` would.
    child.stdout.destroy();
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed stdout pipe', () => {
  it.each([[['--help']], [['apply', '--help']], [['schema']]])('%j exits without a stack trace', async (args) => {
    const r = await runWithClosedStdout(args);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Unhandled/);
    expect(r.status).toBe(0);
  });
});
