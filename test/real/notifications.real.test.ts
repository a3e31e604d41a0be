/**
 * Notification channels against the real Coolify 4.3.11 (issue 16): the team's channel records
 * exist from the first GET (`firstOrCreate`), a `notifications:` entry is applied as PATCHes,
 * the webhook URL (a public IP literal: the kit is offline and SafeWebhookUrl refuses a name it
 * cannot resolve) is stored and compared in memory without printing, a second plan is clean,
 * Coolify refuses a private address with 422 (the apply fails with its message), and a dropped
 * channel is switched off with --prune, its URL kept. The secrets never print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakedSecrets, realApi, realCli, realCoolify, tempDir, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: notification channels${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const secrets = { HOOK: 'https://1.1.1.1/api/webhooks/real-suite-canary', TG_TOKEN: '424242:real-suite-canary-token' };
  const manifest = (channels: Record<string, unknown>) => ({ version: 1, notifications: channels, projects: {} });
  const discord = { enabled: true, webhookUrl: '${secrets.HOOK}', pingEnabled: false, events: { deploymentSuccess: true, serverPatch: false } };
  const telegram = { enabled: true, token: '${secrets.TG_TOKEN}', chatId: '-100777', events: { backupSuccess: true } };
  const cli = (args: string[], extra: Record<string, string> = {}) => realCli({ url: real.url!, token: real.token! }, args, dir, { ...secrets, ...extra });
  const record = async (c: string) => (await api.get<Record<string, unknown>>(`/notifications/${c}`));
  beforeAll(() => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-notifications-');
  });
  afterAll(async () => {
    for (const c of ['discord', 'telegram']) await api.request('PATCH', `/notifications/${c}`, { [`${c}_enabled`]: false });
  });

  it('applies two channels as PATCHes; Coolify stores them; the next plan is clean; no secret printed', async () => {
    writeManifest(dir, manifest({ discord, telegram }));
    const applied = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(leakedSecrets(secrets, applied.stdout, applied.stderr)).toEqual([]);
    expect(await record('discord')).toMatchObject({ discord_enabled: true, discord_webhook_url: secrets.HOOK, discord_ping_enabled: false, deployment_success_discord_notifications: true, server_patch_discord_notifications: false });
    expect(await record('telegram')).toMatchObject({ telegram_enabled: true, telegram_token: secrets.TG_TOKEN, telegram_chat_id: '-100777', backup_success_telegram_notifications: true });
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    // A read token sees no URL: the secret is not verifiable, never drift.
    const asRead = await realCli({ url: real.url!, token: 'read' }, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(asRead.status, asRead.stdout + asRead.stderr).toBe(0);
  });

  it('a rotated webhook URL is a redacted change; a private address is refused by Coolify with 422', async () => {
    const rotated = 'https://1.0.0.1/api/webhooks/real-suite-rotated';
    const plan = await cli(['plan'], { HOOK: rotated });
    expect(plan.stdout).toContain('webhookUrl: (sensitive value changed)');
    expect(leakedSecrets({ ...secrets, rotated }, plan.stdout, plan.stderr)).toEqual([]);
    const refused = await cli(['apply', '--auto-approve', '--no-wait'], { HOOK: 'http://10.0.0.5/hook' });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('discord_webhook_url');
    expect(refused.stdout + refused.stderr).not.toContain('10.0.0.5');
    expect((await record('discord')).discord_webhook_url).toBe(secrets.HOOK);
  });

  it('a dropped channel is kept without --prune, switched off with it, its settings kept', async () => {
    writeManifest(dir, manifest({ telegram }));
    const kept = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect((await record('discord')).discord_enabled).toBe(true);
    const pruned = await cli(['apply', '--auto-approve', '--no-wait', '--prune']);
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect(await record('discord')).toMatchObject({ discord_enabled: false, discord_webhook_url: secrets.HOOK });
    expect((await record('telegram')).telegram_enabled).toBe(true);
    const plan = await cli(['plan', '--prune', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });
});
