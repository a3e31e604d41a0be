/**
 * The notification channel kind: its table (one kind, the channel as subtype, secrets sensitive,
 * `$hidden` settings readable only with read:sensitive), the lowering of an entry, the
 * singleton shape (PATCH by name, never deleted; pruning switches it off) and the import entry.
 */
import { describe, expect, it } from 'vitest';
import { buildCreateRequest, buildUpdateBody, createEndpoint, updateEndpoint, type PayloadContext } from '../../src/kinds/payload.js';
import { NOTIFICATION_SPEC, importNotificationChannel, lowerNotificationChannel } from '../../src/kinds/notification.js';
import { eventDefault } from '../../src/kinds/notification-channels.js';
import { parseAddress } from '../../src/model/address.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';
import type { LiveResource } from '../../src/model/resource.js';

const ctx: PayloadContext = { refs: () => undefined };
const hook = { $template: [{ secret: 'HOOK', value: 'https://1.1.1.1/hook' }] };
const live = (name: string, fields: Record<string, unknown>): LiveResource => ({ kind: 'notification', uuid: name, name, owned: true, fields: { id: 1, name, uuid: name, ...fields } });

describe('notification channel kind', () => {
  it('lowers a channel to nc/CHANNEL: its switch, settings (dotted keys, a list joined by commas) and event toggles', () => {
    const r = lowerNotificationChannel('email', {
      enabled: true,
      recipients: ['a@example.com', 'b@example.com'],
      smtp: { host: 'smtp.example.com', port: 587, password: hook as unknown as string },
      resend: { enabled: false },
      events: { deploymentSuccess: true, serverPatch: false },
    });
    expect(r).toMatchObject({ address: 'nc/email', kind: 'notification', name: 'email', subtype: 'email', protect: false });
    expect(r.fields).toEqual({
      smtp_enabled: true, smtp_recipients: 'a@example.com,b@example.com', smtp_host: 'smtp.example.com', smtp_port: 587, smtp_password: hook, resend_enabled: false,
      deployment_success_email_notifications: true, server_patch_email_notifications: false,
    });
    expect(parseAddress('nc/email')).toEqual({ kind: 'notification', name: 'email' });
    expect(() => lowerNotificationChannel('sms', { enabled: true })).toThrow(/not a notification channel/);
  });

  it('the table: every field only for its channel; secrets sensitive, hidden settings need read:sensitive', () => {
    const f = (path: string) => NOTIFICATION_SPEC.fields.find((x) => x.path === path)!;
    expect(f('discord_webhook_url')).toMatchObject({ onlyFor: ['discord'], sensitive: true, label: 'webhookUrl' });
    expect(f('smtp_password')).toMatchObject({ onlyFor: ['email'], sensitive: true, label: 'smtp.password' });
    expect(f('smtp_host')).toMatchObject({ needsReadSensitive: true, label: 'smtp.host' });
    expect(f('smtp_host').sensitive).toBeUndefined();
    expect(f('telegram_chat_id')).toMatchObject({ needsReadSensitive: true });
    expect(f('backup_failure_slack_notifications')).toMatchObject({ onlyFor: ['slack'], label: 'events.backupFailure' });
    expect(NOTIFICATION_SPEC.team).toMatchObject({ collection: '/notifications', scope: 'withSection' });
    expect(NOTIFICATION_SPEC.team?.singleton?.names).toEqual(['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook']);
    expect(new Set(NOTIFICATION_SPEC.fields.map((x) => x.path)).size).toBe(NOTIFICATION_SPEC.fields.length);
  });

  it('requests: the "create" and the update are a PATCH of /notifications/CHANNEL, no uuid in the path', () => {
    const r = lowerNotificationChannel('discord', { enabled: true, webhookUrl: hook as unknown as string, events: { statusChange: true } });
    expect(createEndpoint(r, {})).toEqual({ method: 'PATCH', template: '/notifications/discord', params: {} });
    expect(updateEndpoint(r, 'discord', {})).toEqual({ method: 'PATCH', template: '/notifications/discord', params: {} });
    expect(buildCreateRequest(r, ctx).body).toEqual({ discord_enabled: true, discord_webhook_url: 'https://1.1.1.1/hook', status_change_discord_notifications: true });
    const body = buildUpdateBody(r, { changes: [{ path: 'status_change_discord_notifications', label: 'events.statusChange', before: false, after: true, sensitive: false, effect: 'update' }] }, ctx);
    // no description marker, no tags: only the changed field
    expect(body).toEqual({ status_change_discord_notifications: true });
  });

  it('diff: booleans compared as Coolify casts them; the URL compared in memory; without read:sensitive it is not verifiable', () => {
    const r = lowerNotificationChannel('discord', { enabled: true, webhookUrl: hook as unknown as string, events: { deploymentSuccess: true } });
    const dctx = (canReadSensitive: boolean): DiffContext => ({ refs: () => undefined, canReadSensitive });
    const same = diffResource(r, live('discord', { discord_enabled: 1, discord_webhook_url: 'https://1.1.1.1/hook', deployment_success_discord_notifications: true }), NOTIFICATION_SPEC, dctx(true));
    expect(same.changes.filter((c) => c.counts)).toEqual([]);
    const rotated = diffResource(r, live('discord', { discord_enabled: true, discord_webhook_url: 'https://1.0.0.1/old', deployment_success_discord_notifications: false }), NOTIFICATION_SPEC, dctx(true));
    expect(rotated.changes.filter((c) => c.counts).map((c) => [c.path, c.redact])).toEqual([['discord_webhook_url', 'all'], ['deployment_success_discord_notifications', 'none']]);
    const hidden = diffResource(r, live('discord', { discord_enabled: true, deployment_success_discord_notifications: true }), NOTIFICATION_SPEC, dctx(false));
    expect(hidden.changes.filter((c) => c.counts)).toEqual([]);
    expect(hidden.changes.map((c) => [c.path, c.sensitiveState])).toEqual([['discord_webhook_url', 'unverifiable']]);
  });

  it('singleton: a channel is off when every switch is; pruning turns them off, nothing else', () => {
    const single = NOTIFICATION_SPEC.team!.singleton!;
    expect(single.pruned({ name: 'discord', discord_enabled: false, discord_webhook_url: 'x' })).toBe(true);
    expect(single.pruned({ name: 'discord', discord_enabled: true })).toBe(false);
    // email sends while SMTP, Resend or the instance settings are on (EmailNotificationSettings::isEnabled)
    expect(single.pruned({ name: 'email', smtp_enabled: false, resend_enabled: true, use_instance_email_settings: false })).toBe(false);
    expect(single.pruneBody('email')).toEqual({ smtp_enabled: false, resend_enabled: false, use_instance_email_settings: false });
    expect(single.pruneBody('webhook')).toEqual({ webhook_enabled: false });
  });

  it('import: the switch, the settings held, the events that differ from the defaults, secrets through the book', () => {
    const seen: string[] = [];
    const secret = (field: string, _what: string, value: string | undefined) => {
      seen.push(`${field}=${value ?? '?'}`);
      return `\${secrets.${field.toUpperCase()}}`;
    };
    const entry = importNotificationChannel(
      {
        name: 'email', smtp_enabled: true, smtp_host: 'smtp.example.com', smtp_port: 587, smtp_password: 'pw', smtp_recipients: 'a@example.com, b@example.com', resend_api_key: null,
        use_instance_email_settings: false, deployment_failure_email_notifications: true, deployment_success_email_notifications: true, server_patch_email_notifications: false,
      },
      secret,
    );
    expect(entry).toEqual({
      enabled: true, recipients: ['a@example.com', 'b@example.com'], smtp: { host: 'smtp.example.com', port: 587, password: '${secrets.SMTP_PASSWORD}' },
      events: { deploymentSuccess: true, serverPatch: false },
    });
    expect(seen).toEqual(['smtp_password=pw']);
    // without read:sensitive the URL is hidden: an enabled channel still gets its placeholder
    const discord = importNotificationChannel({ name: 'discord', discord_enabled: true, discord_ping_enabled: false }, secret);
    expect(discord).toEqual({ enabled: true, webhookUrl: '${secrets.DISCORD_WEBHOOK_URL}', pingEnabled: false });
    expect(eventDefault('webhook', 'server_patch')).toBe(false);
    expect(eventDefault('discord', 'server_patch')).toBe(true);
    expect(eventDefault('discord', 'restart_limit_reached')).toBeUndefined();
  });
});
