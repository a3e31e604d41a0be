/**
 * Team notification channels (`notifications:`): capability table, lowering and import. Each
 * channel is a singleton of the team (NotificationsController.php:211-221, `firstOrCreate` per
 * team): only GET and PATCH `/notifications/{channel}` exist (routes/api.php:75-86), so the
 * table's `team.singleton` says how it is listed, "created" (a PATCH) and pruned (switched off).
 * The channel is the subtype: every field is `onlyFor` its channel. Secrets (webhook URLs,
 * tokens, passwords) are `$hidden` and encrypted: GET shows them only with read:sensitive
 * (NotificationsController.php:204, `exposeSensitiveFields`), and the diff compares them in
 * memory then, never shown (without it they are not verifiable, never drift).
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { NotificationChannelSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type FieldSpec, type KindSpec, type LiteralSecretKey, type TeamImportSecret } from './spec.js';
import type { WireRecord } from './raw-client.js';
import { field } from './field-helpers.js';
import { bool, commaList, numeric } from './normalize.js';
import { joinValues, setIf, type ResolvedString } from './lower-helpers.js';
import {
  CHANNEL_SETTINGS,
  ENABLED_WIRE,
  EVENT_SETTINGS,
  eventDefault,
  eventWire,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  OFF_SWITCHES,
  type ChannelSetting,
  type NotificationChannel,
} from './notification-channels.js';

const NORMALIZERS = { string: undefined, integer: numeric, boolean: bool, list: commaList } as const;

function settingField(channel: NotificationChannel, s: ChannelSetting): FieldSpec {
  const normalize = NORMALIZERS[s.shape];
  return field(s.wire, s.key, 'update', {
    onlyFor: [channel],
    ...(normalize ? { normalize } : {}),
    ...(s.secret ? { sensitive: true } : {}),
    ...(s.hidden ? { needsReadSensitive: true } : {}),
    ...(s.shape === 'list' ? { list: 'comma' as const } : {}),
  });
}

/** Every wire field of one channel: its switch, its settings, its event toggles. */
function channelFields(channel: NotificationChannel): FieldSpec[] {
  return [
    field(ENABLED_WIRE[channel], 'enabled', 'update', { onlyFor: [channel], normalize: bool }),
    ...CHANNEL_SETTINGS[channel].map((s) => settingField(channel, s)),
    ...NOTIFICATION_EVENTS.map((e) => field(eventWire(channel, e.wire), `events.${e.key}`, 'update', { onlyFor: [channel], normalize: bool })),
    ...eventSettingFields(channel),
  ];
}

/** A thread id as Coolify keeps it: a string (NotificationsController.php:124-137); a number from the manifest compares as its digits. */
const threadId = (v: unknown): unknown => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : v);

/** The per-event settings of a channel (EVENT_SETTINGS: Telegram's thread ids), hidden without read:sensitive. */
function eventSettingFields(channel: NotificationChannel): FieldSpec[] {
  const setting = EVENT_SETTINGS[channel];
  if (setting === undefined) return [];
  return NOTIFICATION_EVENTS.map((e) => field(setting.wire(e.wire), `${setting.key}.${e.key}`, 'update', { onlyFor: [channel], normalize: threadId, needsReadSensitive: true }));
}

const isChannel = (name: string): name is NotificationChannel => (NOTIFICATION_CHANNELS as readonly string[]).includes(name);

/** The manifest keys of a channel that must be `${secrets.*}` (ADO310 for a literal). */
const SECRET_KEYS: LiteralSecretKey[] = [...new Set(NOTIFICATION_CHANNELS.flatMap((c) => CHANNEL_SETTINGS[c].filter((s) => s.secret).map((s) => s.key)))].map((key) => ({
  value: key.split('.'),
  what: `the channel's ${key}`,
}));

/** True when a live channel is off: every switch of it is false (EmailNotificationSettings::isEnabled for email). */
function channelOff(record: WireRecord): boolean {
  const channel = String(record.name ?? '');
  if (!isChannel(channel)) return false;
  return OFF_SWITCHES[channel].every((w) => bool(record[w]) !== true);
}

/** The notification channel capability table: one kind, the channel as subtype. */
export const NOTIFICATION_SPEC: KindSpec = {
  kind: 'notification',
  subtypeChange: 'replace',
  tags: false,
  // No description column on any *_notification_settings table: no ownership marker, no `protect`.
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: SECRET_KEYS,
  liveFqdn: null,
  liveSubtype: (fields) => (typeof fields.name === 'string' && isChannel(fields.name) ? fields.name : undefined),
  fields: NOTIFICATION_CHANNELS.flatMap(channelFields),
  reads: NO_READS,
  // NotificationsController.php: showChannel (223-234), updateChannel (236-284)
  team: {
    collection: '/notifications',
    scope: 'withSection',
    lower: (name, entry) => lowerNotificationChannel(name, entry as Resolved<NotificationChannelSpec> & Readonly<Record<string, unknown>>),
    importEntry: (record, secret) => importNotificationChannel(record, secret),
    singleton: {
      names: NOTIFICATION_CHANNELS,
      pruned: channelOff,
      pruneBody: (name) => (isChannel(name) ? Object.fromEntries(OFF_SWITCHES[name].map((w) => [w, false])) : {}),
      pruneNote: 'switched off (enabled: false); its settings are kept',
    },
  },
};

