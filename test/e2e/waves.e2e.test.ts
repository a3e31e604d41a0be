/**
 * Sync waves end to end (issue 18), checked from the apply's JSON event stream: no step of a
 * resource in wave N starts before every step of each lower wave has finished, a deploy
 * finishing only when the deployment is done and the app healthy.
 */
import { afterEach, describe, expect, it } from 'vitest';
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
          db: { type: postgresql, wave: 0 }
        applications:
          api: { image: "nginx:1.27", ports: [80], wave: 1 }
          worker: { image: "nginx:1.27", ports: [80], wave: 1 }
          web: { image: "nginx:1.27", ports: [80], wave: 2 }
`;

const WAVE: Record<string, number> = { db: 0, api: 1, worker: 1, web: 2 };

describe('wave: N orders an apply like Argo CD sync waves', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('starts no step of wave 2 before every step of waves 0 and 1 finished (deploys healthy)', async () => {
    // Slow enough deployments that an unordered walk would overlap them.
    sb = await sandbox({ timings: { deploymentQueuedMs: 30, deploymentRunMs: 120, healthyAfterMs: 60, databaseStartMs: 60 } });
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST);
    const r = await runCli(['apply', '-f', file, '--auto-approve', '--format', 'json', '--parallelism', '8'], { env: cliEnv(sb) });
    expect(r.status, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; stepId: string });
    const waveOf = (stepId: string): number | undefined => {
      const name = /\/(?:application|database)\/([^/#:]+)/.exec(stepId)?.[1];
      return name === undefined ? undefined : WAVE[name];
    };
    const finished = new Set<string>();
    const started: string[] = [];
    // The JSON stream lists the plan's step ids in apply-started.
    const allSteps = (events.find((e) => e.type === 'apply-started') as unknown as { steps: string[] }).steps;
    expect(allSteps.length).toBeGreaterThan(6);
    for (const e of events) {
      if (e.type === 'step-finished') finished.add(e.stepId);
      if (e.type !== 'step-started') continue;
      started.push(e.stepId);
      const wave = waveOf(e.stepId);
      if (wave === undefined) continue;
      const lower = allSteps.filter((id) => (waveOf(id) ?? Infinity) < wave);
      expect(lower.filter((id) => !finished.has(id)), `${e.stepId} started before these finished`).toEqual([]);
    }
    // The walk really had waves to keep: wave 2 has steps, wave 1 deploys.
    expect(started.some((id) => id.endsWith('application/web:deploy'))).toBe(true);
    expect(started.some((id) => id.endsWith('application/api:deploy'))).toBe(true);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
  });
});
