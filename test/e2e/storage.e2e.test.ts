import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (scrapeInterval: string) => `version: 1
defaults: { server: main }
projects:
  metrics:
    environments:
      production:
        applications:
          prometheus:
            image: prom/prometheus:v2.53.0
            ports: [9090]
            storages:
              config:
                type: file
                mountPath: /etc/prometheus/prometheus.yml
                content: |
                  global:
                    scrape_interval: ${scrapeInterval}
`;

describe('a changed file storage', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'metrics.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  it('is written before the first deploy, and a later change redeploys its application', async () => {
    writeFileSync(file, MANIFEST('15s'));
    const first = await runCli(['apply', '-f', file, '--auto-approve', '--format', 'json'], { env: cliEnv(sb) });
    expect(first.status, first.stderr).toBe(0);
    const order = first.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type: string; stepId?: string })
      .filter((e) => e.type === 'step-started')
      .map((e) => e.stepId);
    expect(order.indexOf('metrics/production/application/prometheus#storage/config:create')).toBeLessThan(
      order.indexOf('metrics/production/application/prometheus:deploy'),
    );

    writeFileSync(file, MANIFEST('30s'));
    const plan = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status).toBe(2);
    const json = JSON.parse(plan.stdout) as PlanJson;
    const app = json.resourceChanges.find((c) => c.address === 'metrics/production/application/prometheus');
    expect(app?.consequences).toEqual(['redeploy']);
    const storage = json.resourceChanges.find((c) => c.address.endsWith('#storage/config'));
    expect(storage?.changes.map((c) => c.label)).toEqual(['content']);
    expect(json.steps.map((s) => s.id)).toEqual([
      'metrics/production/application/prometheus#storage/config:update',
      'metrics/production/application/prometheus:deploy',
    ]);
    expect(json.steps[1]!.dependsOn).toEqual(['metrics/production/application/prometheus#storage/config:update']);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });
});
