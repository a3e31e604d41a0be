/**
 * The sandbox's notification channels (NotificationsController.php, 4.3.11): a record per
 * channel made with the migration defaults on first use, `$hidden` columns only with
 * read:sensitive, the PATCH rules with unknown keys reported in the same 422, SafeWebhookUrl,
 * and the release's allow-list (restart_limit_reached from 4.3.23).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { webhookUrlError } from '../../src/sandbox/routes/webhook-url.js';
import { INSTANT, api } from './helpers.js';

describe('sandbox notification channels', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ timings: INSTANT, tokens: [{ token: '2|reader-token', abilities: ['read'] }] });
  });
  afterAll(async () => sb.close());

  it('GET makes the record with its defaults; PATCH answers the stored record', async () => {
    const first = await api(sb, 'GET', '/notifications/discord');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ discord_enabled: false, discord_webhook_url: null, discord_ping_enabled: true, deployment_failure_discord_notifications: true, deployment_success_discord_notifications: false, team_id: 0 });
    expect(first.json).not.toHaveProperty('restart_limit_reached_discord_notifications');
    const patched = await api(sb, 'PATCH', '/notifications/discord', { discord_enabled: true, discord_webhook_url: '  https://1.1.1.1/hook  ', status_change_discord_notifications: '1' });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ discord_enabled: true, discord_webhook_url: 'https://1.1.1.1/hook', status_change_discord_notifications: true });
    expect((await api(sb, 'GET', '/notifications/discord')).json).toEqual(patched.json);
  });

  it('rule errors and unknown keys answer together; nothing is stored', async () => {
    const r = await api(sb, 'PATCH', '/notifications/email', { smtp_port: 0, smtp_encryption: 'ssl', bogus: true, smtp_from_address: 'x', smtp_ehlo_domain: 'bad host' });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({
      message: 'Validation failed.',
      errors: {
        smtp_port: ['The smtp port field must be at least 1.'],
        smtp_encryption: ['The selected smtp encryption is invalid.'],
        smtp_from_address: ['The smtp from address field must be a valid email address.'],
        smtp_ehlo_domain: ['The smtp ehlo domain contains invalid characters. Only letters (a-z, A-Z), numbers (0-9), hyphens (-), and dots (.) are allowed.'],
        bogus: ['This field is not allowed.'],
      },
    });
    expect((await api(sb, 'GET', '/notifications/email')).json).toMatchObject({ smtp_port: null, smtp_encryption: null });
    expect((await api(sb, 'PATCH', '/notifications/email', {})).status).toBe(400);
  });

  it('a channel may be switched on with no URL; null clears a setting', async () => {
    const on = await api(sb, 'PATCH', '/notifications/slack', { slack_enabled: true });
    expect(on.json).toMatchObject({ slack_enabled: true, slack_webhook_url: null });
    await api(sb, 'PATCH', '/notifications/pushover', { pushover_user_key: 'u' });
    expect((await api(sb, 'PATCH', '/notifications/pushover', { pushover_user_key: null })).json).toMatchObject({ pushover_user_key: null });
  });

  it('SafeWebhookUrl: scheme, host, loopback, private, link-local and reserved names', () => {
    expect(webhookUrlError('https://1.1.1.1/x')).toBeUndefined();
    expect(webhookUrlError('https://hooks.slack.com/services/x')).toBeUndefined();
    expect(webhookUrlError('nope')).toBe('The :attribute must be a valid URL.');
    expect(webhookUrlError('ftp://1.1.1.1/x')).toBe('The :attribute must use the http or https scheme.');
    expect(webhookUrlError('http://127.0.0.1/x')).toMatch(/local or private address/);
    expect(webhookUrlError('http://192.168.1.10/x')).toMatch(/local or private address/);
    expect(webhookUrlError('http://203.0.113.5/x')).toMatch(/local or private address/);
    expect(webhookUrlError('http://169.254.169.254/x')).toBe('The :attribute must not point to link-local addresses.');
    expect(webhookUrlError('http://localhost:8080/x')).toMatch(/local or private address/);
    expect(webhookUrlError('http://coolify.internal/x')).toMatch(/local or private address/);
    expect(webhookUrlError('http://hooks.invalid/x')).toBe('The :attribute host could not be resolved.');
  });

  it('the read token sees no secret or hidden column', async () => {
    await api(sb, 'PATCH', '/notifications/telegram', { telegram_token: 't0k3n', telegram_chat_id: '-1' });
    const asRead = await api(sb, 'GET', '/notifications/telegram', undefined, { token: '2|reader-token' });
    expect(asRead.json).not.toHaveProperty('telegram_token');
    expect(asRead.json).not.toHaveProperty('telegram_chat_id');
    expect(asRead.json).not.toHaveProperty('telegram_notifications_backup_success_thread_id');
    expect(asRead.json).toHaveProperty('telegram_enabled', false);
  });
});

describe('sandbox notification channels across releases (contracts update_* allow-lists)', () => {
  it('4.3.11 refuses restart_limit_reached_*; 4.3.23 has the column and accepts it', async () => {
    const old = await startSandbox({ timings: INSTANT, coolifyVersion: '4.3.11' });
    const refused = await api(old, 'PATCH', '/notifications/webhook', { restart_limit_reached_webhook_notifications: true });
    expect(refused.json).toEqual({ message: 'Validation failed.', errors: { restart_limit_reached_webhook_notifications: ['This field is not allowed.'] } });
    await old.close();
    const next = await startSandbox({ timings: INSTANT, coolifyVersion: '4.3.23' });
    expect((await api(next, 'GET', '/notifications/webhook')).json).toHaveProperty('restart_limit_reached_webhook_notifications');
    expect((await api(next, 'PATCH', '/notifications/webhook', { restart_limit_reached_webhook_notifications: false })).json).toMatchObject({ restart_limit_reached_webhook_notifications: false });
    await next.close();
  });
});
