/**
 * Notification channels (`/notifications/{channel}`, NotificationsController.php, routes/api.php:75-86).
 * Each channel is one record per team that the first GET or PATCH creates (`firstOrCreate`,
 * :217): no create, no delete, so the cases share the team's six records and each sets what it
 * reads back. Webhook URLs are public IP literals: the real Coolify of the tests is offline and
 * SafeWebhookUrl refuses a host name it cannot resolve (app/Rules/SafeWebhookUrl.php:80-85).
 */
import { defineCases, type ConformanceCase } from '../case.js';

const C = 'app/Http/Controllers/Api/NotificationsController.php';
/** A URL SafeWebhookUrl accepts offline: a public address, no DNS. */
const HOOK = 'https://1.1.1.1/api/webhooks/conformance';

/** What each channel's PATCH success case sends: its switch, its connection settings, one event toggle. */
const CHANNELS: Array<{ channel: string; line: number; body: Record<string, unknown>; values: string[] }> = [
  {
    channel: 'email',
    line: 28,
    body: { smtp_enabled: true, smtp_host: 'smtp.example.com', smtp_port: 587, smtp_encryption: 'starttls', smtp_from_address: 'ops@example.com', smtp_from_name: 'Ops', smtp_recipients: 'a@example.com,b@example.com', smtp_timeout: 30, status_change_email_notifications: true },
    values: ['smtp_enabled', 'smtp_host', 'smtp_port', 'smtp_encryption', 'smtp_from_address', 'smtp_recipients', 'smtp_timeout', 'status_change_email_notifications'],
  },
  { channel: 'discord', line: 61, body: { discord_enabled: true, discord_webhook_url: HOOK, discord_ping_enabled: false, deployment_success_discord_notifications: true }, values: ['discord_enabled', 'discord_webhook_url', 'discord_ping_enabled', 'deployment_success_discord_notifications'] },
  { channel: 'slack', line: 83, body: { slack_enabled: true, slack_webhook_url: HOOK, backup_success_slack_notifications: true }, values: ['slack_enabled', 'slack_webhook_url', 'backup_success_slack_notifications'] },
  { channel: 'telegram', line: 104, body: { telegram_enabled: true, telegram_token: '123456:conformance-token', telegram_chat_id: '-100123', server_patch_telegram_notifications: false }, values: ['telegram_enabled', 'telegram_token', 'telegram_chat_id', 'server_patch_telegram_notifications'] },
  { channel: 'pushover', line: 140, body: { pushover_enabled: true, pushover_user_key: 'conformance-user', pushover_api_token: 'conformance-token', docker_cleanup_success_pushover_notifications: true }, values: ['pushover_enabled', 'pushover_user_key', 'pushover_api_token', 'docker_cleanup_success_pushover_notifications'] },
  { channel: 'webhook', line: 162, body: { webhook_enabled: true, webhook_url: HOOK, scheduled_task_success_webhook_notifications: true }, values: ['webhook_enabled', 'webhook_url', 'scheduled_task_success_webhook_notifications'] },
];

const perChannel: ConformanceCase[] = CHANNELS.flatMap(({ channel, line, body, values }) => [
  {
    id: `notifications.${channel}.get.success`,
    source: `${C}:223`,
    endpoint: `GET /notifications/${channel}`,
    kind: 'success',
    // the record (made by firstOrCreate on first use) with its switch; `$hidden` columns only with read:sensitive
    request: { call: `GET /notifications/${channel}`, expect: { status: 200 }, values: [Object.keys(body)[0]!] },
  },
  {
    id: `notifications.${channel}.update.success`,
    source: `${C}:${line}`,
    endpoint: `PATCH /notifications/${channel}`,
    kind: 'success',
    request: { call: `PATCH /notifications/${channel}`, body, expect: { status: 200, body }, values },
    readBack: [{ call: `GET /notifications/${channel}`, expect: { status: 200, body }, values }],
  },
]);

