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
