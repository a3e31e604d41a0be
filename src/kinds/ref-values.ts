/**
 * Helpers of the kinds' `refAttribute`s (src/kinds/spec.ts `KindPlanning`): a record value as
 * the string a `${…}` reference materialises to.
 */
import type { DesiredResource } from '../model/resource.js';
import { materialize } from '../model/value.js';

/** A non-empty string, or a number as a string; undefined otherwise. */
export function refString(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A desired field as a string (references in it unknown); undefined when absent. */
export function desiredRefString(d: DesiredResource | undefined, key: string | undefined): string | undefined {
  if (!d || !key) return undefined;
  const v = d.fields[key];
  if (v === undefined) return undefined;
  return refString(materialize(v, () => undefined));
}
