/**
 * The loop of `serve` beyond one cycle: never two cycles at once (triggers during a cycle
 * queue exactly one more), and SIGTERM during an apply lets the running step finish, releases
 * the Coolify-side apply lock and exits 0 (the real CLI process, against the sandbox with
 * 100 ms per request so the cycle is still running when the signal comes).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { CLI, cliEnv, ROOT, sandbox, tempDir } from './harness.js';
import { ADMIN_TOKEN, startTestServe, status, TestRepo, waitFor, waitForCycle, type ServeUnderTest } from './serve-harness.js';

const manifest = (tag: string): string => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          api: { image: "nginx:${tag}", ports: [80] }
          web: { image: "nginx:${tag}", ports: [80], dependsOn: [api] }
`;
const sync = (url: string): Promise<Response> => fetch(new URL('/api/v1/sync', url), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });

describe('serve runs one cycle at a time', () => {
  let sb: Sandbox;
  let serve: ServeUnderTest;
  afterAll(async () => {
    await serve?.stop();
    await sb?.close();
  });

  it('triggers during a cycle queue exactly one more; the cycles never overlap', async () => {
    sb = await sandbox({ latency: { ms: 50 } });
    const repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': manifest('1.27') }, 'first');
    serve = await startTestServe(sb, repo.dir, { intervalMs: 600_000 });
    await waitForCycle(serve.url, 1);
    const first = await sync(serve.url);
    expect(first.status).toBe(202);
    const { cycle } = (await first.json()) as { cycle: number };
    const during = await Promise.all([sync(serve.url), sync(serve.url), sync(serve.url)]);
    expect(during.map((r) => r.status)).toEqual([409, 409, 409]);
    expect(await during[0]!.json()).toMatchObject({ error: 'a cycle is running', cycle, queued: true });
    await waitForCycle(serve.url, cycle + 1);
    // nothing more than the one queued cycle runs
    const s = await status(serve.url);
    expect(s.lastSync!.cycle).toBe(cycle + 1);
    expect(s.running).toBeNull();
    const cycles = (await (await fetch(new URL('/api/v1/history', serve.url))).json()) as { cycles: Array<{ cycle: number; trigger: string; startedAt: string; finishedAt: string }> };
    expect(cycles.cycles.map((c) => [c.cycle, c.trigger])).toEqual([[cycle + 1, 'manual'], [cycle, 'manual'], [1, 'startup']]);
    const ordered = [...cycles.cycles].reverse();
    for (let i = 1; i < ordered.length; i++) expect(Date.parse(ordered[i]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(ordered[i - 1]!.finishedAt));
  }, 120_000);
});

describe('serve on SIGTERM', () => {
  let sb: Sandbox;
  afterAll(async () => sb?.close());

  it('finishes the running step, releases the apply lock and exits 0', async () => {
    sb = await sandbox({ latency: { ms: 100 } });
    const repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': manifest('1.27') }, 'first');
    const dir = tempDir('ado-serve-term-');
    writeFileSync(join(dir, 'admin.token'), `${ADMIN_TOKEN}\n`, { mode: 0o600 });
    const child = spawn(process.execPath, [CLI, 'serve', '--repo', repo.dir, '--sync', 'auto', '--listen', '127.0.0.1:0', '--data-dir', join(dir, 'data'), '--admin-token-file', join(dir, 'admin.token'), '--interval', '10m'], {
      cwd: ROOT,
      env: cliEnv(sb),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await waitFor('the listen line', async () => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]);
    // the startup cycle applies the stack; SIGTERM once it holds the lock and has started writing
    await waitFor('the lock and a first write', async () => (sb.store.world.sharedEnvs.some((e) => e.key === 'ADO_COOLIFY_LOCK_SHOP') && sb.store.world.applications.length > 0 ? true : undefined));
    expect((await status(url)).running).not.toBeNull();
    child.kill('SIGTERM');
    expect(await exited, out).toBe(0);
    expect(sb.store.world.sharedEnvs.filter((e) => e.key.startsWith('ADO_COOLIFY_LOCK'))).toEqual([]);
    // the step that was running finished: no application is left half made (each has its image)
    for (const app of sb.store.world.applications) expect(app.fields.docker_registry_image_tag).toBe('1.27');
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);
});
