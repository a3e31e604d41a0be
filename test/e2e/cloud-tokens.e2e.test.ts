/**
 * Cloud provider tokens (issue 16), end to end against the sandbox: created from `${secrets.*}`
 * after the (fake) provider check, re-planned clean, a new token is a replace that the default
 * `protect` refuses without --allow-destroy, a dropped token is kept without --prune and stays
 * protected, a token servers use is never deleted, `import --instance` writes a placeholder and
 * plans clean, and the token never prints (canary in every output).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

/** Hetzner-shaped tokens (64 letters and digits: the sandbox's fake provider accepts them). */
const FIRST = randomBytes(32).toString('hex');
const SECOND = randomBytes(32).toString('hex');

const MANIFEST = (opts: { keep?: boolean; section?: boolean; protect?: boolean } = {}) => `version: 1
${opts.keep === false ? (opts.section === false ? '' : 'cloudTokens: {}\n') : `cloudTokens:
  hetzner-prod:
    provider: hetzner
    token: \${secrets.HCLOUD_TOKEN}
${opts.protect === false ? '    protect: false\n' : ''}`}projects: {}
`;

describe('cloud provider tokens end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'tokens.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = (token: string) => cliEnv(sb, { HCLOUD_TOKEN: token });
  const stored = () => (sb.store.world.cloudTokens ?? []).filter((t) => t.name === 'hetzner-prod');
  const noTokenIn = (...texts: string[]) => {
    for (const t of texts) {
      expect(t).not.toContain(FIRST);
      expect(t).not.toContain(SECOND);
    }
  };

  it('creates the token (the plan says it is cost-bearing), then plans no change; no token in any output', async () => {
    writeFileSync(file, MANIFEST());
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env(FIRST) }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env(FIRST) }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env(FIRST) }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env(FIRST) }),
      await runCli(['show', planFile], { env: env(FIRST) }),
    ];
    for (const o of outputs) noTokenIn(o.stdout, o.stderr);
    noTokenIn(readFileSync(planFile, 'utf8'));
    expect(outputs[0]!.status, outputs[0]!.stdout + outputs[0]!.stderr).toBe(0);
    expect(outputs[0]!.stdout).toContain('ct/hetzner-prod');
    expect(outputs[0]!.stdout).toContain('cost-bearing');
    const json = JSON.parse(outputs[1]!.stdout) as { resourceChanges: Array<{ address: string; action: string; protect: boolean; reason: string }> };
    expect(json.resourceChanges.find((c) => c.address === 'ct/hetzner-prod')).toMatchObject({ action: 'create', protect: true });
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(FIRST) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noTokenIn(applied.stdout, applied.stderr);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]).toMatchObject({ provider: 'hetzner', token: FIRST });
    // the lock covers the section though the manifest has no project
    const lockPosts = sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/team/envs');
    expect(lockPosts.map((r) => (r.body as { key?: string }).key)).toContain('ADO_COOLIFY_LOCK__CLOUDTOKENS');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(FIRST) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a new token is drift and a replace, refused while protected (the default) and done with --allow-destroy', async () => {
    const drift = await runCli(['drift', '-f', file], { env: env(SECOND) });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('ct/hetzner-prod');
    noTokenIn(drift.stdout, drift.stderr);
    const refused = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(SECOND) });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    noTokenIn(refused.stdout, refused.stderr);
    expect(stored()[0]!.token).toBe(FIRST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--allow-destroy'], { env: env(SECOND) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noTokenIn(applied.stdout, applied.stderr);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]!.token).toBe(SECOND);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(SECOND) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a token the provider refuses fails the apply with Coolify\'s message, the token unprinted', async () => {
    const bad = `not-a-hetzner-token-${FIRST}`;
    writeFileSync(file, MANIFEST().replace('hetzner-prod', 'other'));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb, { HCLOUD_TOKEN: bad }) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(1);
    expect(applied.stdout + applied.stderr).toContain('Invalid hetzner token. Please check your API token.');
    expect(applied.stdout + applied.stderr).not.toContain(bad);
    expect((sb.store.world.cloudTokens ?? []).some((t) => t.name === 'other')).toBe(false);
  });

  it('imports as a placeholder and plans clean', async () => {
    writeFileSync(file, MANIFEST());
    const imported = await runCli(['import', '--instance', '-o', 'instance.yaml', '--secrets-out', 'secrets.env'], { env: cliEnv(sb), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const text = readFileSync(join(dir, 'instance.yaml'), 'utf8');
    noTokenIn(text, imported.stdout, imported.stderr);
    expect(readFileSync(join(dir, 'secrets.env'), 'utf8')).toContain(SECOND);
    const manifest = parse(text) as { cloudTokens: Record<string, unknown> };
    expect(manifest.cloudTokens['hetzner-prod']).toEqual({ provider: 'hetzner', token: '${secrets.CT_HETZNER_PROD_TOKEN}' });
    const planned = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], { env: cliEnv(sb), cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    noTokenIn(planned.stdout, planned.stderr);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(plan.resourceChanges.filter((c) => c.address.startsWith('ct/')).map((c) => `${c.action} ${c.address}`)).toEqual(['no-op ct/hetzner-prod']);
  });

  it('a dropped token is kept without --prune, stays protected with it, and goes with --prune --allow-destroy; never while servers use it', async () => {
    // A manifest without the section governs no token, even with --prune.
    writeFileSync(file, MANIFEST({ keep: false, section: false }));
    const other = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env(SECOND) });
    expect(other.status, other.stdout + other.stderr).toBe(0);
    expect(stored()).toHaveLength(1);
    writeFileSync(file, MANIFEST({ keep: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(SECOND) });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('No longer in the manifest, kept without --prune (1):');
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env(SECOND) });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    expect(stored()).toHaveLength(1);
    // A server bought with it: Coolify refuses the delete (400), the step fails with its message.
    sb.store.world.servers[0]!.cloud_provider_token_id = stored()[0]!.id;
    const inUse = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env(SECOND) });
    expect(inUse.status, inUse.stdout + inUse.stderr).toBe(1);
    expect(inUse.stdout + inUse.stderr).toContain('Cannot delete token that is used by servers.');
    expect(stored()).toHaveLength(1);
    delete sb.store.world.servers[0]!.cloud_provider_token_id;
    const allowed = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env(SECOND) });
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
    noTokenIn(allowed.stdout, allowed.stderr);
    expect(stored()).toHaveLength(0);
  });

  it('a literal token in the manifest is a located schema error', async () => {
    writeFileSync(file, `version: 1\ncloudTokens:\n  prod:\n    provider: hetzner\n    token: "${FIRST}"\nprojects: {}\n`);
    const res = await runCli(['validate', '-f', file], { env: env(FIRST) });
    expect(res.status).not.toBe(0);
    expect(res.stdout + res.stderr).toMatch(/tokens\.yaml:5:\d+/);
    expect(res.stdout + res.stderr).toContain('${secrets.NAME}');
    noTokenIn(res.stdout, res.stderr);
  });
});
