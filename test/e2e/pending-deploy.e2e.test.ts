/**
 * Audit M2, repro 2 and the stuck queue: an apply stopped after "set env vars" and before
 * "deploy" leaves the new env value in Coolify, undeployed; a deployment whose job was lost
 * stays `queued` for ever. Both are read from what Coolify stores (the env row's updated_at
 * against the last deployment's created_at; the deployment's status and age by Coolify's
 * clock): the next plan shows the redeploy, the next apply does it, then the plan is clean.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const manifest = (foo: string): string => `version: 1
defaults: { server: main }
projects:
  demo:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27", ports: [80], env: { FOO: "${foo}" } }
          other: { image: "nginx:1.27", ports: [80], env: { BAR: "1" } }
`;
const WEB = 'demo/production/application/web';

async function planJson(sb: Sandbox, file: string): Promise<{ status: number | null; plan: PlanJson }> {
  const r = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
  return { status: r.status, plan: JSON.parse(r.stdout) as PlanJson };
}

describe('pending deployments Coolify stores (audit M2)', () => {
  let sb: Sandbox;
  let offsetMs = 0;
  const file = join(tempDir(), 'ado.coolify.yaml');
  beforeEach(async () => {
    sb = await sandbox();
    offsetMs = 0;
    // The sandbox runs on a clock the test moves forward (Coolify's timestamps have second precision).
    sb.setClock(() => Date.now() + offsetMs);
  });
  afterEach(async () => {
    await sb.close();
  });

  it('an apply stopped between "set env vars" and "deploy": the next plan says "changes not deployed yet" and apply redeploys', async () => {
    writeFileSync(file, manifest('1'));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    // Right after a converged apply the plan is clean: the env writes precede the deploy.
    expect((await planJson(sb, file)).status).toBe(0);

    offsetMs += 5_000;
    writeFileSync(file, manifest('2'));
    // The deploy never reaches Coolify (as with Ctrl-C or kill -9 after the env step): the new
    // value is stored, no deployment is queued.
    sb.faults.set('error=1:500@POST /deploy');
    const stopped = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(stopped.status, stopped.stdout + stopped.stderr).toBe(3);
    sb.faults.set('');

    offsetMs += 5_000;
    const from = sb.requestLog.length;
    const { status, plan } = await planJson(sb, file);
    expect(status).toBe(2);
    const web = plan.resourceChanges.find((c) => c.address === WEB)!;
    expect(web).toMatchObject({ action: 'redeploy', actionReason: 'changes-not-deployed', reason: 'redeploy: changes not deployed yet', consequences: ['redeploy'] });
    expect(plan.resourceChanges.find((c) => c.address === 'demo/production/application/other')?.action).toBe('no-op');
    expect(plan.steps.map((s) => s.id)).toEqual([`${WEB}:deploy`]);
    // Derived from reads the plan makes anyway: one deployment list per owned app, no more.
    expect(sb.requestLog.slice(from).filter((r) => r.path.startsWith('/api/v1/deployments/applications/'))).toHaveLength(2);
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('redeploy: changes not deployed yet');

    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(sb.store.world.deployments.filter((d) => d.application_name === 'web')).toHaveLength(2);
    offsetMs += 5_000;
    expect((await planJson(sb, file)).status).toBe(0);
  });

  it('a deployment stuck in the queue for longer than Coolify\'s deployment timeout: "never finished"; apply cancels it and deploys', async () => {
    writeFileSync(file, manifest('1'));
    sb.faults.set('stuck-deploy=web');
    const first = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    sb.faults.set('');
    // Still young: it may yet run, nothing is planned.
    expect((await planJson(sb, file)).status).toBe(0);

    offsetMs += 2 * 3600_000;
    const { status, plan } = await planJson(sb, file);
    expect(status).toBe(2);
    expect(plan.resourceChanges.find((c) => c.address === WEB)).toMatchObject({
      action: 'redeploy', actionReason: 'last-deployment-unfinished', reason: 'redeploy: last deployment never finished',
    });

    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    const webDeployments = sb.store.world.deployments.filter((d) => d.application_name === 'web');
    expect(webDeployments).toHaveLength(2);
    expect(webDeployments[0]!.cancelled_at).toBeDefined();
    expect((await planJson(sb, file)).status).toBe(0);
  });
});
