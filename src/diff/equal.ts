/**
 * Equality of normalised values: deep, key-order-insensitive, with every "empty"
 * (undefined, null, '') equal to the others.
 */
import { isEmpty } from '../kinds/normalize.js';

/** Canonical JSON: sorted keys, empties as null. Also used for fingerprints and hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (isEmpty(value)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** True when two normalised values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
