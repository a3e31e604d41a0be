/**
 * What a deleted resource is, in manifest terms: the fields of its kind's table that hold
 * something (nulls, empties and Coolify's defaults left out), labelled as the manifest labels
 * them. A plan lists them as the delete's field changes (each `before` only), as a create lists
 * what it sets, so a destroy block reads like the manifest entry that was removed.
 */
import type { FieldChange, PlanValue } from '../model/plan.js';
import type { LiveResource } from '../model/resource.js';
import { readLiveField, type KindSpec } from '../kinds/spec.js';
import { text } from '../kinds/normalize.js';
import { fieldDiffBase } from '../diff/diff-resource.js';
import { sameValue } from '../diff/equal.js';
import { toFieldChange, type Redactor } from './redact.js';

const isEmptyValue = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The field changes and the `before` record (wire path → redacted value) of a live resource
 * the plan deletes. Left out: write-only and sensitive fields (a secret would show only as a
 * marker), fields another subtype has, and values that are empty or Coolify's default under
 * the field's normaliser.
 */
export function deletedFields(live: LiveResource, spec: KindSpec, r: Redactor): { changes: FieldChange[]; before: Record<string, PlanValue> } {
  const subtype = live.subtype ?? spec.liveSubtype?.(live.fields);
  const defaults = spec.liveDefaults?.(subtype) ?? {};
  const changes: FieldChange[] = [];
  const before: Record<string, PlanValue> = {};
  for (const f of spec.fields) {
    if (f.compare === 'writeOnly' || f.sensitive) continue;
    if (f.onlyFor && subtype !== undefined && !f.onlyFor.includes(subtype)) continue;
    const { present, value } = readLiveField(live.fields, f);
    if (!present) continue;
    const norm = f.normalize ?? text;
    const canonical = norm(value);
    if (isEmptyValue(canonical)) continue;
    if (f.path in defaults && sameValue(canonical, norm(defaults[f.path]))) continue;
    const change = toFieldChange({ ...fieldDiffBase(f), before: value, after: undefined, counts: true }, r);
    changes.push(change);
    if (change.before !== undefined) before[f.path] = r.value(value, 'none') ?? null;
  }
  return { changes, before };
}
