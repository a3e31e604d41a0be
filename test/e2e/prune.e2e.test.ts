/**
 * Pruning is opt-in (issue 13): an application removed from the manifest is kept and listed
 * until a plan or apply with `--prune` deletes it; a plan saved with `--prune` applies its
 * deletion without the flag; `drift` reports the dropped resource either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (withAdmin: boolean) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27", ports: [80] }
${withAdmin ? '          admin: { image: "nginx:1.27", ports: [80] }\n' : ''}`;

describe('pruning managed resources that left the manifest', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('is opt-in: kept and listed without --prune, deleted by a plan saved with it', async () => {
    sb = await sandbox();
    const dir = tempDir();
    const file = join(dir, 'm.yaml');
    writeFileSync(file, MANIFEST(true));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const admin = () => sb!.store.world.applications.filter((a) => a.name === 'admin' && a.deleting_since === undefined);
    expect(admin()).toHaveLength(1);

    writeFileSync(file, MANIFEST(false));
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { orphaned?: Array<{ address: string }>; resourceChanges: Array<{ action: string }>; prune?: boolean };
    expect(parsed.orphaned?.map((o) => o.address)).toEqual(['shop/production/application/admin']);
    expect(parsed.resourceChanges.filter((c) => c.action === 'delete')).toEqual([]);
    expect(parsed.prune).toBeUndefined();

    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('No longer in the manifest, kept without --prune (1):');
    expect(admin()).toHaveLength(1);

    const drift = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(drift.status, drift.stdout).toBe(2);
    expect(drift.stdout).toContain('shop/production/application/admin');

    const planFile = join(dir, 'plan.json');
    const saved = await runCli(['plan', '-f', file, '--prune', '--out', planFile], { env: cliEnv(sb) });
    expect(saved.status, saved.stdout + saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/- shop\/production\/application\/admin/);
    const applied = await runCli(['apply', '-f', file, planFile, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(admin()).toHaveLength(0);

    const clean = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(clean.status, clean.stdout).toBe(0);
    expect(clean.stdout).not.toContain('No longer in the manifest');
  });
});
