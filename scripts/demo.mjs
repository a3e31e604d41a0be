#!/usr/bin/env node
// The quick-start demo: starts the built-in sandbox Coolify, applies ado.coolify.yaml, shows
// that a second plan is clean, then bumps VERSION and shows the resulting plan.
// Runs the real CLI (bin/ado-coolify.js) as separate processes, as a user would.
import { spawn } from 'node:child_process';

/** Runs a child process without blocking this process (the sandbox lives here). */
function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...opts, stdio: opts.stdio ?? 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'ado-coolify.js');
const { startSandbox } = await import(join(root, 'dist', 'sandbox', 'index.js'));

const work = mkdtempSync(join(tmpdir(), 'ado-coolify-demo-'));
// Coolify's default API_RATE_LIMIT is 200 requests a minute per user; five commands in a row
// would spend most of the demo waiting for the window, so the demo raises it like
// API_RATE_LIMIT=1000 would on a real instance.
const sandbox = await startSandbox({ port: 0, stateFile: join(work, 'sandbox-state.json'), rateLimitPerMinute: 1000 });

// Demo secrets: placeholders for the values a real deployment keeps in its secret store.
const env = {
  ...process.env,
  COOLIFY_URL: sandbox.url,
  COOLIFY_TOKEN: sandbox.token,
  JWT_SECRET: 'demo-jwt-secret-not-for-production',
  ANTHROPIC_API_KEY: 'demo-anthropic-key',
  AWS_ACCESS_KEY_ID: 'demo-access-key',
  AWS_SECRET_ACCESS_KEY: 'demo-secret-key',
};

// Bold headings on a terminal only, as the CLI's own colour: never when piped, never with NO_COLOR.
const bold = process.stdout.isTTY === true && !process.env.NO_COLOR ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;

async function step(title, args, { allow = [0] } = {}) {
  process.stdout.write(`\n${bold(`━━ ${title}`)}\n$ ado-coolify ${args.join(' ')}\n\n`);
  const result = await run(process.execPath, [cli, ...args], { cwd: root, env, stdio: 'inherit' });
  if (!allow.includes(result.status ?? -1)) {
    process.stderr.write(`\ndemo: "ado-coolify ${args.join(' ')}" exited with ${result.status}\n`);
    return false;
  }
  return true;
}

let ok = true;
try {
  process.stdout.write(`Sandbox Coolify listening on ${sandbox.url}\n`);
  ok =
    (await step('1. Validate the manifest', ['validate', '-f', 'ado.coolify.yaml'])) &&
    (await step('2. Plan against an empty Coolify', ['plan', '-f', 'ado.coolify.yaml'], { allow: [0, 2] })) &&
    (await step('3. Apply it', ['apply', '-f', 'ado.coolify.yaml', '--auto-approve', '--timeout', '5m'])) &&
    (await step('4. Plan again: nothing to do', ['plan', '-f', 'ado.coolify.yaml', '--detailed-exitcode'])) &&
    (await step('5. Bump VERSION: image tags change, apps redeploy', ['plan', '-f', 'ado.coolify.yaml', '--var', 'VERSION=1.5.0', '--detailed-exitcode'], { allow: [2] }));
} finally {
  await sandbox.close();
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(ok ? '\nDemo finished: apply converged and the plan is exact.\n' : '\nDemo failed.\n');
process.exitCode = ok ? 0 : 1;