/** Reads a dotted manifest key (`smtp.host`) from an entry. */
function at(entry: Readonly<Record<string, unknown>>, key: string): unknown {
  let cur: unknown = entry;
  for (const seg of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Lowers one channel entry (`notifications.discord`) to the channel's singleton resource. */
export function lowerNotificationChannel(name: string, entry: Resolved<NotificationChannelSpec> & Readonly<Record<string, unknown>>): DesiredResource {
  if (!isChannel(name)) throw new Error(`notifications.${name}: not a notification channel`);
  const fields: Record<string, DesiredValue> = {};
  setIf(fields, ENABLED_WIRE[name], entry.enabled);
  for (const s of CHANNEL_SETTINGS[name]) {
    const v = at(entry, s.key);
    if (v === undefined) continue;
    fields[s.wire] = s.shape === 'list' && Array.isArray(v) ? joinValues(v as ResolvedString[], ',') : (v as DesiredValue);
  }
  for (const ev of NOTIFICATION_EVENTS) setIf(fields, eventWire(name, ev.wire), entry.events?.[ev.key]);
  const setting = EVENT_SETTINGS[name];
  if (setting !== undefined) {
    const values = entry[setting.key] as Readonly<Record<string, unknown>> | undefined;
    // sent as Coolify's string (`string|max:255`), a number as its digits
    for (const ev of NOTIFICATION_EVENTS) {
      const v = values?.[ev.key];
      if (v !== undefined) fields[setting.wire(ev.wire)] = (typeof v === 'number' ? String(v) : v) as DesiredValue;
    }
  }
  return { address: teamAddress('notification', name), kind: 'notification', name, subtype: name, fields, protect: false, ignoreChanges: [] };
}

/** Sets a dotted manifest key (`smtp.host`) in an entry being built. */
function put(entry: Record<string, unknown>, key: string, value: unknown): void {
  const segs = key.split('.');
  let cur = entry;
  for (const seg of segs.slice(0, -1)) cur = (cur[seg] ??= {}) as Record<string, unknown>;
  cur[segs[segs.length - 1]!] = value;
}

/**
 * The manifest entry of one live channel: `enabled`, every setting Coolify holds (secrets as
 * placeholders), and the event toggles that differ from Coolify's defaults (all of them when
 * the default is not known). Fields the answer does not carry are left out.
 */
export function importNotificationChannel(record: WireRecord, secret: TeamImportSecret): Record<string, unknown> {
  const channel = String(record.name ?? '');
  if (!isChannel(channel)) return {};
  const entry: Record<string, unknown> = { enabled: bool(record[ENABLED_WIRE[channel]]) === true };
  for (const s of CHANNEL_SETTINGS[channel]) {
    const v = record[s.wire];
    if (s.secret) {
      // A filled secret is written as a placeholder. Without read:sensitive the answer hides
      // it (undefined): an enabled channel other than email needs its secrets, so they are
      // written (to be filled in); email's are optional (SMTP without login, Resend unused).
      const hiddenButNeeded = v === undefined && entry.enabled === true && channel !== 'email';
      if ((typeof v === 'string' && v !== '') || hiddenButNeeded) put(entry, s.key, secret(s.wire, `${channel} ${s.key}`, typeof v === 'string' ? v : undefined));
      continue;
    }
    if (v === undefined || v === null || v === '') continue;
    if (s.shape === 'boolean') {
      if (bool(v) !== (s.default ?? false)) put(entry, s.key, bool(v) === true);
    } else if (s.shape === 'integer') put(entry, s.key, Number(v));
    else if (s.shape === 'list') put(entry, s.key, String(v).split(',').map((x) => x.trim()).filter((x) => x !== ''));
    else put(entry, s.key, String(v));
  }
  const events: Record<string, boolean> = {};
  for (const ev of NOTIFICATION_EVENTS) {
    const v = record[eventWire(channel, ev.wire)];
    if (v === undefined || v === null) continue;
    const on = bool(v) === true;
    if (on !== eventDefault(channel, ev.wire)) events[ev.key] = on;
  }
  if (Object.keys(events).length > 0) entry.events = events;
  // the per-event settings Coolify holds (Telegram's thread ids; absent without read:sensitive)
  const setting = EVENT_SETTINGS[channel];
  if (setting !== undefined) {
    const values: Record<string, string> = {};
    for (const ev of NOTIFICATION_EVENTS) {
      const v = record[setting.wire(ev.wire)];
      if (v !== undefined && v !== null && v !== '') values[ev.key] = String(v);
    }
    if (Object.keys(values).length > 0) entry[setting.key] = values;
  }
  return entry;
}
