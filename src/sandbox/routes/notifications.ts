/**
 * Team notification channels, as app/Http/Controllers/Api/NotificationsController.php
 * (Coolify 4.3.11) serves them under routes/api.php:75-86: one settings record per team and
 * channel, made on first read (`firstOrCreate`, :217), only GET and PATCH. The rules of each
 * PATCH are the controller's `channelConfig` (:22-187) rule by rule; the record is what
 * `serializeSettings` shows (:202-209): the model's `$hidden` columns only for a token with
 * read:sensitive.
 */
import { validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { allowedFields } from '../../releases/table.js';
import {
  CHANNEL_SETTINGS,
  ENABLED_WIRE,
  eventDefault,
  eventWire,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  type NotificationChannel,
} from '../../kinds/notification-channels.js';
import { webhookUrlError } from './webhook-url.js';

/** The release's allow-list of a channel's PATCH: the model's `$fillable` minus `team_id` (:190-200). */
function allowed(rt: SandboxRuntime, channel: NotificationChannel): ReadonlySet<string> {
  return allowedFields(rt.release, `PATCH /notifications/${channel}`) ?? new Set();
}

/** The columns of a channel's record, with their defaults (the migrations; see notification-channels.ts). */
function defaults(rt: SandboxRuntime, channel: NotificationChannel): Record<string, unknown> {
  const known = allowed(rt, channel);
  const out: Record<string, unknown> = { [ENABLED_WIRE[channel]]: false };
  for (const s of CHANNEL_SETTINGS[channel]) out[s.wire] = s.shape === 'boolean' ? (s.default ?? false) : null;
  for (const e of NOTIFICATION_EVENTS) {
    const col = eventWire(channel, e.wire);
    // A column the release does not have is not in its record either.
    if (known.has(col)) out[col] = eventDefault(channel, e.wire) ?? true;
  }
  // The rest of the allow-list (Telegram's per-event thread ids) is nullable text, null at first.
  for (const col of known) if (!(col in out)) out[col] = null;
  return out;
}

/** `resolveSettings` (:211-221): the team's record of the channel, created with its defaults on first use. */
function settings(rt: SandboxRuntime, channel: NotificationChannel): Record<string, unknown> {
  const w = rt.store.world;
  w.notifications ??= {};
  return (w.notifications[channel] ??= { id: rt.store.nextId(), ...defaults(rt, channel) });
}

/** The model's `$hidden` columns (the secrets and, for email and Telegram, more: e.g. EmailNotificationSettings.php:47-55). */
function hiddenColumns(channel: NotificationChannel): Set<string> {
  const out = new Set(CHANNEL_SETTINGS[channel].filter((s) => s.secret || s.hidden).map((s) => s.wire));
  // TelegramNotificationSettings.php:52-69 also hides every thread id column (not managed here).
  if (channel === 'telegram') for (const e of NOTIFICATION_EVENTS) out.add(threadIdColumn(e.wire));
  return out;
}

/** `serializeSettings` (:202-209): `exposeSensitiveFields` shows `$hidden` only with read:sensitive; keys sorted (serializeApiResponse). */
function serialize(rt: SandboxRuntime, channel: NotificationChannel, record: Record<string, unknown>, sensitive: boolean): Record<string, unknown> {
  const hidden = hiddenColumns(channel);
  const out: Record<string, unknown> = { ...record, team_id: rt.store.world.team.id };
  if (!sensitive) for (const h of hidden) delete out[h];
  const sorted: Record<string, unknown> = {};
  const { id, ...rest } = out;
  sorted.id = id;
  for (const k of Object.keys(rest).sort()) sorted[k] = rest[k];
  return sorted;
}

/** Telegram's thread id column of an event (`telegram_notifications_backup_success_thread_id`). */
const threadIdColumn = (event: string): string => `telegram_notifications_${event}_thread_id`;

/** True for a Telegram thread id column: `sometimes|nullable|string|max:255` (:124-137). */
const isThreadId = (f: string): boolean => /^telegram_notifications_[a-z_]+_thread_id$/.test(f);

/** Laravel's attribute name in messages: `discord_webhook_url` → `discord webhook url`. */
const attr = (field: string): string => field.replace(/_/g, ' ');

/** Laravel's `boolean` rule: true, false, 0, 1, "0", "1". */
const isBool = (v: unknown): boolean => v === true || v === false || v === 0 || v === 1 || v === '0' || v === '1';

/** Laravel's `integer` rule (an integer, or a string of one). */
const isInt = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v.trim()));

/** A loose form of Laravel's `email` rule (RFC validation): one `@`, something on both sides, no spaces. */
const isEmail = (v: string): boolean => /^[^@\s]+@[^@\s]+$/.test(v);

/** ValidHostname (app/Rules/ValidHostname.php): at most 253 characters of letters, digits, `-` and `.`. */
function hostnameError(field: string, v: string): string | undefined {
  const h = v.trim();
  if (h.length > 253) return `The ${attr(field)} must not exceed 253 characters.`;
  if (!/^[A-Za-z0-9.-]+$/.test(h)) return `The ${attr(field)} contains invalid characters. Only letters (a-z, A-Z), numbers (0-9), hyphens (-), and dots (.) are allowed.`;
  return undefined;
}

