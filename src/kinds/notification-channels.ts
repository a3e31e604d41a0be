/**
 * The six notification channels of a Coolify team as data: each channel's connection settings
 * (manifest key, wire field, whether it is a secret or hidden from tokens without
 * read:sensitive) and the event toggles every channel shares. Read from Coolify 4.3.11:
 * app/Http/Controllers/Api/NotificationsController.php:22-187 (`channelConfig`: the rules of
 * each PATCH), the models app/Models/*NotificationSettings.php (`$fillable`, `$hidden`,
 * `encrypted` casts) and their migrations (defaults). Pure data, no I/O.
 */

/** The channels, in the order of NotificationsController.php's routes (routes/api.php:75-86). */
export const NOTIFICATION_CHANNELS = ['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook'] as const;

/** One notification channel's name (its address name and its route segment). */
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The value shape of a channel setting, for lowering and import. */
export type SettingShape = 'string' | 'integer' | 'boolean' | 'list';

/** One connection setting of a channel. */
export interface ChannelSetting {
  /** Manifest key in the channel's entry, dotted for a nested one (`smtp.host`). */
  key: string;
  /** Coolify's column (`smtp_host`). */
  wire: string;
  shape: SettingShape;
  /**
   * A secret (webhook URL, token, password): only `${secrets.*}` in the manifest, redacted in
   * plans. Every secret is an `encrypted` cast and `$hidden` (e.g. DiscordNotificationSettings.php:36-42).
   */
  secret?: true;
  /** `$hidden` but no secret (an SMTP host, a Telegram chat id): GET shows it only with read:sensitive. */
  hidden?: true;
  /** Coolify's default of a boolean setting (its migration); other settings default to null. */
  default?: boolean;
}

/**
 * The event toggles, manifest key → the part of Coolify's column before `_{channel}_notifications`
 * (`deploymentSuccess` → `deployment_success_discord_notifications`), in the controller's order.
 */
export const NOTIFICATION_EVENTS: ReadonlyArray<{ key: string; wire: string }> = [
  { key: 'deploymentSuccess', wire: 'deployment_success' },
  { key: 'deploymentFailure', wire: 'deployment_failure' },
  { key: 'statusChange', wire: 'status_change' },
  { key: 'backupSuccess', wire: 'backup_success' },
  { key: 'backupFailure', wire: 'backup_failure' },
  { key: 'scheduledTaskSuccess', wire: 'scheduled_task_success' },
  { key: 'scheduledTaskFailure', wire: 'scheduled_task_failure' },
  { key: 'dockerCleanupSuccess', wire: 'docker_cleanup_success' },
  { key: 'dockerCleanupFailure', wire: 'docker_cleanup_failure' },
  { key: 'serverDiskUsage', wire: 'server_disk_usage' },
  { key: 'serverReachable', wire: 'server_reachable' },
  { key: 'serverUnreachable', wire: 'server_unreachable' },
  { key: 'serverPatch', wire: 'server_patch' },
  { key: 'traefikOutdated', wire: 'traefik_outdated' },
  // Coolify 4.3.23 and newer (contracts: `restart_limit_reached_*_notifications` in every update_* allow-list).
  { key: 'restartLimitReached', wire: 'restart_limit_reached' },
];

/** The wire column of an event toggle on a channel. */
export function eventWire(channel: NotificationChannel, event: string): string {
  return `${event}_${channel}_notifications`;
}

/**
 * The column that switches a channel on (`discord_enabled`; email: `smtp_enabled`). Email has
 * two more (`resend_enabled`, `use_instance_email_settings`): the channel sends when any is on
 * (EmailNotificationSettings::isEnabled).
 */
export const ENABLED_WIRE: Readonly<Record<NotificationChannel, string>> = {
  email: 'smtp_enabled',
  discord: 'discord_enabled',
  slack: 'slack_enabled',
  telegram: 'telegram_enabled',
  pushover: 'pushover_enabled',
  webhook: 'webhook_enabled',
};

/** The switches that all must be off for the channel to be off (prune turns these off). */
export const OFF_SWITCHES: Readonly<Record<NotificationChannel, readonly string[]>> = {
  ...(Object.fromEntries(Object.entries(ENABLED_WIRE).map(([c, w]) => [c, [w]])) as Record<NotificationChannel, string[]>),
  email: ['smtp_enabled', 'resend_enabled', 'use_instance_email_settings'],
};

