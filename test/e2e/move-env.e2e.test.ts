/**
 * Ux p7: a move (an application whose environment changes) diffs its env against the live
 * env of the moved application, so unchanged vars are not listed as `+` additions, and the
 * summary counts it once (`1 to move`, not also `1 to change`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (env: string, settings: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      staging: {}
      production: {}
      ${env}:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            env:
              DJANGO_SETTINGS_MODULE: ${settings}
              WORKERS: "4"
`;

describe('moving an application from staging to production', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('lists no unchanged env var and counts the move once', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST('staging', 'shop.settings.staging').replace('      staging: {}\n', ''));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);

    writeFileSync(file, MANIFEST('production', 'shop.settings.staging').replace('      production: {}\n', ''));
    const planned = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const web = plan.resourceChanges.find((c) => c.address === 'shop/production/application/web')!;
    expect(web.action).toBe('move');
    expect(web.changes.map((c) => c.path)).toEqual(['environment']);
    expect(plan.summary).toMatchObject({ move: 1, change: 0, add: 0, destroy: 0 });
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).not.toContain('+ env.');
    expect(human.stdout).toContain('1 to move');
    expect(human.stdout).toContain('0 to change');

    // A var that does change is still shown, as a change of the live value.
    writeFileSync(file, MANIFEST('production', 'shop.settings.production').replace('      production: {}\n', ''));
    const changed = JSON.parse((await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) })).stdout) as PlanJson;
    const moved = changed.resourceChanges.find((c) => c.address === 'shop/production/application/web')!;
    expect(moved.changes.map((c) => c.path)).toEqual(['environment', 'env.DJANGO_SETTINGS_MODULE']);
    expect(moved.changes[1]!.before).toBe('shop.settings.staging');
    expect(changed.summary).toMatchObject({ move: 1, change: 0 });
  });
});
