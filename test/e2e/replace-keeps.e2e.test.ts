/**
 * Audit B3: a replace (an image app becoming a git app: delete + create) keeps what belongs to
 * the resource. Its env vars, scheduled tasks and storages are recreated on the new app before
 * it deploys, the plan lists all of them, and the apply converges (the next plan is clean).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (source: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          web:
            ${source}
            ports: [80]
            domains: [https://shop.example.com]
            env:
              DATABASE_URL: \${databases.db.internalUrl}
              DJANGO_SECRET_KEY: \${secrets.JWT_SECRET}
            storages:
              config: { type: file, mountPath: /etc/app.conf, content: "a = 1" }
            scheduledTasks:
              cleanup: { command: "echo hi", frequency: daily }
`;
const IMAGE = 'image: nginx:1.27';
const GIT = 'git: { repository: https://github.com/acme/shop, buildPack: dockerfile }';
const WEB = 'shop/production/application/web';

describe('an image app replaced by a git app', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'm.yaml');
  const api = async (path: string): Promise<unknown> => {
    const res = await fetch(`${sb.url}/api/v1${path}`, { headers: { authorization: `Bearer ${sb.token}` } });
    expect(res.status, path).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST(IMAGE));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
  });
  afterAll(async () => {
    await sb.close();
  });

  it('plans the env vars, the task and the storage with the replace', async () => {
    writeFileSync(file, MANIFEST(GIT));
    const out = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(out.status, out.stderr).toBe(0);
    const plan = JSON.parse(out.stdout) as PlanJson;
    const web = plan.resourceChanges.find((c) => c.address === WEB)!;
    expect(web.action).toBe('replace');
    expect(web.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['env.DATABASE_URL', 'env.DJANGO_SECRET_KEY']));
    for (const sub of [`${WEB}#task/cleanup`, `${WEB}#storage/config`]) {
      const change = plan.resourceChanges.find((c) => c.address === sub);
      expect(change?.action, sub).toBe('create');
    }
    const ids = plan.steps.map((s) => s.id);
    for (const id of [`${WEB}:env`, `${WEB}#task/cleanup:create`, `${WEB}#storage/config:create`]) {
      expect(ids, id).toContain(id);
      expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(`${WEB}:deploy`));
      expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf(`${WEB}:create`));
    }
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain(`+ ${WEB}#task/cleanup`);
    expect(human.stdout).toContain(`+ ${WEB}#storage/config`);
    expect(human.stdout).toContain('DATABASE_URL');
  });

  it('applies with env vars, task and storage on the new app, and converges', async () => {
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const apps = sb.store.world.applications.filter((a) => a.deleting_since === undefined && a.name === 'web');
    expect(apps).toHaveLength(1);
    const uuid = apps[0]!.uuid;
    // A git app keeps a preview copy of each variable (is_preview), as Coolify does.
    const envs = (await api(`/applications/${uuid}/envs`)) as { key: string; is_preview: boolean }[];
    expect(envs.filter((e) => !e.is_preview).map((e) => e.key).sort(), JSON.stringify(envs)).toEqual(['DATABASE_URL', 'DJANGO_SECRET_KEY']);
    const tasks = (await api(`/applications/${uuid}/scheduled-tasks`)) as { name: string }[];
    expect(tasks.map((t) => t.name)).toEqual(['cleanup']);
    const storages = (await api(`/applications/${uuid}/storages`)) as { file_storages?: { mount_path: string }[] };
    expect(JSON.stringify(storages)).toContain('/etc/app.conf');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
  });
});
