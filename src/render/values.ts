import type { PlanValue, RedactedValue, UnknownValue } from '../model/plan.js';
import { oneLine } from './sanitize.js';

/** The only text ever printed for a redacted value. */
export const SENSITIVE_TEXT = '(sensitive value)';
/** Printed for a sensitive field whose value changed. */
export const SENSITIVE_CHANGED_TEXT = '(sensitive value changed)';
/** Printed for a sensitive field the token cannot read, so a change cannot be ruled out. */
export const UNVERIFIABLE_TEXT = '(not verifiable: token lacks read:sensitive)';

/**
 * True for a RedactedValue. Deliberately loose (any object with a truthy `$sensitive`), so
 * that a malformed marker is still treated as secret rather than printed.
 */
export function isRedacted(value: unknown): value is RedactedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Boolean((value as { $sensitive?: unknown }).$sensitive);
}

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
const PUBLIC_KEY = /^(?:ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)) [A-Za-z0-9+/]{1,4000}={0,2}$/;

/**
 * The public parts a redacted value carries (a private key's fingerprint and public key),
 * only when well formed: a marker never prints anything else.
 */
export function publicPartsOf(value: unknown): { fingerprint?: string; publicKey?: string } {
  if (!isRedacted(value)) return {};
  const { fingerprint, publicKey } = value as { fingerprint?: unknown; publicKey?: unknown };
  return {
    ...(typeof fingerprint === 'string' && FINGERPRINT.test(fingerprint) ? { fingerprint } : {}),
    ...(typeof publicKey === 'string' && PUBLIC_KEY.test(publicKey) ? { publicKey } : {}),
  };
}

/** The words for a redacted value: the marker text, with a key's fingerprint when it has one. */
export function redactedText(value: RedactedValue): string {
  const { fingerprint } = publicPartsOf(value);
  return fingerprint === undefined ? SENSITIVE_TEXT : `(sensitive value; fingerprint ${fingerprint})`;
}

/** True for an UnknownValue (known only after apply). */
export function isUnknown(value: unknown): value is UnknownValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isRedacted(value) &&
    (value as { $unknown?: unknown }).$unknown === true
  );
}

/** How to word values that are not known yet. */
export interface ValueWording {
  /** Prefix for UnknownValue, e.g. `known after apply`. */
  unknown: string;
}

/** Plan wording: `(known after apply: databases.pg.internalUrl)`. */
export const PLAN_WORDING: ValueWording = { unknown: 'known after apply' };

/**
 * Formats a plan value on one line, JSON-ish: strings quoted and escaped, arrays `[a, b]`,
 * objects `{"k": v}`. Redacted values (at any depth) print only the marker text; when
 * `sensitive` is true nothing but markers is printed, whatever the value holds.
 */
export function formatValue(value: PlanValue | undefined, sensitive = false, wording: ValueWording = PLAN_WORDING): string {
  if (value === undefined) return '(none)';
  if (isRedacted(value)) return redactedText(value);
  if (isUnknown(value)) {
    const from = typeof value.from === 'string' && value.from !== '' ? `: ${oneLine(value.from)}` : '';
    return `(${wording.unknown}${from})`;
  }
  if (sensitive) return SENSITIVE_TEXT;
  if (value === null) return 'null';
  if (typeof value === 'string') return oneLine(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, false, wording)).join(', ')}]`;
  // Keys sorted, as the saved plan file sorts them: `show` of a saved plan prints what `plan` printed.
  const entries = Object.entries(value as Record<string, PlanValue>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{${entries.map(([k, v]) => `${oneLine(JSON.stringify(k))}: ${formatValue(v, false, wording)}`).join(', ')}}`;
}
