/**
 * Health in plan, drift and status (Argo's names, one mapping: src/model/health.ts). A managed
 * application stopped out of band has a matching configuration: the plan changes nothing and
 * exits 0, but shows it as Degraded; drift lists it (JSON `notHealthy`) without counting it as
 * drift; status shows the same health and exits 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { DriftReport, PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  demo:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          web: { image: "nginx:1.27", ports: [80] }
`;
const WEB = 'demo/production/application/web';
const DB = 'demo/production/database/db';

describe('health of managed resources (audit M2, Argo CD names)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'ado.coolify.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
  });
  afterAll(async () => {
    await sb.close();
  });

  it('after a converged apply: every existing resource is Healthy and the plan says nothing about it', async () => {
    const json = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(json.status, json.stdout).toBe(0);
    const plan = JSON.parse(json.stdout) as PlanJson;
    expect(plan.resourceChanges.find((c) => c.address === WEB)?.health).toBe('Healthy');
    expect(plan.resourceChanges.find((c) => c.address === DB)?.health).toBe('Healthy');
    expect(plan.resourceChanges.find((c) => c.kind === 'project')?.health).toBeUndefined();
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('No changes.');
    expect(human.stdout).not.toContain('Not healthy');
  });

  it('stopped out of band: plan and drift show it Degraded without counting it; status exits 2 with the same name', async () => {
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    const stop = await fetch(`${sb.url}/api/v1/applications/${web.uuid}/stop`, { method: 'POST', headers: { Authorization: `Bearer ${sb.token}` } });
    expect(stop.status).toBe(200);

    const json = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(json.status, json.stdout).toBe(0);
    expect((JSON.parse(json.stdout) as PlanJson).resourceChanges.find((c) => c.address === WEB)).toMatchObject({ action: 'no-op', health: 'Degraded' });
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain(`Not healthy in Coolify (1):\n  ! ${WEB} (Degraded)`);
    expect(human.stdout).toContain('No changes.');

    const drift = await runCli(['drift', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(drift.status, drift.stdout).toBe(0);
    expect((JSON.parse(drift.stdout) as DriftReport).notHealthy).toEqual([{ address: WEB, health: 'Degraded' }]);
    const driftHuman = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(driftHuman.stdout).toContain(`! ${WEB} (Degraded)`);

    const status = await runCli(['status', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(status.status).toBe(2);
    const rows = (JSON.parse(status.stdout) as { resources: Array<{ address: string; health: string }> }).resources;
    expect(rows.find((r) => r.address === WEB)?.health).toBe('Degraded');
    expect(rows.find((r) => r.address === DB)?.health).toBe('Healthy');
  });
});
