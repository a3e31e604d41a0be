import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, findCanaries, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';
import { expectGolden, normalizePlanOutput } from './golden.js';

/** Count of the ADO manifest's resources by kind, as lowered (workers: 3 replicas in production). */
function createsByKind(plan: PlanJson): Record<string, number> {
  const out: Record<string, number> = {};
  for (const rc of plan.resourceChanges) if (rc.action === 'create') out[rc.kind] = (out[rc.kind] ?? 0) + 1;
  return out;
}

describe('plan against the sandbox (ADO stack)', () => {
  let sb: Sandbox;
  let env: NodeJS.ProcessEnv;
  const outputs: string[] = [];
  const dir = tempDir();

  beforeAll(async () => {
    sb = await sandbox({ token: '1|e2e-fixed-token-for-stable-plan-hashes' });
    env = cliEnv(sb);
  });
  afterAll(async () => {
    await sb.close();
    // Every output of this suite, including saved plans, is free of canary secrets.
    expect(findCanaries(...outputs)).toEqual([]);
  });

  const cli = async (args: string[], extraEnv: Record<string, string> = {}) => {
    const r = await runCli(args, { env: { ...env, ...extraEnv } });
    outputs.push(r.stdout, r.stderr);
    return r;
  };

  it('on an empty Coolify: every resource to create, the right count, golden renderings', async () => {
    const planFile = join(dir, 'plan.json');
    const json = await cli(['plan', '--format', 'json', '--out', planFile, '--detailed-exitcode']);
    expect(json.status).toBe(2);
    const plan = JSON.parse(json.stdout) as PlanJson;
    expect(createsByKind(plan)).toEqual({
      project: 1,
      environment: 1, // staging; production comes with the project and is adopted
      s3Storage: 1,
      database: 4,
      backup: 1,
      application: 10,
      storage: 6,
    });
    expect(plan.resourceChanges.find((r) => r.address === 'ado/production')?.action).toBe('adopt');
    // production comes with the project: counted and shown with the create, never as an adopt (ux p2)
    expect(plan.summary.add).toBe(25);
    expect(plan.summary.adopt).toBe(0);
    outputs.push(readFileSync(planFile, 'utf8'));

    const human = await cli(['plan']);
    const markdown = await cli(['plan', '--format', 'markdown']);
    expectGolden('plan-empty.txt', normalizePlanOutput(human.stdout, sb.url));
    expectGolden('plan-empty.md', normalizePlanOutput(markdown.stdout, sb.url));
    // `show` renders the saved plan's Markdown exactly as `plan` did, graph included: the plan
    // file carries its edges (issue 15 item 7).
    const shownMarkdown = await cli(['show', planFile, '--format', 'markdown']);
    expect(shownMarkdown.status).toBe(0);
    expect(markdown.stdout).toContain('```mermaid');
    expect(shownMarkdown.stdout).toBe(markdown.stdout);
    expectGolden('plan-empty.json', normalizePlanOutput(json.stdout, sb.url));

    const shown = await cli(['show', planFile]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('25 to add');
  });

  it('converges: apply, then "No changes" with exit 0', async () => {
    const applied = await cli(['apply', '--auto-approve']);
    expect(applied.status, applied.stderr).toBe(0);
    const again = await cli(['plan', '--detailed-exitcode']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('No changes');
  });

  it('a VERSION bump gives exactly the image-tag updates and their redeploys', async () => {
    const r = await cli(['plan', '--var', 'VERSION=1.5.0', '--format', 'json', '--detailed-exitcode']);
    expect(r.status).toBe(2);
    const plan = JSON.parse(r.stdout) as PlanJson;
    const changed = plan.resourceChanges.filter((rc) => rc.action !== 'no-op');
    expect(changed.length).toBeGreaterThan(0);
    for (const rc of changed) {
      expect(rc.action).toBe('update');
      expect(rc.changes.map((c) => c.label)).toEqual(['image.tag']);
      expect(rc.changes[0]).toMatchObject({ before: '1.4.2', after: '1.5.0' });
      expect(rc.consequences).toEqual(['redeploy']);
    }
    // every application whose image uses ${vars.VERSION}: api-gateway, orchestrator, workers (×3 + staging ×1)
    expect(changed.map((rc) => rc.address).sort()).toEqual([
      'ado/production/application/api-gateway',
      'ado/production/application/orchestrator',
      'ado/production/application/workers-1',
      'ado/production/application/workers-2',
      'ado/production/application/workers-3',
      'ado/staging/application/api-gateway',
      'ado/staging/application/orchestrator',
      'ado/staging/application/workers',
    ]);
    expect(plan.steps.map((s) => s.op).sort()).toEqual([...Array(8).fill('deploy'), ...Array(8).fill('update')].sort());
  });

  it('an out-of-band change shows as exactly that one field', async () => {
    const app = sb.store.world.applications.find((a) => a.name === 'orchestrator' && a.fields.health_check_path === '/health');
    expect(app).toBeDefined();
    app!.fields.health_check_path = '/changed-by-hand';
    sb.store.save();
    const r = await cli(['plan', '--format', 'json', '--detailed-exitcode']);
    expect(r.status).toBe(2);
    const plan = JSON.parse(r.stdout) as PlanJson;
    const changed = plan.resourceChanges.filter((rc) => rc.action !== 'no-op');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.changes).toHaveLength(1);
    expect(changed[0]!.changes[0]).toMatchObject({ label: 'healthCheck.path', before: '/changed-by-hand', after: '/health' });
    app!.fields.health_check_path = '/health';
    sb.store.save();
  });

  it('makes at most 8 + P + 2A requests (P projects, A applications)', async () => {
    const before = sb.requestLog.length;
    const r = await cli(['plan', '--detailed-exitcode']);
    expect(r.status).toBe(0);
    const requests = sb.requestLog.slice(before);
    const P = 1;
    const A = 10;
    // The ADO stack also declares storages on 5 applications: one storage list each.
    const storageLists = requests.filter((q) => /\/storages$/.test(q.path)).length;
    expect(storageLists).toBe(5);
    // One deployment list per owned application (its last deployment: audit M2).
    const deploymentLists = requests.filter((q) => q.path.startsWith('/api/v1/deployments/applications/')).length;
    expect(deploymentLists).toBe(A);
    expect(requests.length - storageLists - deploymentLists).toBeLessThanOrEqual(8 + P + A);
  });

  it('saved plans carry no secret and are refused when stale', async () => {
    const planFile = join(dir, 'stale.json');
    const made = await cli(['plan', '--var', 'VERSION=1.6.0', '--out', planFile]);
    expect(made.status).toBe(0);
    const text = readFileSync(planFile, 'utf8');
    outputs.push(text);
    const saved = JSON.parse(text) as PlanJson;
    expect(saved.manifest.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.liveFingerprint).toBeTruthy();
    const db = sb.store.world.databases.find((d) => d.name === 'redis');
    db!.fields.limits_memory = '3g';
    sb.store.save();
    const applied = await cli(['apply', planFile, '--var', 'VERSION=1.6.0']);
    expect(applied.status).toBe(1);
    expect(applied.stderr).toContain('stale');
    expect(applied.stderr).toContain('Coolify changed since the plan was made');
    expect(hasStackTrace(applied.stderr)).toBe(false);
    db!.fields.limits_memory = '1g';
    sb.store.save();
  });

  it('error paths print no stack trace and no secret', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nprojects:\n  ado:\n    environments:\n      production:\n        applications:\n          api: { image: "x:${secrets.JWT_SECRET}", helthCheck: {} }\n');
    const results = await Promise.all([
      cli(['plan', '-f', bad]),
      cli(['plan', '--target', 'ado/nowhere/application/none']),
      cli(['plan'], { COOLIFY_TOKEN: '1|wrong-token' }),
      cli(['plan'], { COOLIFY_URL: 'http://127.0.0.1:1' }),
      cli(['plan', '--var', 'NOEQUALS']),
      cli(['show', join(dir, 'missing.json')]),
    ]);
    for (const r of results) {
      expect(r.status).toBe(1);
      expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
      expect(r.stderr).toMatch(/error|ADO\d+/);
    }
  });
});
