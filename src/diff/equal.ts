/**
 * Equality of normalised values: deep, key-order-insensitive, with every "empty"
 * (undefined, null, '') equal to the others.
 */
import { isEmpty } from '../kinds/normalize.js';

/** Canonical JSON: sorted keys, empties as null. Also used for fingerprints and hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalCopy(value));
}

/**
 * The copy whose `JSON.stringify` is the canonical JSON: keys sorted, empties as null; the
 * top-level keys in `leaveOut` left out (the fingerprint's volatile fields), without a copy first.
 */
export function canonicalCopy(value: unknown, leaveOut?: ReadonlySet<string>): unknown {
  if (isEmpty(value)) return null;
  if (Array.isArray(value)) return value.map((v) => canonicalCopy(v));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of sortedKeys(value)) if (leaveOut === undefined || !leaveOut.has(k)) out[k] = canonicalCopy((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/**
 * `Object.keys(value).sort()`: by insertion for the few keys of a record (Array#sort's
 * set-up costs more than the compares there), the same UTF-16 code-unit order.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > k; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = k;
  }
  return keys;
}

/** A value whose canonical JSON is itself compared by `===`: a string, a boolean or a finite number. */
function isPlainScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** True when two normalised values are the same (their canonical JSON is equal). */
export function sameValue(a: unknown, b: unknown): boolean {
  // the common cases without building JSON: one value, two empties, two plain scalars
  if (a === b) return true;
  const emptyA = isEmpty(a);
  const emptyB = isEmpty(b);
  if (emptyA || emptyB) return emptyA && emptyB ? true : emptyA ? !isPlainScalar(b) && canonicalJson(b) === 'null' : !isPlainScalar(a) && canonicalJson(a) === 'null';
  if (isPlainScalar(a) && isPlainScalar(b)) return false;
  return canonicalJson(a) === canonicalJson(b);
}
