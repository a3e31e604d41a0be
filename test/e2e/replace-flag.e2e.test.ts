/**
 * `--replace ADDR` (Terraform's -replace): an unchanged app is deleted and created again with
 * its env vars, task and storage; protected resources still need --allow-destroy; an address
 * the manifest does not declare is an error with did-you-mean; projects cannot be replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql, protect: true }
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            env:
              DATABASE_URL: \${databases.db.internalUrl}
              DJANGO_SECRET_KEY: \${secrets.JWT_SECRET}
            storages:
              config: { type: file, mountPath: /etc/app.conf, content: "a = 1" }
            scheduledTasks:
              cleanup: { command: "echo hi", frequency: daily }
`;
const WEB = 'shop/production/application/web';
const DB = 'shop/production/database/db';

describe('--replace', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'm.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
  });
  afterAll(async () => {
    await sb.close();
  });

  it('plans an unchanged app as a replace with its env vars, task and storage', async () => {
    const out = await runCli(['plan', '-f', file, '--replace', WEB, '--format', 'json'], { env: cliEnv(sb) });
    expect(out.status, out.stderr).toBe(0);
    const plan = JSON.parse(out.stdout) as PlanJson;
    const web = plan.resourceChanges.find((c) => c.address === WEB)!;
    expect(web).toMatchObject({ action: 'replace', actionReason: 'replace-requested' });
    expect(web.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['env.DATABASE_URL', 'env.DJANGO_SECRET_KEY']));
    for (const sub of [`${WEB}#task/cleanup`, `${WEB}#storage/config`]) {
      expect(plan.resourceChanges.find((c) => c.address === sub)?.action, sub).toBe('create');
    }
    expect(plan.resourceChanges.find((c) => c.address === DB)?.action).toBe('no-op');
  });

  it('applies: a new app with its env vars, and the next plan is clean', async () => {
    const before = sb.store.world.applications.find((a) => a.name === 'web')!.uuid;
    const applied = await runCli(['apply', '-f', file, '--replace', WEB, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const apps = sb.store.world.applications.filter((a) => a.deleting_since === undefined && a.name === 'web');
    expect(apps).toHaveLength(1);
    expect(apps[0]!.uuid).not.toBe(before);
    const res = await fetch(`${sb.url}/api/v1/applications/${apps[0]!.uuid}/envs`, { headers: { authorization: `Bearer ${sb.token}` } });
    const envs = ((await res.json()) as { key: string; is_preview: boolean }[]).filter((e) => !e.is_preview);
    expect(envs.map((e) => e.key).sort()).toEqual(['DATABASE_URL', 'DJANGO_SECRET_KEY']);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
  });

  it('a protected resource needs --allow-destroy', async () => {
    const refused = await runCli(['plan', '-f', file, '--replace', DB], { env: cliEnv(sb) });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    const allowed = await runCli(['plan', '-f', file, '--replace', DB, '--allow-destroy', '--format', 'json'], { env: cliEnv(sb) });
    expect(allowed.status, allowed.stderr).toBe(0);
    const plan = JSON.parse(allowed.stdout) as PlanJson;
    expect(plan.resourceChanges.find((c) => c.address === DB)).toMatchObject({ action: 'replace', actionReason: 'replace-requested' });
  });

  it('a saved plan with a replace applies (the fresh plan requests it again)', async () => {
    const saved = join(tempDir(), 'plan.json');
    const before = sb.store.world.applications.find((a) => a.deleting_since === undefined && a.name === 'web')!.uuid;
    const planned = await runCli(['plan', '-f', file, '--replace', WEB, '--out', saved], { env: cliEnv(sb) });
    expect(planned.status, planned.stderr).toBe(0);
    const applied = await runCli(['apply', saved], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const after = sb.store.world.applications.find((a) => a.deleting_since === undefined && a.name === 'web')!.uuid;
    expect(after).not.toBe(before);
  });

  it.each([
    ['shop/production/application/wbe', 'ADO510', `did you mean \`${WEB}\`?`],
    ['shop', 'ADO511', 'a project holds every resource'],
  ])('--replace %s is an error', async (address, code, hint) => {
    const out = await runCli(['plan', '-f', file, '--replace', address], { env: cliEnv(sb) });
    expect(out.status).toBe(1);
    expect(out.stdout + out.stderr).toContain(code);
    expect(out.stdout + out.stderr).toContain(hint);
  });
});
