import type { Address } from './address.js';

/** Attributes of another resource that a manifest string may reference. */
export type RefAttribute =
  | 'internalUrl'
  | 'host'
  | 'port'
  | 'user'
  | 'password'
  | 'database'
  | 'url'
  | 'uuid'
  | 'fqdn';

/** A reference to another resource's attribute, e.g. `${databases.postgres.internalUrl}`. */
export interface RefPart {
  ref: Address;
  attr: RefAttribute;
}

/** A secret interpolated from `${secrets.NAME}`: its value must never be printed. */
export interface SecretPart {
  secret: string;
  value: string;
  /**
   * The secret was not provided (a read-only command that waived ADO204): its value is
   * unknown, so the value holding it is never materialised or compared.
   */
  missing?: true;
}

/** One piece of a template string. */
export type StringPart = string | RefPart | SecretPart;

/**
 * A string that holds a secret or a reference. Plain strings with neither stay plain
 * `string`s. Templates carry their own sensitivity: any SecretPart, or a ref to a
 * sensitive attribute (`password`, `internalUrl`), makes the whole value sensitive.
 */
export interface TemplateString {
  $template: StringPart[];
}

/** A desired field value after resolution. */
export type DesiredValue =
  | null
  | boolean
  | number
  | string
  | TemplateString
  | DesiredValue[]
  | { [key: string]: DesiredValue };

/** Reference attributes whose values are secret. */
export const SENSITIVE_REF_ATTRIBUTES: ReadonlySet<RefAttribute> = new Set(['password', 'internalUrl']);

/** Type guard for TemplateString. */
export function isTemplate(value: unknown): value is TemplateString {
  return typeof value === 'object' && value !== null && Array.isArray((value as TemplateString).$template);
}

/** Type guard for RefPart. */
export function isRefPart(part: StringPart): part is RefPart {
  return typeof part === 'object' && 'ref' in part;
}

/** Type guard for SecretPart. */
export function isSecretPart(part: StringPart): part is SecretPart {
  return typeof part === 'object' && 'secret' in part;
}

/** True when the value (deeply) contains a secret or a sensitive reference. */
export function containsSensitive(value: DesiredValue): boolean {
  if (isTemplate(value)) {
    return value.$template.some(
      (p) => isSecretPart(p) || (isRefPart(p) && SENSITIVE_REF_ATTRIBUTES.has(p.attr)),
    );
  }
  if (Array.isArray(value)) return value.some(containsSensitive);
  if (value && typeof value === 'object') return Object.values(value).some(containsSensitive);
  return false;
}

/** Every reference the value (deeply) contains. */
export function collectRefs(value: DesiredValue, out: RefPart[] = []): RefPart[] {
  if (isTemplate(value)) {
    for (const p of value.$template) if (isRefPart(p)) out.push(p);
  } else if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectRefs(v, out);
  }
  return out;
}

/** The names of the secrets the value (deeply) holds that were not provided. */
export function missingSecrets(value: DesiredValue, out: string[] = []): string[] {
  if (isTemplate(value)) {
    for (const p of value.$template) if (isSecretPart(p) && p.missing) out.push(p.secret);
  } else if (Array.isArray(value)) {
    for (const v of value) missingSecrets(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) missingSecrets(v, out);
  }
  return out;
}

/** Looks up the live value of a reference; undefined means "known after apply". */
export type RefLookup = (ref: RefPart) => string | undefined;

/**
 * Produces the concrete value: secrets substituted, references looked up. Returns undefined
 * when some reference is not known yet (the referenced resource does not exist) or a secret
 * was not provided.
 */
export function materialize(value: DesiredValue, lookup: RefLookup): unknown {
  if (isTemplate(value)) {
    let out = '';
    for (const p of value.$template) {
      if (typeof p === 'string') out += p;
      else if (isSecretPart(p)) {
        if (p.missing) return undefined;
        out += p.value;
      }
      else {
        const v = lookup(p);
        if (v === undefined) return undefined;
        out += v;
      }
    }
    return out;
  }
  if (Array.isArray(value)) {
    const arr: unknown[] = [];
    for (const v of value) {
      const m = materialize(v, lookup);
      if (m === undefined) return undefined;
      arr.push(m);
    }
    return arr;
  }
  if (value && typeof value === 'object') {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = materialize(v, lookup);
      if (m === undefined) return undefined;
      obj[k] = m;
    }
    return obj;
  }
  return value;
}
