/**
 * Cloud-init scripts (issue 16), end to end against the sandbox: created, re-planned clean,
 * the text changed in place (drift seen only with a read:sensitive token), a script Coolify's
 * ValidCloudInitYaml refuses is a located validate error, a dropped script is kept without
 * --prune and deleted with it, `import --instance` writes the text as a placeholder and plans
 * clean, and a secret the script references never prints (canary in every output).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const CANARY = `tskey-${randomBytes(12).toString('hex')}`;

const MANIFEST = (opts: { keep?: boolean; packages?: string } = {}) => `version: 1
${opts.keep === false ? 'cloudInitScripts: {}\n' : `cloudInitScripts:
  base-setup:
    script: |
      #cloud-config
      packages:
        - ${opts.packages ?? 'fail2ban'}
      runcmd:
        - tailscale up --authkey \${secrets.TS_AUTHKEY}
`}projects: {}
`;

describe('cloud-init scripts end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'scripts.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb, { TS_AUTHKEY: CANARY });
  const stored = () => (sb.store.world.cloudInitScripts ?? []).filter((s) => s.name === 'base-setup');
  const noCanaryIn = (...texts: string[]) => {
    for (const t of texts) expect(t).not.toContain(CANARY);
  };

  it('creates the script, then plans no change; the referenced secret is in no output', async () => {
    writeFileSync(file, MANIFEST());
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env() }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env() }),
      await runCli(['show', planFile], { env: env() }),
    ];
    for (const o of outputs) noCanaryIn(o.stdout, o.stderr);
    noCanaryIn(readFileSync(planFile, 'utf8'));
    expect(outputs[0]!.status, outputs[0]!.stdout + outputs[0]!.stderr).toBe(0);
    expect(outputs[0]!.stdout).toContain('ci/base-setup');
    const json = JSON.parse(outputs[1]!.stdout) as { resourceChanges: Array<{ address: string; action: string; protect: boolean }> };
    expect(json.resourceChanges.find((c) => c.address === 'ci/base-setup')).toMatchObject({ action: 'create', protect: false });
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noCanaryIn(applied.stdout, applied.stderr);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]!.script).toContain(`--authkey ${CANARY}`);
    expect(stored()[0]!.script.startsWith('#cloud-config\n')).toBe(true);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a changed text is an in-place update (same uuid), the secret still unprinted', async () => {
    const uuid = stored()[0]!.uuid;
    writeFileSync(file, MANIFEST({ packages: 'htop' }));
    const drift = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('ci/base-setup');
    noCanaryIn(drift.stdout, drift.stderr);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noCanaryIn(applied.stdout, applied.stderr);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]!.uuid).toBe(uuid);
    expect(stored()[0]!.script).toContain('- htop');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a script Coolify would refuse (neither #! nor YAML) is a located validate error', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `version: 1\ncloudInitScripts:\n  broken:\n    script: "packages: [unclosed"\nprojects: {}\n`);
    const res = await runCli(['validate', '-f', bad], { env: env() });
    expect(res.status, res.stdout + res.stderr).toBe(1);
    expect(res.stdout + res.stderr).toContain('ADO551');
    expect(res.stdout + res.stderr).toMatch(/bad\.yaml:4:\d+/);
  });

  it('imports the text as a placeholder (its value only in the secrets file) and plans clean', async () => {
    const imported = await runCli(['import', '--instance', '-o', 'instance.yaml', '--secrets-out', 'secrets.env'], { env: cliEnv(sb), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const text = readFileSync(join(dir, 'instance.yaml'), 'utf8');
    noCanaryIn(text, imported.stdout, imported.stderr);
    expect(readFileSync(join(dir, 'secrets.env'), 'utf8')).toContain(CANARY);
    const manifest = parse(text) as { cloudInitScripts: Record<string, unknown> };
    expect(manifest.cloudInitScripts['base-setup']).toEqual({ script: '${secrets.CI_BASE_SETUP_SCRIPT}' });
    const planned = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], { env: cliEnv(sb), cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    noCanaryIn(planned.stdout, planned.stderr);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(plan.resourceChanges.filter((c) => c.address.startsWith('ci/')).map((c) => `${c.action} ${c.address}`)).toEqual(['no-op ci/base-setup']);
  });

  it('a dropped script is kept without --prune and deleted with it', async () => {
    writeFileSync(file, MANIFEST({ keep: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(stored()).toHaveLength(1);
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    noCanaryIn(pruned.stdout, pruned.stderr);
    expect(stored()).toHaveLength(0);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});
