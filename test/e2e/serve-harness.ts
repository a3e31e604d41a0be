/**
 * Helpers of the `serve` end-to-end tests: a git repository made by the test with the system
 * `git`, `serve` started in this process against the sandbox, HTTP calls, signed webhooks,
 * and waiting for a condition (never for a time).
 */
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startServe, type RunningServe, type ServeConfig } from '../../src/serve/app.js';
import type { ServeStatus } from '../../src/serve/types.js';
import { CANARIES, cliEnv, tempDir } from './harness.js';

/** A git repository in a temp dir, with one commit per `commit` call. */
export class TestRepo {
  readonly dir = tempDir('ado-serve-repo-');

  constructor(branch = 'main') {
    this.git('init', '--quiet', '-b', branch);
    this.git('config', 'user.email', 'test@example.invalid');
    this.git('config', 'user.name', 'test');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: this.dir, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  /** Writes the files and commits them; returns the commit sha. */
  commit(files: Record<string, string>, message = 'change'): string {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    this.git('add', '-A');
    this.git('commit', '--quiet', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
}

/** What a test's serve wrote to its log. */
export interface ServeUnderTest {
  running: RunningServe;
  url: string;
  logs: string[];
  dataDir: string;
  stop(): Promise<void>;
}

/** The admin token and webhook secret of the tests (canaries too: never in any output). */
export const ADMIN_TOKEN = 'CANARY-admin-token-6c1f0e';
export const WEBHOOK_SECRET = 'CANARY-webhook-secret-2b7d94';

/** Starts serve in this process against the sandbox. */
export async function startTestServe(sb: Pick<Sandbox, 'url' | 'token'>, repo: string, overrides: Partial<ServeConfig> = {}): Promise<ServeUnderTest> {
  const logs: string[] = [];
  const dataDir = overrides.dataDir ?? tempDir('ado-serve-data-');
  const env = cliEnv(sb) as Record<string, string | undefined>;
  const running = await startServe({
    repo,
    branch: 'main',
    paths: ['ado.coolify.yaml'],
    policy: 'auto',
    intervalMs: 60_000,
    host: '127.0.0.1',
    port: 0,
    dataDir,
    cwd: process.cwd(),
    adminToken: ADMIN_TOKEN,
    webhookSecret: WEBHOOK_SECRET,
    base: { env, allowDestroy: false, connection: {} },
    applyExtras: { pollInitialMs: 10, pollMaxMs: 50 },
    secrets: [sb.token],
    log: (line) => logs.push(line),
    ...overrides,
  });
  return { running, url: running.url, logs, dataDir, stop: () => running.stop() };
}

/** GET as JSON. */
export async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T; text: string; headers: Headers }> {
  const res = await fetch(new URL(path, base));
  const text = await res.text();
  return { status: res.status, body: (text.startsWith('{') ? JSON.parse(text) : undefined) as T, text, headers: res.headers };
}

/** The status document. */
export async function status(base: string): Promise<ServeStatus> {
  return (await getJson<ServeStatus>(base, '/api/v1/status')).body;
}

/** Waits until `check` returns a value (polling every 25 ms); fails after `timeoutMs` with the last seen value. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    last = v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until a cycle numbered at least `cycle` has finished. */
export async function waitForCycle(base: string, cycle: number): Promise<ServeStatus> {
  return waitFor(`cycle ${cycle} to finish`, async () => {
    const s = await status(base);
    return s.lastSync !== null && s.lastSync.cycle >= cycle && s.running === null ? s : undefined;
  });
}

/** A GitHub push webhook for the branch, signed with `secret` (or unsigned). */
export function githubPush(base: string, branch: string, options: { secret?: string; signature?: string; after?: string } = {}): Promise<Response> {
  const body = JSON.stringify({ ref: `refs/heads/${branch}`, after: options.after ?? '0'.repeat(40), repository: { full_name: 'acme/infra' } });
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-GitHub-Event': 'push' };
  if (options.signature !== undefined) headers['X-Hub-Signature-256'] = options.signature;
  else if (options.secret !== undefined) headers['X-Hub-Signature-256'] = `sha256=${createHmac('sha256', options.secret).update(body).digest('hex')}`;
  return fetch(new URL('/hooks/github', base), { method: 'POST', headers, body });
}

/** Every canary value (manifest secrets, admin token, webhook secret, the sandbox token) found in the texts. */
export function leakedSecrets(sbToken: string, ...texts: string[]): string[] {
  const values: Record<string, string> = { ...CANARIES, ADMIN_TOKEN, WEBHOOK_SECRET, COOLIFY_TOKEN: sbToken };
  const bar = sbToken.indexOf('|');
  if (bar >= 0) values.COOLIFY_TOKEN_SECRET = sbToken.slice(bar + 1);
  return Object.entries(values).filter(([, v]) => texts.some((t) => t.includes(v))).map(([k]) => k);
}

/**
 * The serve tests' stack: a PostgreSQL database and an `api` application on `nginx:TAG`, with
 * the env lines given (canary secrets) and more applications (YAML lines under
 * `applications:`, indented by 10).
 */
export function shopManifest(tag: string, options: { env?: string[]; apps?: string[] } = {}): string {
  const env = options.env && options.env.length > 0 ? `            env:\n${options.env.map((l) => `              ${l}\n`).join('')}` : '';
  return `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          api:
            image: "nginx:${tag}"
            ports: [80]
${env}${(options.apps ?? []).map((l) => `          ${l}\n`).join('')}`;
}
