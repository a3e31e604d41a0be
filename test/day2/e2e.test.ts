/**
 * Day-2 commands end to end: a sandbox Coolify in this process (127.0.0.1, port 0), a fake
 * metrics endpoint (127.0.0.1, port 0), the real CLI (dist/, test/e2e/harness.ts runCli)
 * as async child processes. Needs `npm run build` first.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { runCli, tempDir, type CliResult } from '../e2e/harness.js';

const DAY = 86_400_000;
const TIMINGS = { deploymentQueuedMs: 10, deploymentRunMs: 30, healthyAfterMs: 20, deleteAfterMs: 10, databaseStartMs: 10 };

let sb: Sandbox;
let metrics: Server;
let dir: string;
let offsetMs = 0;
const T0 = Date.now();

/** Runs `ado-coolify ARGS -f <the test manifest>` against the sandbox. */
function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  return runCli([...args, '-f', join(dir, 'ado.coolify.yaml')], {
    env: { ...process.env, COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token, NO_COLOR: '1', ...extraEnv },
  });
}

const apps = (): string[] => sb.store.world.applications.filter((a) => a.deleting_since === undefined).map((a) => a.name).sort();

function manifest(metricsUrl: string): string {
  return `version: 1
defaults: { server: main }
vars: { WORKERS: 2 }
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27-alpine
            ports: [80]
            domains: [https://web.example.com]
            previews:
              enabled: true
              urlTemplate: "pr-{{pr_id}}.preview.example.com"
              ttl: 7d
              env: { PREVIEW_ONLY: "yes" }
          workers:
            image: busybox:1.36
            ports: [9464]
            replicas: \${vars.WORKERS}
          queue:
            image: busybox:1.36
            ports: [9000]
            autoscale:
              min: 1
              max: 4
              metric: { prometheus: { url: "${metricsUrl}", query: 'queue_depth{queue="jobs"}' } }
              up: { above: 100 }
              down: { below: 10 }
              cooldown: 5m
      staging:
        applications:
          web:
            image: nginx:1.27-alpine
            ports: [80]
            domains: [https://web.staging.example.com]
`;
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, rateLimitPerMinute: 0, timings: TIMINGS, now: () => Date.now() + offsetMs });
  metrics = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end('# HELP queue_depth Jobs waiting\n# TYPE queue_depth gauge\nqueue_depth{queue="jobs"} 130\nqueue_depth{queue="other"} 5\n');
  });
  await new Promise<void>((r) => metrics.listen(0, '127.0.0.1', () => r()));
  // An environment-scoped deploy cannot create its project: create it as someone would in the UI.
  await fetch(`${sb.url}/api/v1/projects`, { method: 'POST', headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'shop' }) });
  dir = tempDir('ado-day2-');
  writeFileSync(join(dir, 'ado.coolify.yaml'), manifest(`http://127.0.0.1:${(metrics.address() as AddressInfo).port}/metrics`));
});

afterAll(async () => {
  await new Promise<void>((r) => metrics.close(() => r()));
  await sb.close();
});

