/**
 * The quick start's second command, `npm run demo`, as a new user runs it (piped, as in CI):
 * it converges, prints each step, and writes no escape codes when stdout is not a terminal
 * (UX audit p3: the README says colour only on a TTY). `npm test` builds dist/ first.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';
import { spawn } from 'node:child_process';

function runDemo(env: NodeJS.ProcessEnv): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => resolve({ status, out }));
  });
}

describe('npm run demo', () => {
  it('converges, shows every step and writes no escape codes when piped', async () => {
    const { GITHUB_ACTIONS: _g, FORCE_COLOR: _f, NO_COLOR: _n, ...env } = process.env;
    const r = await runDemo(env);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('━━ 1. Validate the manifest');
    expect(r.out).toContain('Demo finished: apply converged and the plan is exact.');
    expect(r.out).not.toContain('\u001b');
    expect(r.out).not.toContain('demo-jwt-secret-not-for-production');
  }, 120_000);
});
