/**
 * Private keys (issue 16), end to end against the sandbox: created from `${secrets.*}`,
 * compared through their fingerprint (a new key is an update, the same key no change), a
 * description change sends the key along (PATCH requires it), and deletion is opt-in
 * (`--prune`), refused for a protected key without `--allow-destroy`. The key never prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { keyFingerprint } from '../../src/kinds/ssh-key.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const pem = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const FIRST = pem();
const SECOND = pem();
/** The base64 body of a key: what would leak if any output carried the key. */
const body = (key: string): string => key.split('\n')[1]!;

const MANIFEST = (opts: { description?: string; protect?: boolean; keep?: boolean; section?: boolean }) => `version: 1
${opts.keep === false ? (opts.section === false ? '' : 'privateKeys: {}\n') : `privateKeys:
  deploy:
    description: ${opts.description ?? 'deploy key'}
    privateKey: \${secrets.DEPLOY_KEY}
${opts.protect ? '    protect: true\n' : ''}`}projects: {}
`;

describe('private keys end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'keys.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = (key: string) => cliEnv(sb, { DEPLOY_KEY: key });
  const stored = () => sb.store.world.privateKeys.filter((k) => k.name === 'deploy');
  const noKeyIn = (...texts: string[]) => {
    for (const t of texts) {
      expect(t).not.toContain(body(FIRST));
      expect(t).not.toContain(body(SECOND));
      expect(t).not.toContain('PRIVATE KEY');
    }
  };

  it('creates the key, then plans no change; the plan shows no key material in any format', async () => {
    writeFileSync(file, MANIFEST({}));
    const plan = await runCli(['plan', '-f', file], { env: env(FIRST) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('pk/deploy');
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: env(FIRST) });
    noKeyIn(plan.stdout, plan.stderr, json.stdout, json.stderr);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(FIRST) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noKeyIn(applied.stdout, applied.stderr);
    // The apply lock covers the keys though the manifest has no project: a team variable of the section.
    const lockPosts = sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/team/envs');
    expect(lockPosts.map((r) => (r.body as { key?: string }).key)).toEqual(['ADO_COOLIFY_LOCK__PRIVATEKEYS']);
    expect(sb.store.world.sharedEnvs.filter((e) => e.key === 'ADO_COOLIFY_LOCK__PRIVATEKEYS')).toEqual([]);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]!.fields?.fingerprint).toBe(keyFingerprint(FIRST));
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(FIRST) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a description change PATCHes with the key (Coolify requires it), and converges', async () => {
    writeFileSync(file, MANIFEST({ description: 'rotated soon' }));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(FIRST) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(String(stored()[0]!.fields?.description)).toContain('rotated soon');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(FIRST) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a new key is a change (its fingerprint differs), drift says so, and apply replaces the material', async () => {
    const drift = await runCli(['drift', '-f', file], { env: env(SECOND) });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('pk/deploy');
    noKeyIn(drift.stdout, drift.stderr);
    // The change itself, in every plan format, the saved plan and `show` of it: no key material.
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env(SECOND) }),
      await runCli(['show', planFile], { env: env(SECOND) }),
      await runCli(['drift', '-f', file, '--format', 'json'], { env: env(SECOND) }),
    ];
    for (const o of outputs) noKeyIn(o.stdout, o.stderr);
    // The key's only shown part: its fingerprint, Coolify's before and the new one after.
    expect(outputs[0]!.stdout).toContain(`privateKey: (sensitive value; fingerprint SHA256:${keyFingerprint(FIRST)}) → (sensitive value; fingerprint SHA256:${keyFingerprint(SECOND)})`);
    const json = JSON.parse(outputs[1]!.stdout) as { resourceChanges: Array<{ address: string; changes: Array<{ path: string; before: unknown; after: unknown }> }> };
    const change = json.resourceChanges.find((c) => c.address === 'pk/deploy')!.changes.find((c) => c.path === 'private_key')!;
    expect(change.before).toMatchObject({ $sensitive: true, fingerprint: `SHA256:${keyFingerprint(FIRST)}` });
    expect(change.after).toMatchObject({ $sensitive: true, fingerprint: `SHA256:${keyFingerprint(SECOND)}`, publicKey: expect.stringMatching(/^ssh-ed25519 AAAA[A-Za-z0-9+/]+=*$/) });
    noKeyIn(readFileSync(planFile, 'utf8'));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(SECOND) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noKeyIn(applied.stdout, applied.stderr);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]!.fields?.fingerprint).toBe(keyFingerprint(SECOND));
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(SECOND) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a dropped key is kept without --prune; a protected one needs --allow-destroy too', async () => {
    writeFileSync(file, MANIFEST({ protect: true }));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: env(SECOND) })).status).toBe(0);
    // A manifest without a `privateKeys:` section governs no key: never deleted, even with --prune.
    writeFileSync(file, MANIFEST({ keep: false, section: false }));
    const other = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env(SECOND) });
    expect(other.status, other.stdout + other.stderr).toBe(0);
    expect(stored()).toHaveLength(1);
    writeFileSync(file, MANIFEST({ keep: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(SECOND) });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('No longer in the manifest, kept without --prune (1):');
    expect(stored()).toHaveLength(1);
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env(SECOND) });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    expect(stored()).toHaveLength(1);
    const allowed = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env(SECOND) });
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
    expect(stored()).toHaveLength(0);
    // The seeded key nobody declared is never touched.
    expect(sb.store.world.privateKeys.some((k) => k.name === 'deploy-key')).toBe(true);
  });

  it('a second apply is refused while another holds the keys lock', async () => {
    writeFileSync(file, MANIFEST({}));
    const now = Date.now();
    const record = { holder: 'ci@elsewhere pid 1', host: 'elsewhere', token: 'theirs', acquiredAt: new Date(now).toISOString(), expiresAt: new Date(now + 600_000).toISOString() };
    sb.store.world.sharedEnvs.push({
      id: sb.store.nextId(), scope: { kind: 'team', id: sb.store.world.team.id }, key: 'ADO_COOLIFY_LOCK__PRIVATEKEYS', value: JSON.stringify(record),
      is_literal: true, is_multiline: false, is_shown_once: false, comment: null, created_at: now, updated_at: now,
    });
    const refused = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(FIRST) });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/lock/i);
    expect(stored()).toHaveLength(0);
    sb.store.world.sharedEnvs = sb.store.world.sharedEnvs.filter((e) => e.key !== 'ADO_COOLIFY_LOCK__PRIVATEKEYS');
  });

  it('a literal key in the manifest is a located schema error', async () => {
    writeFileSync(file, 'version: 1\nprivateKeys:\n  deploy:\n    privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----"\nprojects: {}\n');
    const res = await runCli(['validate', '-f', file], { env: env(FIRST) });
    expect(res.status).not.toBe(0);
    expect(res.stdout + res.stderr).toMatch(/keys\.yaml:4:\d+/);
    expect(res.stdout + res.stderr).toContain('${secrets.NAME}');
  });
});
