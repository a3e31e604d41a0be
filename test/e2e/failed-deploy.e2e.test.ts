/**
 * Audit M2: a failed deployment is still pending work. The next plan shows the app with
 * "redeploy: last deployment failed" (and `--detailed-exitcode` is 2), and the next apply
 * redeploys it; once the deployment succeeds, the plan is clean.
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
  demo:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27", ports: [80], env: { FOO: "1" } }
          other: { image: "nginx:1.27", ports: [80] }
`;
const WEB = 'demo/production/application/web';

describe('a failed deployment', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'ado.coolify.yaml');
  beforeAll(async () => {
    sb = await sandbox({ faults: 'fail-deploy=web' });
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => {
    await sb.close();
  });

  it('is planned as a redeploy and redeployed by the next apply', async () => {
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(3);
    // UX audit p5: the failure is said once, not "deployment D of X failed after 1s: deployment D of X failed after 1s: deployment failed"
    const failure = (first.stdout + first.stderr).split('\n').find((l) => l.includes(`of ${WEB} failed after`));
    expect(failure, first.stdout).toBeDefined();
    expect(failure!.match(new RegExp(`deployment \\w+ of ${WEB}`, 'g'))).toHaveLength(1);
    expect(failure).toMatch(/failed after [\d.]+m?s: deployment failed/);

    const from = sb.requestLog.length;
    const planned = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(planned.status, planned.stdout + planned.stderr).toBe(2);
    const reads = sb.requestLog.slice(from).filter((r) => r.path.startsWith('/api/v1/deployments/applications/'));
    expect(reads).toHaveLength(2); // one per owned application, nothing more
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const web = plan.resourceChanges.find((c) => c.address === WEB)!;
    expect(web.reason).toBe('redeploy: last deployment failed');
    expect(web.consequences).toEqual(['redeploy']);
    // Down because of the tool's own failed deploy: Degraded, and a redeploy (exit 2 above).
    expect(web.health).toBe('Degraded');
    expect(plan.steps.map((s) => s.id)).toEqual([`${WEB}:deploy`]);
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('redeploy: last deployment failed');

    sb.faults.set('');
    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain(`${WEB}`);
    const clean = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(clean.status, clean.stdout).toBe(0);
  });
});
