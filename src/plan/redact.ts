/**
 * Redaction at the plan boundary: the only place raw values become PlanValues.
 * Sensitive values become `{ $sensitive: true, hash }` (HMAC-SHA256 under a per-run key,
 * truncated); afterwards every string still holding a known secret is scrubbed too.
 */
import { SecretMatcher } from './secret-matcher.js';
import { createHmac } from 'node:crypto';
import type { FieldChange, PlanValue, RedactedValue } from '../model/plan.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import { isSecretPart, isTemplate, materialize, type DesiredValue, type RefLookup } from '../model/value.js';
import { containsSensitive } from '../model/value.js';
import type { KindSpec } from '../kinds/spec.js';
import { readLiveField } from '../kinds/spec.js';
import type { FieldDiff, RedactionScope } from '../diff/types.js';
import { canonicalJson } from '../diff/equal.js';
import { isUnknownValue } from '../diff/materialize.js';

/** Secrets shorter than this are not scrubbed from free text (too many false hits). */
const MIN_SCRUB_LENGTH = 6;

/** Redacts values under one per-run key. */
export interface Redactor {
  /** The marker for a sensitive value (with a keyed hash; none for absent values). */
  sensitive(value: unknown): RedactedValue;
  /** A raw value as a PlanValue, redacted per scope. */
  value(value: unknown, scope: RedactionScope): PlanValue | undefined;
}

/** Converts an arbitrary raw value to a PlanValue (undefined stays undefined). */
export function toPlanValue(value: unknown): PlanValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => toPlanValue(v) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, PlanValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = toPlanValue(v);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  return String(value);
}

/** Creates a redactor keyed by `hashKey`. */
export function createRedactor(hashKey: Uint8Array): Redactor {
  const sensitive = (value: unknown): RedactedValue => {
    if (value === undefined || value === null || isUnknownValue(value)) return { $sensitive: true };
    const text = typeof value === 'string' ? value : canonicalJson(value);
    return { $sensitive: true, hash: createHmac('sha256', hashKey).update(text).digest('hex').slice(0, 16) };
  };
  return {
    sensitive,
    value(value, scope) {
      if (value === undefined) return undefined;
      if (isUnknownValue(value)) return toPlanValue(value);
      if (scope === 'all') return sensitive(value);
      if (scope === 'value' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const rec = toPlanValue(value) as Record<string, PlanValue>;
        const raw = (value as Record<string, unknown>)['value'];
        return { ...rec, value: isUnknownValue(raw) ? (toPlanValue(raw) ?? null) : sensitive(raw) };
      }
      return toPlanValue(value);
    },
  };
}

/**
 * A value Coolify keeps as one joined string (`"https://a,https://b"`) as its list of items, so
 * that plans show and patch it item by item. Other values (null, markers) are kept.
 */