/** Each channel's connection settings beyond `enabled` (the controller's rules, the model's casts). */
export const CHANNEL_SETTINGS: Readonly<Record<NotificationChannel, readonly ChannelSetting[]>> = {
  // NotificationsController.php:28-58; EmailNotificationSettings.php $hidden (:47-55), encrypted casts (:57-70)
  email: [
    // 2024_12_05_212355_create_email_notification_settings_table.php:29-32
    { key: 'useInstanceSettings', wire: 'use_instance_email_settings', shape: 'boolean', default: false },
    { key: 'fromAddress', wire: 'smtp_from_address', shape: 'string', hidden: true },
    { key: 'fromName', wire: 'smtp_from_name', shape: 'string', hidden: true },
    { key: 'recipients', wire: 'smtp_recipients', shape: 'list', hidden: true },
    { key: 'smtp.host', wire: 'smtp_host', shape: 'string', hidden: true },
    { key: 'smtp.port', wire: 'smtp_port', shape: 'integer' },
    { key: 'smtp.encryption', wire: 'smtp_encryption', shape: 'string' },
    { key: 'smtp.username', wire: 'smtp_username', shape: 'string', hidden: true },
    { key: 'smtp.password', wire: 'smtp_password', shape: 'string', secret: true },
    { key: 'smtp.timeout', wire: 'smtp_timeout', shape: 'integer' },
    { key: 'smtp.ehloDomain', wire: 'smtp_ehlo_domain', shape: 'string' },
    { key: 'resend.enabled', wire: 'resend_enabled', shape: 'boolean', default: false },
    { key: 'resend.apiKey', wire: 'resend_api_key', shape: 'string', secret: true },
  ],
  // NotificationsController.php:61-81; DiscordNotificationSettings.php $hidden (:37-39), casts (:41-43)
  discord: [
    { key: 'webhookUrl', wire: 'discord_webhook_url', shape: 'string', secret: true },
    // 2025_03_21_104103_disable_discord_here.php:15
    { key: 'pingEnabled', wire: 'discord_ping_enabled', shape: 'boolean', default: true },
  ],
  // NotificationsController.php:83-87; SlackNotificationSettings.php $hidden (:36-38), casts (:40-42)
  slack: [{ key: 'webhookUrl', wire: 'slack_webhook_url', shape: 'string', secret: true }],
  // NotificationsController.php:104-109; TelegramNotificationSettings.php $hidden (:52-69), casts (:71-74): the chat id is hidden and encrypted
  telegram: [
    { key: 'token', wire: 'telegram_token', shape: 'string', secret: true },
    { key: 'chatId', wire: 'telegram_chat_id', shape: 'string', hidden: true },
  ],
  // NotificationsController.php:140-145; PushoverNotificationSettings.php $hidden (:37-40), casts (:42-45)
  pushover: [
    { key: 'userKey', wire: 'pushover_user_key', shape: 'string', secret: true },
    { key: 'apiToken', wire: 'pushover_api_token', shape: 'string', secret: true },
  ],
  // NotificationsController.php:162-166; WebhookNotificationSettings.php $hidden (:36-38), casts (:40-44)
  webhook: [{ key: 'url', wire: 'webhook_url', shape: 'string', secret: true }],
};

/**
 * Coolify's default of an event toggle (the create-table migrations, e.g.
 * 2024_12_05_212416_create_discord_notification_settings_table.php:21-32,
 * 2025_05_26_100258_add_server_patch_notifications.php:16-37,
 * 2025_11_17_092707_add_traefik_outdated_to_notification_settings.php:15-35,
 * 2025_11_16_000001_create_webhook_notification_settings_table.php:25-38): success and status
 * events off, failures, disk usage, unreachable, patches and Traefik on. Undefined when the
 * source at hand does not say (`restart_limit_reached`, 4.3.23+): import then writes it as read.
 */
export function eventDefault(channel: NotificationChannel, event: string): boolean | undefined {
  if (event === 'restart_limit_reached') return undefined;
  // The webhook table defaults server_patch to false (…create_webhook_notification_settings_table.php:37).
  if (event === 'server_patch') return channel !== 'webhook';
  return /_failure$|^server_disk_usage$|^server_unreachable$|^traefik_outdated$/.test(event);
}

/**
 * Per-event settings a channel has beside the toggles: Telegram's thread (topic) id of each
 * event (TelegramNotificationSettings.php:36-49 `$fillable`, :55-68 `$hidden`;
 * NotificationsController.php:124-137 `sometimes|nullable|string|max:255`), manifest
 * `threadIds.<event>`. Shown only to read:sensitive tokens (`$hidden`). The thread id of
 * `restart_limit_reached` is 4.3.23+ (contracts: update_telegram), gated like its toggle.
 */
export const EVENT_SETTINGS: Readonly<Partial<Record<NotificationChannel, { key: string; wire: (event: string) => string }>>> = {
  telegram: { key: 'threadIds', wire: (event) => `telegram_notifications_${event}_thread_id` },
};
