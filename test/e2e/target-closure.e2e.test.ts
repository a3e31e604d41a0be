/**
 * Audit M9: `--target` includes what the target needs. On an empty Coolify, targeting an app
 * also plans its project, its environment (Coolify's `production`, marked as managed, or a new
 * `staging`) and the database its env references; the apply succeeds and the app's env is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (env: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      ${env}:
        databases:
          db: { type: postgresql }
          cache: { type: redis }
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            domains: [https://shop.example.com]
            env:
              DATABASE_URL: \${databases.db.internalUrl}
              DJANGO_SECRET_KEY: \${secrets.JWT_SECRET}
            scheduledTasks:
              cleanup: { command: "echo hi", frequency: daily }
`;

describe.each(['production', 'staging'])('apply --target shop/%s/application/web on an empty Coolify', (env) => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('plans the project, the environment and the referenced database, applies, and sets the env', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST(env));
    const web = `shop/${env}/application/web`;
    const planned = await runCli(['plan', '-f', file, '--target', web, '--format', 'json'], { env: cliEnv(sb) });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const actions = Object.fromEntries(plan.resourceChanges.map((c) => [c.address, c.action]));
    expect(actions).toEqual({
      shop: 'create',
      [`shop/${env}`]: env === 'production' ? 'adopt' : 'create',
      [`shop/${env}/database/db`]: 'create',
      [web]: 'create',
      [`${web}#task/cleanup`]: 'create',
    });
    const db = plan.resourceChanges.find((c) => c.address === `shop/${env}/database/db`)!;
    expect(db.reason).toContain(`included for the targets: ${web} references it (env.DATABASE_URL)`);

    const applied = await runCli(['apply', '-f', file, '--target', web, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'web')!;
    const res = await fetch(`${sb.url}/api/v1/applications/${app.uuid}/envs`, { headers: { authorization: `Bearer ${sb.token}` } });
    const envs = ((await res.json()) as { key: string; value: string; is_preview: boolean }[]).filter((e) => !e.is_preview);
    expect(envs.map((e) => e.key).sort()).toEqual(['DATABASE_URL', 'DJANGO_SECRET_KEY']);
    expect(envs.find((e) => e.key === 'DATABASE_URL')!.value).toMatch(/^postgres:\/\//);
    // The untargeted, unreferenced redis stays out; the target converged.
    expect(sb.store.world.databases.map((d) => d.name)).toEqual(['db']);
    const again = await runCli(['plan', '-f', file, '--target', web, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
  });
});

describe('a plan saved with --target', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('applies with its targets (not stale against the whole manifest), and refuses another scope beside it', async () => {
    sb = await sandbox();
    const dir = tempDir();
    const file = join(dir, 'm.yaml');
    writeFileSync(file, MANIFEST('production'));
    const planFile = join(dir, 'plan.json');
    const web = 'shop/production/application/web';
    const saved = await runCli(['plan', '-f', file, '--target', web, '--out', planFile], { env: cliEnv(sb) });
    expect(saved.status, saved.stderr).toBe(0);
    const mixed = await runCli(['apply', planFile, '--target', 'shop/production/database/cache'], { env: cliEnv(sb) });
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('--target cannot be combined with a saved plan');
    expect(mixed.stderr).toContain('[ADO010]');
    const applied = await runCli(['apply', planFile], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(sb.store.world.databases.map((d) => d.name)).toEqual(['db']);
    expect(sb.store.world.applications.map((a) => a.name)).toEqual(['web']);
  });
});