describe('day-2 commands against the sandbox', () => {
  it('deploy: applies only the environment and prints its URLs', async () => {
    const r = await cli(['deploy', '--environment', 'production', '--workers', '2', '--yes']);
    expect(r.stderr).not.toContain(sb.token);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('https://web.example.com');
    expect(r.stdout).not.toContain('staging');
    expect(apps()).toEqual(['queue-1', 'web', 'workers-1', 'workers-2']);
  }, 60_000);

  it('preview-only env vars reach Coolify with is_preview: true', () => {
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    const vars = sb.store.world.envVars.filter((e) => e.owner.kind === 'application' && e.owner.id === web.id && e.key === 'PREVIEW_ONLY');
    expect(vars.map((v) => [v.value, v.is_preview])).toEqual([['yes', true]]);
  });

  it('--app resolution: an ambiguous name needs --env', async () => {
    const r = await cli(['previews', 'list', '--app', 'web']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('exists in several environments');
    expect(r.stderr).toContain('hint: pick one with --env');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('previews: deploy with a docker tag, list from history, prune by TTL (dry run, then --yes)', async () => {
    const old = await cli(['previews', 'deploy', '--app', 'web', '--env', 'production', '--pr', '5', '--tag', 'pr-5']);
    expect(old.status, old.stderr).toBe(0);
    expect(old.stdout).toContain('Preview #5 of web deployed (finished)');
    expect(old.stdout).toContain('URL: https://pr-5.preview.example.com');

    offsetMs = 5 * DAY; // the sandbox lives five days later: PR 12 is deployed then
    const fresh = await cli(['previews', 'deploy', '--app', 'web', '--env', 'production', '--pr', '12', '--tag', 'pr-12']);
    expect(fresh.status, fresh.stderr).toBe(0);

    const list = await cli(['previews', 'list', '--env', 'production', '--format', 'json']);
    expect(list.status, list.stderr).toBe(0);
    const doc = JSON.parse(list.stdout) as Array<{ app: string; previews: Array<{ pullRequestId: number; lastStatus: string; url: string }> }>;
    expect(doc).toHaveLength(1);
    expect(doc[0]!.previews.map((p) => [p.pullRequestId, p.lastStatus, p.url])).toEqual([
      [5, 'finished', 'https://pr-5.preview.example.com'],
      [12, 'finished', 'https://pr-12.preview.example.com'],
    ]);

    const now = { ADO_COOLIFY_NOW: new Date(T0 + 9 * DAY).toISOString() }; // PR 5: 9 days old; PR 12: 4 days
    const dry = await cli(['previews', 'prune', '--env', 'production'], now);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('web: would remove preview #5');
    expect(dry.stdout).not.toContain('#12');
    expect(sb.store.world.previews.map((p) => p.pull_request_id).sort()).toEqual([12, 5]);

    const yes = await cli(['previews', 'prune', '--env', 'production', '--yes'], now);
    expect(yes.status, yes.stderr).toBe(0);
    expect(yes.stdout).toContain('web: removed preview #5');
    expect(sb.store.world.previews.map((p) => p.pull_request_id)).toEqual([12]);
  }, 60_000);

  it('previews deploy without a preview or tag says Coolify has none', async () => {
    const r = await cli(['previews', 'deploy', '--app', 'web', '--env', 'production', '--pr', '77']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('did not deploy preview #77');
    expect(r.stderr).toContain('--tag');
  });

  it('scale: dry run shows the added instance, --yes converges, plan then shows exactly the removal', async () => {
    const dry = await cli(['scale', 'workers', '3', '--env', 'production']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('shop/production/application/workers-3');
    expect(dry.stdout).toContain('Dry run: workers 2 → 3');
    expect(apps()).toEqual(['queue-1', 'web', 'workers-1', 'workers-2']);

    const yes = await cli(['scale', 'workers', '3', '--env', 'production', '--yes']);
    expect(yes.status, yes.stderr).toBe(0);
    expect(yes.stderr).toContain('the next `ado-coolify apply` of the manifest returns it to 2');
    expect(apps()).toEqual(['queue-1', 'web', 'workers-1', 'workers-2', 'workers-3']);

    const plan = await cli(['plan', '--target', 'shop/production', '--format', 'json']);
    expect(plan.status, plan.stderr).toBe(0);
    const changes = (JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }> }).resourceChanges.filter((c) => c.action !== 'no-op');
    expect(changes.map((c) => [c.address, c.action])).toEqual([['shop/production/application/workers-3', 'delete']]);

    const swarm = await cli(['scale', 'workers', '3', '--swarm']);
    expect(swarm.status).toBe(1);
    expect(swarm.stderr).toContain('cannot set Docker Swarm replicas');
  }, 60_000);

  it('autoscale: one decision from the metrics endpoint, recorded; cooldown; no drift inside the range', async () => {
    const dry = await cli(['autoscale', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout.trim()).toBe('queue: 1 → 2 (queue_depth{queue="jobs"} 130 > 100) [dry run]');

    const run = await cli(['autoscale']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('queue: 1 → 2 (queue_depth{queue="jobs"} 130 > 100)');
    expect(apps()).toContain('queue-2');
    const state = sb.store.world.sharedEnvs.find((s) => s.key === 'ADO_AUTOSCALE_PRODUCTION_QUEUE');
    expect(JSON.parse(state!.value!)).toMatchObject({ from: 1, to: 2 });

    const again = await cli(['autoscale']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^no change: queue stays at 2 \(.*in cooldown/);

    const plan = await cli(['plan', '--target', 'shop/production/application/queue*', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);

    const out = await cli(['scale', 'queue', '9', '--env', 'production']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('autoscales within [1, 4]');
  }, 60_000);

  it('status --format json: every managed resource with status, domains and last deployment', async () => {
    const r = await cli(['status', '--env', 'production', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { formatVersion: string; resources: Array<Record<string, unknown>> };
    expect(doc.formatVersion).toBe('1.0');
    const web = doc.resources.find((x) => x.name === 'web')!;
    expect(web).toMatchObject({ address: 'shop/production/application/web', kind: 'application', environment: 'production', domains: ['https://web.example.com'] });
    expect(typeof web.status).toBe('string');
    expect(web.lastDeployment).toMatchObject({ status: expect.any(String), at: expect.any(String) });
    expect(doc.resources.map((x) => x.name)).toEqual(['queue-1', 'queue-2', 'web', 'workers-1', 'workers-2', 'workers-3']);
    const human = await cli(['status', '--env', 'production']);
    expect(human.stdout).toMatch(/^RESOURCE\s+KIND\s+HEALTH\s+STATUS\s+DOMAINS\s+LAST DEPLOYMENT/);
  }, 30_000);

  it('logs: a running application\'s lines; a stopped one is a clear error', async () => {
    const r = await cli(['logs', 'web', '--env', 'production', '--lines', '10']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Starting web');
    expect(r.stdout).toContain('Listening on port 80');
    const many = await cli(['logs', 'workers', '--env', 'production']);
    expect(many.stdout).toContain('[workers-1] Starting workers-1');

    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    web.run = { state: 'stopped', since: Date.now() + offsetMs };
    const stopped = await cli(['logs', 'web', '--env', 'production']);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('web is not running: Coolify serves logs of running applications only');
  }, 30_000);
});