export function asListValue(value: unknown, list: 'comma' | 'lines'): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(list === 'comma' ? /,/ : /\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A redacted value with what may be shown of it (a private key's fingerprint and public key). */
function withPublicParts(value: PlanValue | undefined, raw: unknown, side: 'live' | 'desired', d: FieldDiff): PlanValue | undefined {
  if (d.redact !== 'all' || !d.publicParts || value === undefined || typeof value !== 'object' || value === null || !('$sensitive' in value)) return value;
  const parts = d.publicParts(raw, side);
  if (!parts) return value;
  return { ...(value as RedactedValue), fingerprint: parts.fingerprint, ...(parts.publicKey === undefined ? {} : { publicKey: parts.publicKey }) };
}

/** A FieldDiff as a plan FieldChange. */
export function toFieldChange(d: FieldDiff, r: Redactor): FieldChange {
  const shown = (v: unknown): unknown => (d.list && d.redact === 'none' ? asListValue(v, d.list) : v);
  const change: FieldChange = {
    path: d.path,
    label: d.label,
    before: withPublicParts(r.value(shown(d.before), d.redact), d.before, 'live', d),
    after: withPublicParts(r.value(shown(d.after), d.redact), d.after, 'desired', d),
    sensitive: d.sensitive,
    effect: d.effect,
  };
  if (d.sensitiveState) change.sensitiveState = d.sensitiveState;
  const multi = !d.list && (d.multiline === true || [d.before, d.after].some((v) => typeof v === 'string' && v.includes('\n')));
  if (multi) change.multiline = true;
  if (d.writeOnly) change.writeOnly = true;
  if (d.afterDeploy) change.afterDeploy = true;
  if (d.implied) change.implied = true;
  if (d.caveat) change.caveat = { ...d.caveat };
  return change;
}

const SENSITIVE_PATHS = new WeakMap<KindSpec, ReadonlySet<string>>();

/** The wire paths of a kind's sensitive fields, made once per kind table. */
function sensitivePathsOf(spec: KindSpec): ReadonlySet<string> {
  let paths = SENSITIVE_PATHS.get(spec);
  if (!paths) SENSITIVE_PATHS.set(spec, (paths = new Set(spec.fields.filter((f) => f.sensitive).map((f) => f.path))));
  return paths;
}

/** A raw record (wire path → value) redacted with the kind's sensitive fields. */
export function redactRecord(
  record: Record<string, unknown>,
  spec: KindSpec,
  r: Redactor,
  desired?: DesiredResource,
): Record<string, PlanValue> {
  const sensitivePaths = sensitivePathsOf(spec);
  const out: Record<string, PlanValue> = {};
  for (const [k, v] of Object.entries(record)) {
    const want = desired?.fields[k];
    const secret = sensitivePaths.has(k) || (want !== undefined && containsSensitive(want));
    const p = r.value(v, secret ? 'all' : 'none');
    if (p !== undefined) out[k] = p;
  }
  return out;
}

function secretsOfValue(v: DesiredValue, out: Set<string>): void {
  if (isTemplate(v)) {
    for (const p of v.$template) if (isSecretPart(p)) out.add(p.value);
  } else if (Array.isArray(v)) v.forEach((x) => secretsOfValue(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => secretsOfValue(x, out));
}

/**
 * Every secret value known to this plan: `${secrets.*}` values, materialised values of
 * sensitive desired fields and env vars, and the live values of sensitive fields.
 */
export function collectSecrets(
  desired: readonly DesiredResource[],
  live: readonly LiveResource[],
  specFor: (kind: DesiredResource['kind']) => KindSpec,
  refs: RefLookup,
): Set<string> {
  const out = new Set<string>();
  for (const d of desired) {
    const spec = specFor(d.kind);
    const sensitivePaths = sensitivePathsOf(spec);
    for (const [k, v] of Object.entries(d.fields)) {
      secretsOfValue(v, out);
      if (sensitivePaths.has(k) || containsSensitive(v)) {
        const m = materialize(v, refs);
        if (typeof m === 'string') out.add(m);
      }
    }
    for (const e of Object.values(d.env ?? {})) {
      secretsOfValue(e.value, out);
      if (e.sensitive || containsSensitive(e.value)) {
        const m = materialize(e.value, refs);
        if (typeof m === 'string') out.add(m);
      }
    }
    for (const v of Object.values(d.sharedEnv ?? {})) secretsOfValue(v, out);
  }
  for (const l of live) {
    const spec = specFor(l.kind);
    for (const f of spec.fields) {
      if (!f.sensitive) continue;
      const { value } = readLiveField(l.fields, f);
      // What the field reads may be a public part itself (a key's stored fingerprint): shown, not scrubbed.
      if (typeof value === 'string' && f.publicParts?.(value, 'live') === undefined) out.add(value);
    }
    const url = l.fields['internal_db_url'];
    if (typeof url === 'string') out.add(url);
    const ext = l.fields['external_db_url'];
    if (typeof ext === 'string') out.add(ext);
  }
  for (const s of [...out]) if (s.length < MIN_SCRUB_LENGTH) out.delete(s);
  return out;
}

/**
 * Replaces every string (deeply) that contains one of `secrets` by a bare redaction marker.
 * Containers without such a string come back as they are (no copy of a clean plan); a changed
 * one is a copy, the input is never written. Each distinct string is tested once.
 */
export function scrubSecrets<T>(value: T, secrets: ReadonlySet<string>): T {
  if (secrets.size === 0) return value;
  const shortest = Math.min(...[...secrets].map((s) => s.length));
  const keyLength = Math.min(MIN_SCRUB_LENGTH, shortest);
  const matcher = new SecretMatcher(secrets, keyLength);
  // an empty secret is contained in every string
  const everything = secrets.has('');
  const tested = new Map<string, boolean>();
  const holdsSecret = (v: string): boolean => {
    // shorter than the matcher's key (every secret is at least that long): nothing to find
    if (!everything && v.length < keyLength) return false;
    let found = tested.get(v);
    if (found === undefined) {
      found = everything || matcher.test(v);
      tested.set(v, found);
    }
    return found;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return holdsSecret(v) ? { $sensitive: true } : v;
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const y = walk(x);
        if (y !== x) (copy ??= v.slice())[i] = y;
      }
      return copy ?? v;
    }
    if (v && typeof v === 'object') {
      let copy: Record<string, unknown> | undefined;
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        const x = (v as Record<string, unknown>)[k];
        const y = walk(x);
        if (y !== x) {
          copy ??= { ...(v as Record<string, unknown>) };
          Object.defineProperty(copy, k, { value: y, enumerable: true, writable: true, configurable: true });
        }
      }
      return copy ?? v;
    }
    return v;
  };
  return walk(value) as T;
}
