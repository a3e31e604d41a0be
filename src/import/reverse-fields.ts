/**
 * The generic reverse mapping: a live record → manifest fields, driven by a kind's field
 * capability table (`KindSpec`). Each comparable field is read the spec's way, dropped when
 * empty or equal to Coolify's default under the field's own normaliser, converted to the
 * manifest's type (chosen from the normaliser) and set at its `label` path
 * (`healthCheck.path` → `{healthCheck: {path}}`). Pure.
 */
import type { FieldSpec, KindSpec } from '../kinds/spec.js';
import { readLiveField } from '../kinds/spec.js';
import {
  base64Text,
  bool,
  commaList,
  commaSet,
  composeDomainList,
  decodeBase64IfEncoded,
  domains,
  isEmpty,
  lineList,
  numeric,
  text,
  zeroIsUnset,
} from '../kinds/normalize.js';
import { sameValue } from '../diff/equal.js';
import type { SecretRef } from './secrets.js';
import type { WireRecord } from './types.js';
import { composeData } from '../kinds/compose-data.js';

/** How to map one kind's record. */
export interface ReverseOptions {
  /** The live subtype (fields whose `onlyFor` excludes it are skipped). */
  subtype?: string;
  /** Coolify's defaults, wire names. */
  defaults: Readonly<Record<string, unknown>>;
  /** Labels handled by the caller (name, description, image, …). */
  skipLabels: ReadonlySet<string>;
  /** A sensitive field's value → its placeholder, or undefined to leave the field out. */
  secret: (field: FieldSpec, value: string) => SecretRef | undefined;
  /** Per-label conversions overriding the normaliser-based one. */
  convert?: Readonly<Record<string, (value: unknown) => unknown>>;
}

function splitComma(v: unknown): string[] {
  return String(v)
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Converts a live value to the manifest's type, chosen from the field's normaliser. */
export function manifestValue(field: FieldSpec, value: unknown): unknown {
  const n = field.normalize ?? text;
  if (n === numeric || n === zeroIsUnset) {
    const x = numeric(value);
    return typeof x === 'number' ? x : value;
  }
  if (n === bool) return bool(value);
  if (n === commaList || n === commaSet) return Array.isArray(value) ? value.map(String) : splitComma(value);
  if (n === domains) return splitComma(value);
  if (n === lineList) return lineList(value);
  if (n === composeDomainList) return composeDomainList(value) ?? value;
  if ((n === base64Text || n === composeData) && typeof value === 'string') return decodeBase64IfEncoded(value);
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/** Sets `value` at a dotted path, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) {
    const next = cur[p];
    if (next && typeof next === 'object' && !Array.isArray(next)) cur = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      cur[p] = created;
      cur = created;
    }
  }
  cur[parts[parts.length - 1]!] = value;
}

/** True when the live value equals Coolify's default for the field (or is empty). */
export function isDefault(field: FieldSpec, value: unknown, defaults: Readonly<Record<string, unknown>>): boolean {
  if (isEmpty(value)) return true;
  const norm = field.normalize ?? text;
  return sameValue(norm(value), norm(defaults[field.path] ?? null));
}

/**
 * The manifest fields of a live record, nested by label. Write-only fields are never read
 * back (GET does not return them comparably) and are left to the caller.
 */
export function reverseFields(spec: KindSpec, record: WireRecord, options: ReverseOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of spec.fields) {
    if (field.compare === 'writeOnly' || options.skipLabels.has(field.label)) continue;
    if (field.onlyFor && options.subtype !== undefined && !field.onlyFor.includes(options.subtype)) continue;
    const { present, value } = readLiveField(record, field);
    if (!present || isDefault(field, value, options.defaults)) continue;
    if (field.sensitive) {
      const ref = options.secret(field, String(value));
      if (ref) setPath(out, field.label, ref);
      continue;
    }
    const convert = options.convert?.[field.label];
    setPath(out, field.label, convert ? convert(value) : manifestValue(field, value));
  }
  return out;
}
