/**
 * Vitest globalSetup of the `real` project: ONE real Coolify for the whole run. It starts the
 * kit's `start.sh DIR` (or uses `ADO_COOLIFY_REAL_URL`), hands `{ url, token }` to the test
 * files through `provide('realCoolify')`, and stops it with `stop.sh DIR --purge` at teardown.
 * Without a real Coolify: in CI the run fails here; elsewhere every real test is skipped with
 * the reason as its note (reported as skipped, never as passed) and a banner says so.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { locateRealCoolify, REPO_ROOT } from './locate.js';

/** What the test files receive: a connection, or why there is none. */
export type RealCoolifyContext = { url: string; token: string; skip?: undefined } | { skip: string; url?: undefined; token?: undefined };

declare module 'vitest' {
  export interface ProvidedContext {
    realCoolify: RealCoolifyContext;
  }
}

/** start.sh installs packages with apt the first time (about 40 s), then takes about 15 s. */
const START_TIMEOUT_MS = 8 * 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script with no stdin, capturing its output, killing it after `timeoutMs`. */
function run(script: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('bash', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs / 1000} s)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}\n${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `COOLIFY_URL=...` and `COOLIFY_TOKEN=...` from start.sh's last lines. */
export function parseStartOutput(stdout: string): { url: string; token: string } | undefined {
  const lines = stdout.trim().split('\n').slice(-5);
  const value = (key: string) => lines.map((l) => l.trim()).find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
  const url = value('COOLIFY_URL');
  const token = value('COOLIFY_TOKEN');
  return url && token ? { url, token } : undefined;
}

/** The API answers `/version` with this token. */
async function answers(url: string, token: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/api/v1/version`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    return res.ok ? undefined : `GET ${url}/api/v1/version answered ${res.status}`;
  } catch (err) {
    return `GET ${url}/api/v1/version failed: ${(err as Error).message}`;
  }
}

/**
 * Coolify deletes resources in a queued job (DeleteResourceJob on the `high` queue), and
 * environments and projects only once they are empty; the kit runs no queue worker, so this
 * run starts one for that queue in the kit's app folder (`-q`: the kit's worker output path needs
 * a newer symfony/console). Deployments go to the same queue (`deployment_queue()`,
 * bootstrap/helpers/shared.php, `high` outside Coolify Cloud), where they would fail at SSH a
 * second later and the next plan would rightly ask to redeploy them. The kit runs no
 * deployments (its README): in the run's own copy of the app, deployments are sent to the
 * `deployments` queue Coolify Cloud uses, which no worker reads, so they stay queued, as the
 * README describes. Only the queue name changes; the API and its answers do not. Returns the
 * worker's stop function.
 */
function startQueueWorker(appDir: string): () => void {
  const helpers = join(appDir, 'bootstrap', 'helpers', 'shared.php');
  const source = readFileSync(helpers, 'utf8');
  const routed = source.replace("return isCloud() ? 'deployments' : 'high';", "return 'deployments';");
  if (routed === source && !source.includes("return 'deployments';")) {
    throw new Error(`the kit's deployment_queue() in ${helpers} is not as expected: cannot keep deployments off the worker's queue`);
  }
  writeFileSync(helpers, routed);
  const child = spawn('php', ['artisan', 'queue:work', '--queue=high', '-q', '--sleep=1'], { cwd: appDir, stdio: 'ignore' });
  child.on('error', (err) => process.stderr.write(`ado-coolify real suite: the queue worker did not start: ${err.message}\n`));
  return () => {
    child.kill('SIGTERM');
    // A job in progress (a deployment failing at SSH) may hold it: do not let it keep the run.
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
    child.unref();
  };
}

function banner(text: string): void {
  process.stderr.write(`\n\u001b[33m=== ado-coolify: ${text} ===\u001b[0m\n\n`);
}

/**
 * The kit's seeders insert GitLab Apps with explicit ids and leave PostgreSQL's sequence behind:
 * the first create after a fresh seed collides (Coolify answers 200 "Duplicate entry found.
 * Please use a different name."), whichever test comes first. One throwaway create moves the
 * sequence on, for the real suite and the differential one alike.
 */
async function warmGitlabAppSequence(real: { url: string; token: string }): Promise<void> {
  const headers = { Authorization: `Bearer ${real.token}`, Accept: 'application/json', 'Content-Type': 'application/json' };
  // The kit's PHP server can drop the very first connection after it starts (undici: "other
  // side closed", nothing read): try again a few times before giving up.
  let res: Response | undefined;
  for (let attempt = 1; res === undefined; attempt++) {
    try {
      res = await fetch(`${real.url}/api/v1/gitlab-apps`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `kit-warm-${process.pid}-${attempt}`, html_url: 'https://140.82.112.3' }),
      });
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 1_000 * attempt));
    }
  }
  const body = (await res.json().catch(() => undefined)) as { id?: unknown } | undefined;
  if (typeof body?.id === 'number') await fetch(`${real.url}/api/v1/gitlab-apps/${body.id}`, { method: 'DELETE', headers });
}

/** Starts (or finds) the real Coolify; returns the teardown. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const source = locateRealCoolify(REPO_ROOT, process.env);
  if (source.kind === 'unavailable') {
    if (source.mustRun) throw new Error(`the real-Coolify suite (test/real) must run here (CI=true) but cannot: ${source.reason}`);
    banner(`the real-Coolify suite (test/real) is NOT RUN (its tests are reported as skipped): ${source.reason}`);
    project.provide('realCoolify', { skip: `NOT RUN: ${source.reason}` });
    return undefined;
  }
  if (source.kind === 'running') {
    const problem = await answers(source.url, source.token);
    if (problem) throw new Error(`ADO_COOLIFY_REAL_URL does not answer as a Coolify API: ${problem}`);
    project.provide('realCoolify', { url: source.url, token: source.token });
    // The folder start.sh ran in, if known: process its deletions (see startQueueWorker).
    const kitDir = process.env['ADO_COOLIFY_REAL_DIR'];
    if (kitDir === undefined || kitDir === '') return undefined;
    const stopWorker = startQueueWorker(join(kitDir, 'app'));
    return async () => stopWorker();
  }
  const dir = mkdtempSync(join(tmpdir(), 'ado-coolify-real-kit-'));
  const started = await run(source.startScript, [dir], START_TIMEOUT_MS);
  const parsed = started.code === 0 ? parseStartOutput(started.stdout) : undefined;
  const stop = async () => {
    await run(source.stopScript, [dir, '--purge'], 60_000);
  };
  if (!parsed) {
    const tail = (s: string) => s.trim().split('\n').slice(-15).join('\n');
    await stop();
    throw new Error(
      `could not start the real Coolify with ${source.startScript} ${dir} (exit ${started.code}; it needs root and apt-get, ` +
        `see its README):\n--- stderr ---\n${tail(started.stderr)}\n--- stdout ---\n${tail(started.stdout)}`,
    );
  }
  const problem = await answers(parsed.url, parsed.token);
  if (problem) {
    await stop();
    throw new Error(`the real Coolify started by ${source.startScript} does not answer: ${problem}`);
  }
  raiseRateLimit(join(dir, 'app'));
  await warmGitlabAppSequence(parsed);
  project.provide('realCoolify', parsed);
  const stopWorker = startQueueWorker(join(dir, 'app'));
  return async () => {
    stopWorker();
    await stop();
  };
}

/**
 * Raises Coolify's per-token API limit (`API_RATE_LIMIT`, config/api.php; 200 a minute by
 * default) on the instance this run started: the suite's many short CLI processes and the
 * differential cases share one token, and each process keeps its own 200/min budget. The
 * development server reads `.env` on every request (no config cache), so this takes effect at once.
 */
function raiseRateLimit(appDir: string): void {
  appendFileSync(join(appDir, '.env'), '\nAPI_RATE_LIMIT=100000\n');
}
