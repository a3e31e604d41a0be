/**
 * Notification channels (issue 16), end to end against the sandbox: a channel is a singleton
 * of the team (only GET and PATCH), so declaring one is an update of the record Coolify already
 * has; its webhook URL or token comes from `${secrets.*}` and never prints; a channel dropped
 * from the manifest is kept as it is, and `--prune` only switches it off (its settings kept);
 * import --instance writes the enabled channels back, secrets as placeholders, and plans clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const DISCORD_URL = 'https://discord.example.com/api/webhooks/111/canary-discord-hook-value';
const SMTP_PASSWORD = 'canary-smtp-password-value';
const ROTATED_URL = 'https://discord.example.com/api/webhooks/222/canary-rotated-hook-value';

const MANIFEST = (opts: { discord?: boolean; email?: boolean; successEvents?: boolean } = {}) => `version: 1
notifications:
${opts.discord === false ? '' : `  discord:
    enabled: true
    webhookUrl: \${secrets.DISCORD_URL}
    pingEnabled: false
    events:
      deploymentSuccess: ${opts.successEvents ?? true}
      backupFailure: true
`}${opts.email === false ? '' : `  email:
    enabled: true
    fromAddress: ops@example.com
    recipients: [oncall@example.com, lead@example.com]
    smtp:
      host: smtp.example.com
      port: 587
      encryption: starttls
      username: ops
      password: \${secrets.SMTP_PASSWORD}
    events:
      statusChange: true
`}projects: {}
`;

describe('notification channels end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'notifications.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = (url = DISCORD_URL) => cliEnv(sb, { DISCORD_URL: url, SMTP_PASSWORD });
  const channel = (c: string): Record<string, unknown> => sb.store.world.notifications?.[c] ?? {};
  const noSecretIn = (...texts: string[]) => {
    for (const t of texts) {
      for (const s of [DISCORD_URL, ROTATED_URL, SMTP_PASSWORD, 'canary-discord-hook', 'canary-rotated-hook', 'canary-smtp-password']) expect(t).not.toContain(s);
    }
  };

  it('sets up two channels (a PATCH of each singleton), then plans no change; no secret in any output', async () => {
    writeFileSync(file, MANIFEST());
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env() }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env() }),
      await runCli(['show', planFile], { env: env() }),
    ];
    expect(outputs[0]!.status, outputs[0]!.stdout + outputs[0]!.stderr).toBe(0);
    expect(outputs[0]!.stdout).toContain('nc/discord');
    expect(outputs[0]!.stdout).toContain('nc/email');
    // Declared channels exist from the start: an update, never a create.
    const json = JSON.parse(outputs[1]!.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(json.resourceChanges.filter((c) => c.address.startsWith('nc/')).map((c) => [c.address, c.action])).toEqual([['nc/discord', 'update'], ['nc/email', 'update']]);
    for (const o of outputs) noSecretIn(o.stdout, o.stderr);
    noSecretIn(readFileSync(planFile, 'utf8'));

    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(applied.stdout, applied.stderr);
    expect(channel('discord')).toMatchObject({ discord_enabled: true, discord_webhook_url: DISCORD_URL, discord_ping_enabled: false, deployment_success_discord_notifications: true, backup_failure_discord_notifications: true });
    expect(channel('email')).toMatchObject({ smtp_enabled: true, smtp_from_address: 'ops@example.com', smtp_recipients: 'oncall@example.com,lead@example.com', smtp_host: 'smtp.example.com', smtp_port: 587, smtp_password: SMTP_PASSWORD, status_change_email_notifications: true });
    // Only PATCHes: a channel has no create or delete.
    const writes = sb.requestLog.filter((r) => r.path.startsWith('/api/v1/notifications/') && r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['PATCH /api/v1/notifications/discord', 'PATCH /api/v1/notifications/email']);
    // The section takes a lock of its own (no project in the manifest).
    const lockPosts = sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/team/envs').map((r) => (r.body as { key?: string }).key);
    expect(lockPosts).toContain('ADO_COOLIFY_LOCK__NOTIFICATIONS');

    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('an event change is an update; a rotated webhook URL is a redacted change; both converge', async () => {
    writeFileSync(file, MANIFEST({ successEvents: false }));
    const drift = await runCli(['drift', '-f', file], { env: env(ROTATED_URL) });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    const plan = await runCli(['plan', '-f', file], { env: env(ROTATED_URL) });
    expect(plan.stdout).toContain('events.deploymentSuccess');
    expect(plan.stdout).toContain('webhookUrl: (sensitive value changed)');
    noSecretIn(plan.stdout, plan.stderr, drift.stdout, drift.stderr);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(ROTATED_URL) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(applied.stdout, applied.stderr);
    expect(channel('discord')).toMatchObject({ deployment_success_discord_notifications: false, discord_webhook_url: ROTATED_URL });
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(ROTATED_URL) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('drift made in Coolify shows on the next plan', async () => {
    channel('email')['smtp_port'] = 2525;
    const drift = await runCli(['drift', '-f', file, '--format', 'json'], { env: env(ROTATED_URL) });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('smtp.port');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(ROTATED_URL) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(channel('email')['smtp_port']).toBe(587);
  });

  it('a dropped channel is kept as it is; --prune switches it off and keeps its settings', async () => {
    writeFileSync(file, MANIFEST({ discord: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env(ROTATED_URL) });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('nc/discord');
    expect(channel('discord')['discord_enabled']).toBe(true);
    // A manifest without the section governs no channel, even with --prune.
    writeFileSync(join(dir, 'none.yaml'), 'version: 1\nprojects: {}\n');
    const other = await runCli(['apply', '-f', join(dir, 'none.yaml'), '--auto-approve', '--prune'], { env: env(ROTATED_URL) });
    expect(other.status, other.stdout + other.stderr).toBe(0);
    expect(channel('discord')['discord_enabled']).toBe(true);

    const plan = await runCli(['plan', '-f', file, '--prune', '--format', 'json'], { env: env(ROTATED_URL) });
    const pruning = (JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string; reason: string; changes: Array<{ label: string; before: unknown; after: unknown }> }> }).resourceChanges.filter((c) => c.address === 'nc/discord');
    // an update of the switch alone, never a delete
    expect(pruning.map((c) => [c.action, c.reason, c.changes.map((x) => [x.label, x.before, x.after])])).toEqual([['update', 'no longer in the manifest: switched off (enabled: false); its settings are kept', [['enabled', true, false]]]]);
    const text = await runCli(['plan', '-f', file, '--prune'], { env: env(ROTATED_URL) });
    expect(text.stdout).toContain('~ nc/discord');
    expect(text.stdout).toContain('0 to destroy');
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env(ROTATED_URL) });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    noSecretIn(pruned.stdout, pruned.stderr);
    expect(channel('discord')).toMatchObject({ discord_enabled: false, discord_webhook_url: ROTATED_URL, discord_ping_enabled: false });
    const pruneWrites = sb.requestLog.filter((r) => r.path === '/api/v1/notifications/discord' && r.method === 'PATCH').at(-1);
    expect(pruneWrites?.body).toEqual({ discord_enabled: false });
    // Switched off, it says nothing more, with or without --prune.
    const again = await runCli(['plan', '-f', file, '--prune', '--detailed-exitcode'], { env: env(ROTATED_URL) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).not.toContain('nc/discord');
  });

  it('import --instance writes the enabled channels, secrets as placeholders, and the result plans clean', async () => {
    const out = join(dir, 'imported.yaml');
    const secretsOut = join(dir, 'imported.secrets.env');
    const imported = await runCli(['import', '--instance', '--output', out, '--secrets-out', secretsOut], { env: env(ROTATED_URL) });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    noSecretIn(imported.stdout, imported.stderr, readFileSync(out, 'utf8'));
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('notifications:');
    expect(text).toContain('email:');
    expect(text).not.toMatch(/^\s+discord:/m);
    expect(text).toMatch(/password: \$\{secrets\.[A-Z0-9_]+\}/);
    const plan = await runCli(['plan', '-f', out, '--secrets-file', secretsOut, '--format', 'json'], { env: env(ROTATED_URL) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(json.resourceChanges.filter((c) => c.address.startsWith('nc/')).map((c) => [c.address, c.action])).toEqual([['nc/email', 'no-op']]);
  });
});
