/**
 * Audit B4: `scale` on an application with domains must not delete it. Replicas are separate
 * applications and cannot share a domain (ADO308), so `scale` refuses up front and changes
 * nothing, dry run or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            domains: [https://shop.example.com]
            env:
              DATABASE_URL: \${databases.db.internalUrl}
            scheduledTasks:
              cleanup: { command: "echo hi", frequency: daily }
          jobs:
            image: busybox:1.36
            ports: [8080]
`;

describe('scale on an application with domains', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'm.yaml');
  const liveApps = (): string[] => sb.store.world.applications.filter((a) => a.deleting_since === undefined).map((a) => a.name).sort();
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
  });
  afterAll(async () => {
    await sb.close();
  });

  it('is refused with ADO308, the reason and the way out, and changes nothing', async () => {
    const before = liveApps();
    expect(before).toEqual(['jobs', 'web']);
    for (const args of [['scale', 'web', '2', '-f', file], ['scale', 'web', '2', '-f', file, '--yes']]) {
      const out = await runCli(args, { env: cliEnv(sb) });
      expect(out.status, out.stdout + out.stderr).toBe(1);
      expect(out.stderr).toContain('ADO308');
      expect(out.stderr).toContain('has public domains');
      expect(out.stderr).toMatch(/hint: .*remove `domains`/);
      expect(out.stdout).not.toContain('web-1');
    }
    expect(liveApps()).toEqual(before);
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(0);
  });

  it('scales an internal worker by deleting the old instance only after the new ones are deployed', async () => {
    const oldUuid = sb.store.world.applications.find((a) => a.name === 'jobs')!.uuid;
    const from = sb.requestLog.length;
    const out = await runCli(['scale', 'jobs', '2', '-f', file, '--yes'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(liveApps()).toEqual(['jobs-1', 'jobs-2', 'web']);
    const log = sb.requestLog.slice(from).map((r) => `${r.method} ${r.path}`);
    const deleteAt = log.findIndex((l) => l.startsWith(`DELETE /api/v1/applications/${oldUuid}`));
    const deploys = log.map((l, i) => (l.includes('/deploy') ? i : -1)).filter((i) => i >= 0);
    expect(deleteAt, log.join('\n')).toBeGreaterThan(0);
    expect(deploys.length, log.join('\n')).toBeGreaterThanOrEqual(2);
    for (const i of deploys) expect(i).toBeLessThan(deleteAt);
  });
});