/** The rule errors of one channel's PATCH body (`channelConfig`'s rules, :22-187). */
function ruleErrors(channel: NotificationChannel, body: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const fail = (f: string, m: string): void => void (errors[f] ??= []).push(m);
  const booleans = [ENABLED_WIRE[channel], ...CHANNEL_SETTINGS[channel].filter((s) => s.shape === 'boolean').map((s) => s.wire), ...NOTIFICATION_EVENTS.map((e) => eventWire(channel, e.wire))];
  for (const [f, v] of Object.entries(body)) {
    // `sometimes|boolean` on every switch and event toggle (e.g. :31, :44-57): null is not a boolean.
    if (booleans.includes(f)) {
      if (!isBool(v)) fail(f, `The ${attr(f)} field must be true or false.`);
      continue;
    }
    const s = CHANNEL_SETTINGS[channel].find((x) => x.wire === f) ?? (channel === 'telegram' && isThreadId(f) ? { wire: f, shape: 'string' as const } : undefined);
    // `nullable` on every setting: null (and '', which ConvertEmptyStringsToNull makes null) passes.
    if (s === undefined || v === null || v === '') continue;
    if (s.shape === 'integer') {
      // smtp_port `integer|min:1|max:65535` (:36), smtp_timeout `integer|min:0` (:40)
      if (!isInt(v)) fail(f, `The ${attr(f)} field must be an integer.`);
      else if (f === 'smtp_port' && Number(v) < 1) fail(f, `The ${attr(f)} field must be at least 1.`);
      else if (f === 'smtp_port' && Number(v) > 65535) fail(f, `The ${attr(f)} field must not be greater than 65535.`);
      else if (f === 'smtp_timeout' && Number(v) < 0) fail(f, `The ${attr(f)} field must be at least 0.`);
      continue;
    }
    if (typeof v !== 'string') {
      fail(f, `The ${attr(f)} field must be a string.`);
      continue;
    }
    // The webhook URLs: `string` and SafeWebhookUrl (:65, :87, :166), no length limit.
    if (f.endsWith('webhook_url')) {
      const e = webhookUrlError(v);
      if (e) fail(f, e.replace(':attribute', attr(f)));
      continue;
    }
    // smtp_recipients `max:1000` (:33); every other string `max:255` (e.g. :34, :108, :144)
    const max = f === 'smtp_recipients' ? 1000 : 255;
    if ([...v].length > max) fail(f, `The ${attr(f)} field must not be greater than ${max} characters.`);
    // smtp_from_address `nullable|email` (:32)
    else if (f === 'smtp_from_address' && !isEmail(v)) fail(f, `The ${attr(f)} field must be a valid email address.`);
    // smtp_encryption `in:starttls,tls,none` (:37)
    else if (f === 'smtp_encryption' && !['starttls', 'tls', 'none'].includes(v)) fail(f, `The selected ${attr(f)} is invalid.`);
    // smtp_ehlo_domain ValidHostname (:41)
    else if (f === 'smtp_ehlo_domain') {
      const e = hostnameError(f, v);
      if (e) fail(f, e);
    }
  }
  return errors;
}

/** Stores what the validator passed, as the model's casts keep it (booleans, integers; '' → null). */
function stored(channel: NotificationChannel, f: string, v: unknown): unknown {
  if (v === null || v === '') return null;
  const s = CHANNEL_SETTINGS[channel].find((x) => x.wire === f);
  if (s?.shape === 'integer') return Number(v);
  if (isThreadId(f)) return typeof v === 'string' ? v.trim() : v;
  if (s === undefined || s.shape === 'boolean') return v === true || v === 1 || v === '1';
  // Every request string is trimmed (TrimStrings).
  return typeof v === 'string' ? v.trim() : v;
}

function channelRoutes(channel: NotificationChannel): Route[] {
  return [
    // showChannel (:223-234)
    { method: 'GET', path: `/notifications/${channel}`, handler: ({ rt, sensitive }) => ({ body: serialize(rt, channel, settings(rt, channel), sensitive) }) },
    {
      method: 'PATCH',
      path: `/notifications/${channel}`,
      // validateIncomingRequest (:243-246): 400 without a JSON body
      body: 'required',
      handler: ({ rt, body, sensitive }) => {
        // Rule errors and fields outside the allow-list answer together, in one 422 (:250-267).
        const errors = ruleErrors(channel, body);
        const known = allowed(rt, channel);
        for (const f of Object.keys(body)) if (!known.has(f)) (errors[f] ??= []).push('This field is not allowed.');
        if (Object.keys(errors).length > 0) throw validationFailed(errors);
        const record = settings(rt, channel);
        // fill + save (:272-273): only the allowed keys, nothing else is checked (a channel may
        // be switched on without its URL or token).
        for (const [f, v] of Object.entries(body)) record[f] = stored(channel, f, v);
        // :280-283: the record read again, serialized as GET shows it
        return { body: serialize(rt, channel, record, sensitive) };
      },
    },
  ];
}

/** `/notifications/{channel}`: GET and PATCH of each of the six channels. */
export const notificationRoutes: Route[] = NOTIFICATION_CHANNELS.flatMap(channelRoutes);