export default defineCases([
  ...perChannel,
  {
    id: 'notifications.discord.get.defaults',
    source: 'database/migrations/2024_12_05_212416_create_discord_notification_settings_table.php:21',
    endpoint: 'GET /notifications/discord',
    kind: 'rule',
    rule: 'a fresh channel record has the migration defaults: failures, disk usage and unreachable on, successes and status changes off',
    request: {
      call: 'GET /notifications/slack',
      expect: { status: 200, body: { deployment_failure_slack_notifications: true, backup_failure_slack_notifications: true, server_disk_usage_slack_notifications: true, server_unreachable_slack_notifications: true, server_reachable_slack_notifications: false, status_change_slack_notifications: false } },
      values: ['deployment_failure_slack_notifications', 'backup_failure_slack_notifications', 'server_disk_usage_slack_notifications', 'server_unreachable_slack_notifications', 'server_reachable_slack_notifications', 'status_change_slack_notifications', 'server_patch_slack_notifications', 'traefik_outdated_slack_notifications'],
    },
  },
  {
    id: 'notifications.discord.get.hidden-without-sensitive',
    source: `${C}:204`,
    endpoint: 'GET /notifications/discord',
    kind: 'rule',
    rule: 'the webhook URL is $hidden: shown only to a token with read:sensitive (exposeSensitiveFields)',
    setup: [{ call: 'PATCH /notifications/discord', body: { discord_webhook_url: HOOK } }],
    request: { call: 'GET /notifications/discord', token: 'read', expect: { status: 200, absent: ['discord_webhook_url'] }, values: ['discord_enabled'] },
  },
  {
    id: 'notifications.email.get.hidden-without-sensitive',
    source: 'app/Models/EmailNotificationSettings.php:47',
    endpoint: 'GET /notifications/email',
    kind: 'rule',
    rule: 'the SMTP host, user, password, sender and recipients are $hidden without read:sensitive; the port and encryption are not',
    setup: [{ call: 'PATCH /notifications/email', body: { smtp_host: 'smtp.example.com', smtp_port: 2525, smtp_password: 'conformance-password' } }],
    request: { call: 'GET /notifications/email', token: 'read', expect: { status: 200, body: { smtp_port: 2525 }, absent: ['smtp_host', 'smtp_password', 'smtp_username', 'smtp_from_address', 'smtp_recipients', 'resend_api_key'] }, values: ['smtp_port'] },
  },
  {
    id: 'notifications.slack.update.enable-without-url',
    source: `${C}:86`,
    endpoint: 'PATCH /notifications/slack',
    kind: 'rule',
    rule: 'nothing ties the switch to the URL: a channel can be switched on with no webhook URL (`sometimes|boolean` only)',
    setup: [{ call: 'PATCH /notifications/slack', body: { slack_webhook_url: null } }],
    request: { call: 'PATCH /notifications/slack', body: { slack_enabled: true }, expect: { status: 200, body: { slack_enabled: true, slack_webhook_url: null } }, values: ['slack_enabled', 'slack_webhook_url'] },
  },
  {
    id: 'notifications.discord.update.not-allowed',
    source: `${C}:254`,
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'a key outside the model\'s fillable columns answers 422 "This field is not allowed.", together with the rule errors',
    request: { call: 'PATCH /notifications/discord', body: { bogus: 1, discord_enabled: 'yes' }, expect: { status: 422, message: 'Validation failed.', errors: ['bogus', 'discord_enabled'] } },
  },
  {
    id: 'notifications.discord.update.team-id-not-allowed',
    source: `${C}:190`,
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'team_id is fillable but left out of the allow-list',
    request: { call: 'PATCH /notifications/discord', body: { team_id: 0 }, expect: { status: 422, errors: ['team_id'] } },
  },
  {
    id: 'notifications.discord.update.boolean',
    source: `${C}:64`,
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'switches and event toggles are `boolean`: null and other strings are refused',
    request: { call: 'PATCH /notifications/discord', body: { discord_enabled: null, deployment_success_discord_notifications: 'on' }, expect: { status: 422, errors: ['discord_enabled', 'deployment_success_discord_notifications'] } },
  },
  {
    id: 'notifications.discord.update.url-invalid',
    source: 'app/Rules/SafeWebhookUrl.php:33',
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'the webhook URL must be a URL',
    request: { call: 'PATCH /notifications/discord', body: { discord_webhook_url: 'not a url' }, expect: { status: 422, errors: ['discord_webhook_url'] } },
  },
  {
    id: 'notifications.webhook.update.url-scheme',
    source: 'app/Rules/SafeWebhookUrl.php:39',
    endpoint: 'PATCH /notifications/webhook',
    kind: 'rule',
    rule: 'the webhook URL must be http or https',
    request: { call: 'PATCH /notifications/webhook', body: { webhook_url: 'ftp://1.1.1.1/hook' }, expect: { status: 422, errors: ['webhook_url'] } },
  },
  {
    id: 'notifications.slack.update.url-loopback',
    source: 'app/Rules/SafeWebhookUrl.php:70',
    endpoint: 'PATCH /notifications/slack',
    kind: 'rule',
    rule: 'a loopback or private address is refused (no internal target allow-listed)',
    request: { call: 'PATCH /notifications/slack', body: { slack_webhook_url: 'http://127.0.0.1:8080/hook' }, expect: { status: 422, errors: ['slack_webhook_url'] } },
  },
  {
    id: 'notifications.slack.update.url-private',
    source: 'app/Rules/SafeWebhookUrl.php:70',
    endpoint: 'PATCH /notifications/slack',
    kind: 'rule',
    rule: 'a private (RFC 1918) address is refused',
    request: { call: 'PATCH /notifications/slack', body: { slack_webhook_url: 'https://10.1.2.3/hook' }, expect: { status: 422, errors: ['slack_webhook_url'] } },
  },
  {
    id: 'notifications.discord.update.url-link-local',
    source: 'app/Rules/SafeWebhookUrl.php:72',
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'a link-local address (cloud metadata) is refused',
    request: { call: 'PATCH /notifications/discord', body: { discord_webhook_url: 'http://169.254.169.254/latest' }, expect: { status: 422, errors: ['discord_webhook_url'] } },
  },
  {
    id: 'notifications.webhook.update.url-localhost-name',
    source: 'app/Rules/SafeWebhookUrl.php:63',
    endpoint: 'PATCH /notifications/webhook',
    kind: 'rule',
    rule: '`localhost` and `.internal` names are refused before any lookup',
    request: { call: 'PATCH /notifications/webhook', body: { webhook_url: 'http://metadata.internal/hook' }, expect: { status: 422, errors: ['webhook_url'] } },
  },
  {
    id: 'notifications.email.update.port',
    source: `${C}:36`,
    endpoint: 'PATCH /notifications/email',
    kind: 'rule',
    rule: 'smtp_port is an integer from 1 to 65535',
    request: { call: 'PATCH /notifications/email', body: { smtp_port: 70000 }, expect: { status: 422, errors: ['smtp_port'] } },
  },
  {
    id: 'notifications.email.update.encryption',
    source: `${C}:37`,
    endpoint: 'PATCH /notifications/email',
    kind: 'rule',
    rule: 'smtp_encryption is one of starttls, tls, none',
    request: { call: 'PATCH /notifications/email', body: { smtp_encryption: 'ssl' }, expect: { status: 422, errors: ['smtp_encryption'] } },
  },
  {
    id: 'notifications.email.update.from-address',
    source: `${C}:32`,
    endpoint: 'PATCH /notifications/email',
    kind: 'rule',
    rule: 'smtp_from_address is an email address',
    request: { call: 'PATCH /notifications/email', body: { smtp_from_address: 'not-an-address' }, expect: { status: 422, errors: ['smtp_from_address'] } },
  },
  {
    id: 'notifications.telegram.update.max-length',
    source: `${C}:108`,
    endpoint: 'PATCH /notifications/telegram',
    kind: 'rule',
    rule: 'telegram_token is at most 255 characters',
    request: { call: 'PATCH /notifications/telegram', body: { telegram_token: 'x'.repeat(256) }, expect: { status: 422, errors: ['telegram_token'] } },
  },
  {
    id: 'notifications.telegram.update.thread-ids',
    source: `${C}:124`,
    endpoint: 'PATCH /notifications/telegram',
    kind: 'success',
    // each event has its thread (topic) id, a nullable string (TelegramNotificationSettings.php:36-49 fillable)
    request: {
      call: 'PATCH /notifications/telegram',
      body: { telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' },
      expect: { status: 200, body: { telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' } },
      values: ['telegram_notifications_deployment_success_thread_id', 'telegram_notifications_backup_failure_thread_id'],
    },
    readBack: [{
      call: 'GET /notifications/telegram',
      expect: { status: 200, body: { telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' } },
      values: ['telegram_notifications_deployment_success_thread_id', 'telegram_notifications_backup_failure_thread_id', 'telegram_notifications_status_change_thread_id'],
    }],
  },
  {
    id: 'notifications.telegram.get.thread-ids-hidden',
    source: 'app/Models/TelegramNotificationSettings.php:55',
    endpoint: 'GET /notifications/telegram',
    kind: 'rule',
    rule: 'the thread ids are $hidden: shown only to a token with read:sensitive',
    setup: [{ call: 'PATCH /notifications/telegram', body: { telegram_notifications_server_patch_thread_id: '9' } }],
    request: { call: 'GET /notifications/telegram', token: 'read', expect: { status: 200, absent: ['telegram_notifications_server_patch_thread_id', 'telegram_notifications_deployment_success_thread_id'] }, values: ['telegram_enabled'] },
  },
  {
    id: 'notifications.telegram.update.thread-id-max-length',
    source: `${C}:124`,
    endpoint: 'PATCH /notifications/telegram',
    kind: 'rule',
    rule: 'a thread id is a string of at most 255 characters',
    request: { call: 'PATCH /notifications/telegram', body: { telegram_notifications_status_change_thread_id: '1'.repeat(256), telegram_notifications_server_reachable_thread_id: 12 }, expect: { status: 422, errors: ['telegram_notifications_status_change_thread_id', 'telegram_notifications_server_reachable_thread_id'] } },
  },
  {
    id: 'notifications.telegram.update.restart-limit-thread-release',
    source: `${C}:190`,
    endpoint: 'PATCH /notifications/telegram',
    kind: 'rule',
    rule: 'the restart_limit_reached thread id exists from Coolify 4.3.23 (contracts update_telegram): 4.3.11 refuses the key',
    request: { call: 'PATCH /notifications/telegram', body: { telegram_notifications_restart_limit_reached_thread_id: '3' }, expect: { status: 422, errors: ['telegram_notifications_restart_limit_reached_thread_id'] } },
  },
  {
    id: 'notifications.pushover.update.null-clears',
    source: `${C}:144`,
    endpoint: 'PATCH /notifications/pushover',
    kind: 'rule',
    rule: 'settings are `nullable`: null clears one',
    setup: [{ call: 'PATCH /notifications/pushover', body: { pushover_user_key: 'to-be-cleared' } }],
    request: { call: 'PATCH /notifications/pushover', body: { pushover_user_key: null }, expect: { status: 200, body: { pushover_user_key: null } }, values: ['pushover_user_key'] },
  },
  {
    id: 'notifications.discord.update.restart-limit-release',
    source: `${C}:190`,
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'restart_limit_reached_* toggles exist from Coolify 4.3.23 (contracts): 4.3.11 refuses the key',
    request: { call: 'PATCH /notifications/discord', body: { restart_limit_reached_discord_notifications: true }, expect: { status: 422, errors: ['restart_limit_reached_discord_notifications'] } },
  },
  {
    id: 'notifications.discord.update.empty-body',
    source: 'bootstrap/helpers/api.php:358',
    endpoint: 'PATCH /notifications/discord',
    kind: 'rule',
    rule: 'an empty JSON body answers 400 (validateIncomingRequest)',
    request: { call: 'PATCH /notifications/discord', body: {}, expect: { status: 400, message: 'Invalid request.' } },
  },
]);
