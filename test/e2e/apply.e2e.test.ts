import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import { CANARIES, cliEnv, duplicates, findCanaries, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';

/** Parses `apply --format json` output: one event per line. */
function events(stdout: string): ApplyEvent[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as ApplyEvent);
}

describe('apply the ADO stack to an empty sandbox', () => {
  let sb: Sandbox;
  const outputs: string[] = [];
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
    expect(findCanaries(...outputs)).toEqual([]);
  });

  it('exits 0, creates every resource with its declared fields, in dependency order', async () => {
    const r = await runCli(['apply', '--auto-approve', '--format', 'json'], { env: cliEnv(sb) });
    outputs.push(r.stdout, r.stderr);
    expect(r.status, r.stderr).toBe(0);
    const evs = events(r.stdout);
    const started = evs.find((e) => e.type === 'apply-started');
    expect(started).toBeDefined();
    // Order: every step started only after each of its dependencies finished.
    const finishedAt = new Map<string, number>();
    const order: string[] = [];
    for (const e of evs) {
      if (e.type === 'step-finished') finishedAt.set(e.stepId, order.length);
      order.push(e.type === 'step-started' ? `start:${e.stepId}` : e.type);
    }
    const planSteps = (started as unknown as { steps: string[] }).steps;
    expect(planSteps.length).toBeGreaterThan(30);
    expect(evs.filter((e) => e.type === 'step-failed')).toEqual([]);

    const w = sb.store.world;
    const project = w.projects.find((p) => p.name === 'ado');
    expect(project).toBeDefined();
    const api = w.applications.find((a) => a.name === 'api-gateway' && a.fields.fqdn === 'https://api.ado.example.com,https://ws.ado.example.com:3001');
    expect(api?.fields).toMatchObject({ docker_registry_image_name: 'ghcr.io/dxheroes/ado/api-gateway', docker_registry_image_tag: '1.4.2', health_check_path: '/health', limits_memory: '2g' });
    // Secrets reach Coolify (and only Coolify).
    const jwt = w.envVars.find((e) => e.owner.kind === 'application' && e.owner.id === api!.id && e.key === 'JWT_SECRET' && !e.is_preview);
    expect(jwt?.value).toBe(CANARIES.JWT_SECRET);
    // References are materialised: DATABASE_URL points at the production postgres container.
    const pg = w.databases.find((d) => d.name === 'postgres' && d.environment_id === api!.environment_id);
    const dbUrl = w.envVars.find((e) => e.owner.kind === 'application' && e.owner.id === api!.id && e.key === 'DATABASE_URL' && !e.is_preview);
    expect(dbUrl?.value).toContain(`@${pg!.uuid}:5432/ado`);
    expect(w.applications.filter((a) => a.name.startsWith('workers-'))).toHaveLength(3);
    expect(w.backups).toHaveLength(1);
    expect(duplicates(sb)).toEqual([]);

    // Request log: a database's create POST precedes the POST of any app that references it.
    const log = sb.requestLog.map((q) => `${q.method} ${q.path}`);
    const firstDb = log.findIndex((l) => l.startsWith('POST /api/v1/databases/postgresql'));
    const firstApp = log.findIndex((l) => l.startsWith('POST /api/v1/applications/dockerimage'));
    expect(firstDb).toBeGreaterThan(log.findIndex((l) => l === 'POST /api/v1/projects'));
    expect(firstApp).toBeGreaterThan(firstDb);
  });

  it('steps start only after their dependencies finished', async () => {
    // a second, independent run on a fresh sandbox, checked through the event stream
    const sb2 = await sandbox();
    try {
      const r = await runCli(['apply', '--auto-approve', '--format', 'json', '--parallelism', '4'], { env: cliEnv(sb2) });
      outputs.push(r.stdout, r.stderr);
      expect(r.status, r.stderr).toBe(0);
      const evs = events(r.stdout);
      const apply = evs.find((e) => e.type === 'apply-started') as unknown as { steps: string[] };
      const doneIndex = new Map<string, number>();
      const startIndex = new Map<string, number>();
      evs.forEach((e, i) => {
        if (e.type === 'step-finished') doneIndex.set(e.stepId, i);
        if (e.type === 'step-started') startIndex.set(e.stepId, i);
      });
      expect(startIndex.size).toBe(apply.steps.length);
      // the full apply plan's dependencies, recomputed from a plan on an empty sandbox
      const sb3 = await sandbox();
      const fresh = await runCli(['plan', '--format', 'json'], { env: cliEnv(sb3) });
      await sb3.close();
      const all = (JSON.parse(fresh.stdout) as { steps: Array<{ id: string; dependsOn: string[] }> }).steps;
      for (const s of all) {
        for (const dep of s.dependsOn) expect(doneIndex.get(dep)!, `${s.id} after ${dep}`).toBeLessThan(startIndex.get(s.id)!);
      }
    } finally {
      await sb2.close();
    }
  });

  it('a second plan shows no changes', async () => {
    const r = await runCli(['plan', '--detailed-exitcode'], { env: cliEnv(sb) });
    outputs.push(r.stdout, r.stderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No changes');
  });

  it('refuses to apply without a terminal unless --auto-approve', async () => {
    const r = await runCli(['apply'], { env: cliEnv(sb) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--auto-approve');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

const SMALL = (withDb: boolean, image = 'nginx:1.27') => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
${withDb ? '          pg: { type: postgresql, image: "postgres:16-alpine", user: shop, database: shop, protect: true }\n' : '          {}\n'}        applications:
          web:
            image: ${image}
            ports: [80]
            env:
              GREETING: hello
${withDb ? '              DATABASE_URL: ${databases.pg.internalUrl}\n' : ''}`;

describe('safety and failure semantics on a small stack', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'shop.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  it('a database removed from the manifest is kept without --prune, and a protected one needs --allow-destroy too', async () => {
    writeFileSync(file, SMALL(true));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) })).status).toBe(0);
    writeFileSync(file, SMALL(false));
    // Pruning is opt-in: without --prune the dropped database is listed and kept.
    const kept = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/No longer in the manifest, kept without --prune \(1\):\n  shop\/production\/database\/pg /);
    const keptApply = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(keptApply.status, keptApply.stdout + keptApply.stderr).toBe(0);
    expect(sb.store.world.databases.filter((d) => d.name === 'pg' && d.deleting_since === undefined)).toHaveLength(1);
    const plan = await runCli(['plan', '-f', file, '--prune'], { env: cliEnv(sb) });
    expect(plan.status).toBe(1);
    // Each plan error once: in the plan body, not again on stderr (audit p2).
    expect((plan.stdout + plan.stderr).match(/ADO502/g)).toHaveLength(1);
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: cliEnv(sb) });
    expect(refused.status).toBe(1);
    expect(sb.store.world.databases.filter((d) => d.name === 'pg' && d.deleting_since === undefined)).toHaveLength(1);
    const allowed = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: cliEnv(sb) });
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
    expect(sb.store.world.databases.filter((d) => d.name === 'pg')).toHaveLength(0);
  });

  it('a failed deployment: exit 3, dependents skipped, log tail shown; a re-run converges', async () => {
    writeFileSync(file, SMALL(true, 'nginx:1.28'));
    sb.faults.set('fail-deploy=web');
    const failed = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(failed.status, failed.stdout).toBe(3);
    expect(failed.stdout).toMatch(/deploy shop\/production\/application\/web failed/);
    expect(failed.stdout).toMatch(/partially done|failed/);
    sb.faults.clear();
    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status).toBe(0);
    expect(duplicates(sb)).toEqual([]);
  });

  it('two concurrent applies of one project: one stops with a lock message; the state converges', async () => {
    writeFileSync(file, SMALL(true, 'nginx:1.29'));
    const [a, b] = await Promise.all([
      runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) }),
      runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([0, 1]);
    const loser = a.status === 1 ? a : b;
    expect(loser.stderr).toMatch(/locked by/);
    expect(loser.stderr).toContain('force-unlock');
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status).toBe(0);
    expect(duplicates(sb)).toEqual([]);
  });

  it('a second apply waits for the lock with --lock-timeout', async () => {
    // A deployment that runs for 4 s keeps the first apply holding the lock while the second
    // starts, however loaded the machine is (the second starts once the lock exists).
    const slow = await sandbox({ timings: { deploymentRunMs: 4000, healthyAfterMs: 100 } });
    try {
      writeFileSync(file, SMALL(true));
      expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(slow) })).status).toBe(0);
      writeFileSync(file, SMALL(true, 'nginx:1.30'));
      const first = runCli(['apply', '-f', file, '--auto-approve', '--lock-timeout', '60s'], { env: cliEnv(slow) });
      for (let i = 0; i < 1000 && !slow.store.world.sharedEnvs.some((e) => e.key === 'ADO_COOLIFY_LOCK_SHOP'); i++) await new Promise((r) => setTimeout(r, 10));
      const second = runCli(['apply', '-f', file, '--auto-approve', '--lock-timeout', '60s'], { env: cliEnv(slow) });
      const [a, b] = await Promise.all([first, second]);
      expect([a.status, b.status], a.stderr + b.stderr).toEqual([0, 0]);
      // the second one waited, then found nothing left to do
      expect(b.stderr).toContain('waiting for the apply lock');
      expect(b.stdout).toContain('No changes');
      expect(duplicates(slow)).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('killed with SIGKILL mid-apply: the next apply on this host sees the pid is gone, takes the lock over and converges', async () => {
    const sbk = await sandbox({ timings: { deploymentRunMs: 400, healthyAfterMs: 300 } });
    try {
      writeFileSync(file, SMALL(true));
      let pid = 0;
      const running = runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sbk), onSpawn: (p) => (pid = p) });
      // kill once some resources exist
      for (let i = 0; i < 200 && sbk.store.world.databases.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      process.kill(pid, 'SIGKILL');
      const killed = await running;
      expect(killed.signal).toBe('SIGKILL');
      const left = sbk.store.world.sharedEnvs.filter((e) => e.key === 'ADO_COOLIFY_LOCK_SHOP');
      expect(left).toHaveLength(1);
      const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sbk) });
      expect(again.status, again.stdout + again.stderr).toBe(0);
      expect(again.stderr).toContain(`taking over the apply lock of "shop" (lock id ${left[0]!.id})`);
      expect(again.stderr).toContain(`its process (pid ${pid} on this host) no longer exists`);
      expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sbk) })).status).toBe(0);
      expect(duplicates(sbk)).toEqual([]);
    } finally {
      await sbk.close();
    }
  });
});
