/**
 * Issue 18: a deployment that fails shows the last lines of its log (visible entries only),
 * and with `rollback: onFailure` (or `apply --rollback-on-failure`) the application is rolled
 * back through Coolify's rollback endpoint to the version that ran before; the apply says both
 * outcomes and exits 3.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, findCanaries, runCli, sandbox, tempDir } from './harness.js';

const manifest = (tag: string, rollback?: string): string => `version: 1
defaults: { server: main }
projects:
  demo:
    environments:
      production:
        applications:
          web:
            image: "nginx:${tag}"
            ports: [80]
            env: { JWT_SECRET: "\${secrets.JWT_SECRET}", PLAIN: visible-value }${rollback ? `\n            rollback: ${rollback}` : ''}
`;
const WEB = 'demo/production/application/web';

describe('a failing deployment, with and without rollback', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'ado.coolify.yaml');
  beforeEach(async () => {
    sb = await sandbox();
    writeFileSync(file, manifest('1.27'));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    sb.faults.set('fail-deploy=web');
  });
  afterEach(async () => {
    await sb.close();
  });

  const web = () => sb.store.world.applications.find((a) => a.name === 'web')!;
  const rollbackImages = async (): Promise<{ current: string | null }> => {
    const r = await fetch(`${sb.url}/api/v1/applications/${web().uuid}/rollback-images`, { headers: { Authorization: `Bearer ${sb.token}` } });
    return (await r.json()) as { current: string | null };
  };
  const status = async (): Promise<string> => {
    const r = await fetch(`${sb.url}/api/v1/applications/${web().uuid}`, { headers: { Authorization: `Bearer ${sb.token}` } });
    return ((await r.json()) as { status: string }).status;
  };
  const rollbacks = () => sb.requestLog.filter((r) => r.method === 'POST' && r.path.endsWith('/rollback'));

  it('rollback: onFailure puts the previous image tag back, healthy, shows the log tail and exits 3', async () => {
    writeFileSync(file, manifest('1.28', 'onFailure'));
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    const text = out.stdout + out.stderr;
    expect(out.status, text).toBe(3);
    expect(text).toMatch(new RegExp(`deploy failed: deployment \\w+ of ${WEB} failed after [\\d.]+m?s: deployment failed; rolled back to 1\\.27: running:healthy`));
    expect(text).toContain('last log lines:');
    expect(text).toContain('Pulling image for version 1.28.');
    expect(text).toContain('Error: the new container exited with code 1');
    expect(text).not.toContain('sandbox-debug'); // a hidden entry
    // The crashing container printed its environment: the secret is scrubbed, the rest shown.
    expect(text).toContain('PLAIN=visible-value');
    expect(text).toContain('JWT_SECRET=[redacted]');
    expect(findCanaries(text)).toEqual([]);
    expect(rollbacks()).toHaveLength(1);
    expect(await rollbackImages()).toMatchObject({ current: '1.27' });
    expect(await status()).toBe('running:healthy');
    const rolled = sb.store.world.deployments.filter((d) => d.rollback);
    expect(rolled.map((d) => d.commit)).toEqual(['1.27']);
    // The configuration says 1.28 but 1.27 runs: the next plan is a redeploy, not "no changes".
    const planned = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(planned.status, planned.stdout + planned.stderr).toBe(2);
    expect(planned.stdout).toContain('redeploy: last deployment was a rollback');
    sb.faults.clear();
    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(await rollbackImages()).toMatchObject({ current: '1.28' });
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });

  it('without rollback the log tail is shown and nothing is rolled back', async () => {
    writeFileSync(file, manifest('1.28'));
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    const text = out.stdout + out.stderr;
    expect(out.status, text).toBe(3);
    expect(text).toContain('Pulling image for version 1.28.');
    expect(text).not.toContain('rolled back');
    expect(rollbacks()).toHaveLength(0);
  });

  it('--rollback-on-failure rolls back an application without `rollback:`, and --format json carries both outcomes and the tail', async () => {
    writeFileSync(file, manifest('1.28'));
    const out = await runCli(['apply', '-f', file, '--auto-approve', '--rollback-on-failure', '--format', 'json'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(3);
    const failed = out.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((e) => e.type === 'step-failed');
    expect(failed, out.stdout).toBeDefined();
    expect(failed!.error).toMatch(/; rolled back to 1\.27: running:healthy$/);
    expect(failed!.logTail).toContain('Pulling image for version 1.28.');
    expect(findCanaries(out.stdout, out.stderr)).toEqual([]);
    expect(rollbacks()).toHaveLength(1);
    expect(await rollbackImages()).toMatchObject({ current: '1.27' });
  });

  it('`rollback: off` wins over --rollback-on-failure', async () => {
    writeFileSync(file, manifest('1.28', 'off'));
    const out = await runCli(['apply', '-f', file, '--auto-approve', '--rollback-on-failure'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(3);
    expect(rollbacks()).toHaveLength(0);
  });
});
