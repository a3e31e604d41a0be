/**
 * Materialising desired values for comparison: secrets substituted, references looked up,
 * and a "known after apply" marker when a reference's target does not exist yet.
 */
import { parseAddress } from '../model/address.js';
import type { UnknownValue } from '../model/plan.js';
import { collectRefs, materialize, missingSecrets, type DesiredValue, type RefLookup, type RefPart } from '../model/value.js';

const REF_ROOT: Record<string, string> = { database: 'databases', application: 'applications', service: 'services' };

/** A reference as the manifest writes it, e.g. `databases.postgres.internalUrl`. */
export function refLabel(ref: RefPart): string {
  const parsed = parseAddress(ref.ref);
  if (!parsed) return `${ref.ref}.${ref.attr}`;
  const root = REF_ROOT[parsed.kind] ?? parsed.kind;
  return `${root}.${parsed.name}.${ref.attr}`;
}

/** Type guard for the "known after apply" marker. */
export function isUnknownValue(v: unknown): v is UnknownValue {
  return typeof v === 'object' && v !== null && (v as UnknownValue).$unknown === true;
}

/** The concrete value, or an UnknownValue naming the first reference not known yet. */
export function materializeOrUnknown(value: DesiredValue, refs: RefLookup): unknown {
  const m = materialize(value, refs);
  if (m !== undefined) return m;
  const missing = collectRefs(value).find((r) => refs(r) === undefined);
  const marker: UnknownValue = { $unknown: true };
  if (missing) marker.from = refLabel(missing);
  else {
    const secret = missingSecrets(value)[0];
    if (secret !== undefined) marker.from = `secrets.${secret}`;
  }
  return marker;
}

/** True when the value is unknown only because it holds a secret that was not provided: unverifiable, never drift. */
export function isUnprovidedSecret(value: DesiredValue, refs: RefLookup): boolean {
  return missingSecrets(value).length > 0 && collectRefs(value).every((r) => refs(r) !== undefined);
}

/**
 * True when `value` cannot be materialised only because referenced attributes are not
 * readable (their targets exist): the value is then unverifiable, not "known after apply".
 */
export function isUnreadableRef(value: DesiredValue, refs: RefLookup, exists: ((ref: RefPart) => boolean) | undefined): boolean {
  if (!exists) return false;
  const missing = collectRefs(value).filter((r) => refs(r) === undefined);
  return missing.length > 0 && missing.every(exists);
}
