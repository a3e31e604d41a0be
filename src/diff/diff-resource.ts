/**
 * The generic resource diff: one function for every kind, driven by its KindSpec.
 * Never branches on the kind. Unset means unmanaged: only fields the manifest sets are
 * compared.
 */
import {
  LEGACY_OWNERSHIP_DESCRIPTION_MARKER,
  LEGACY_PROTECT_DESCRIPTION_MARKER,
  MARKER_CHANGE_PATH,
  hasLegacyMarker,
  hasProtectMarker,
  ownershipMarker,
} from '../model/resource.js';
import type { Consequence, FieldCaveat } from '../model/plan.js';
import type { DesiredEnvVar, DesiredResource, LiveEnvVar, LiveResource } from '../model/resource.js';
import { OWNERSHIP_TAG } from '../model/resource.js';
import { sharedEnvAsVars } from '../kinds/env-records.js';
import { text } from '../kinds/normalize.js';
import { isHiddenWithoutSensitive, readLiveField, type EnvSpec, type FieldSpec, type KindSpec } from '../kinds/spec.js';
import { diffEnvVars } from './env.js';
import { sameValue } from './equal.js';
import { isUnknownValue, isUnprovidedSecret, isUnreadableRef, materializeOrUnknown } from './materialize.js';
import type { DiffContext, FieldDiff, ResourceDiff } from './types.js';
import type { DesiredValue } from '../model/value.js';

type FieldDiffBase = Pick<FieldDiff, 'path' | 'label' | 'sensitive' | 'redact' | 'effect' | 'multiline' | 'writeOnly' | 'list' | 'implied' | 'publicParts'>;

/** The parts of a field's diff its capability table decides. */
export function fieldDiffBase(f: FieldSpec): FieldDiffBase {
  const base: FieldDiffBase = {
    path: f.path,
    label: f.label,
    sensitive: f.sensitive === true,
    redact: f.sensitive ? 'all' : 'none',
    effect: f.effect,
  };
  if (f.multiline) base.multiline = true;
  if (f.compare === 'writeOnly') base.writeOnly = true;
  if (f.list) base.list = f.list;
  if (f.implied) base.implied = true;
  if (f.publicParts) base.publicParts = f.publicParts;
  return base;
}

function consequencesOf(changes: readonly FieldDiff[]): Consequence[] {
  const out = new Set<Consequence>();
  for (const c of changes) {
    if (!c.counts) continue;
    if (c.effect === 'redeploy') out.add('redeploy');
    if (c.effect === 'restart') out.add('restart');
  }
  return [...out].sort();
}

function envMaps(desired: DesiredResource | undefined, live: LiveResource | undefined, spec: KindSpec) {
  const maps: Array<{ prefix: 'env' | 'sharedEnv'; spec: EnvSpec; want: Record<string, DesiredEnvVar>; have: readonly LiveEnvVar[] }> = [];
  // With `envPolicy: exact` no env at all is a declaration too: every key goes.
  const env = desired?.env ?? (desired?.envPolicy === 'exact' ? {} : undefined);
  if (spec.env && env) maps.push({ prefix: 'env', spec: spec.env, want: env, have: live?.env ?? [] });
  if (spec.sharedEnv && desired?.sharedEnv) {
    maps.push({ prefix: 'sharedEnv', spec: spec.sharedEnv, want: sharedEnvAsVars(desired.sharedEnv), have: live?.sharedEnv ?? [] });
  }
  return maps;
}

/** Raw desired values of every field the manifest sets (for `after` and creates). */
function desiredValues(desired: DesiredResource, ctx: DiffContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(desired.fields)) out[k] = materializeOrUnknown(v, ctx.refs);
  return out;
}

/** Raw live values of the fields in `paths` (wire names), read the spec's way. */
function liveValues(live: LiveResource, spec: KindSpec, only?: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of spec.fields) {
    if (only && !only.has(f.path)) continue;
    const { present, value } = readLiveField(live.fields, f);
    if (present) out[f.path] = value;
  }
  return out;
}

/** One field's diff, built in one literal (a spread of the base per field cost more than the diff). */
function fieldDiff(f: FieldSpec, before: unknown, after: unknown, counts: boolean, sensitiveState?: 'changed' | 'unverifiable'): FieldDiff {
  const d: FieldDiff = { path: f.path, label: f.label, before, after, sensitive: f.sensitive === true, redact: f.sensitive ? 'all' : 'none', effect: f.effect, counts };
  if (sensitiveState) d.sensitiveState = sensitiveState;
  if (f.multiline) d.multiline = true;
  if (f.compare === 'writeOnly') d.writeOnly = true;
  if (f.list) d.list = f.list;
  if (f.implied) d.implied = true;
  if (f.publicParts) d.publicParts = f.publicParts;
  return d;
}

function diffField(f: FieldSpec, want: DesiredValue, live: LiveResource, ctx: DiffContext): FieldDiff | 'same' | 'skip' {
  const after = materializeOrUnknown(want, ctx.refs);
  // Sent by its own request whenever the resource is updated (a storage's volume backup):
  // cannot be compared, so never drift, but shown with the changes it rides along with.
  if (f.compare === 'writeOnly' && f.via) return fieldDiff(f, undefined, after, false);
  if (f.compare === 'writeOnly') return 'skip';
  const { present, value: before } = readLiveField(live.fields, f);
  if (isUnknownValue(after)) {
    // A reference to an existing resource whose attribute this token cannot read.
    if (isUnreadableRef(want, ctx.refs, ctx.refTargetExists) || isUnprovidedSecret(want, ctx.refs)) return fieldDiff(f, before, after, false, 'unverifiable');
    return fieldDiff(f, before, after, true, f.sensitive ? 'changed' : undefined);
  }
  if (!present && isHiddenWithoutSensitive(f)) {
    // Not readable with this token: never drift, only a note on changes made anyway.
    return fieldDiff(f, undefined, after, false, 'unverifiable');
  }
  // Absent (not null): the list answer does not carry the field at all (e.g. application
  // `settings.*`, which only the per-resource GET returns). Unknown is not drift.
  if (!present) return 'skip';
  const norm = f.normalize ?? text;
  if (sameValue(norm(after), norm(before))) return 'same';
  // the same record named another way (a key by its uuid: FieldSpec.sameAs)
  if (f.sameAs !== undefined) {
    const also = readLiveField(live.fields, { ...f, readFrom: [f.sameAs] });
    if (also.present && sameValue(norm(after), norm(also.value))) return 'same';
  }
  return fieldDiff(f, before, after, true, f.sensitive ? 'changed' : undefined);
}

/**
 * What a counting change of an existing resource's field does not do, or needs: the kind
 * table's `changeCaveat` first (a major version), then its `initOnly` note.
 */
function caveatOf(f: FieldSpec, before: unknown, after: unknown, subtype: string | undefined): FieldCaveat | undefined {
  const rule = isUnknownValue(after) ? undefined : f.changeCaveat?.(before, after, subtype);
  if (rule) return rule;
  return f.initOnly ? { code: 'init-only', note: f.initOnly.note } : undefined;
}

const FIELDS_BY_PATH = new WeakMap<KindSpec, ReadonlyMap<string, FieldSpec>>();

/** A kind's field specs by wire path, made once per kind table. */
function fieldsByPath(spec: KindSpec): ReadonlyMap<string, FieldSpec> {
  let map = FIELDS_BY_PATH.get(spec);
  if (!map) FIELDS_BY_PATH.set(spec, (map = new Map(spec.fields.map((f) => [f.path, f]))));
  return map;
}

/**
 * Diffs one resource. `desired` undefined: a delete (no field changes; `before` holds the
 * live managed fields). `live` undefined: a create (every desired field is a change).
 * Values in the result are raw: redact before they leave the core.
 */
export function diffResource(
  desired: DesiredResource | undefined,
  live: LiveResource | undefined,
  spec: KindSpec,
  ctx: DiffContext,
): ResourceDiff {
  const changes: FieldDiff[] = [];
  let unchangedCount = 0;
  const ignoredSet = new Set(desired?.ignoreChanges ?? []);
  const ignored = (p: string): boolean => ignoredSet.has(p);

  if (!desired) {
    return { changes, unchangedCount, hasChanges: live !== undefined, consequences: [], before: live ? liveValues(live, spec) : {}, after: {} };
  }
  const after = desiredValues(desired, ctx);
  const fieldSpecs = fieldsByPath(spec);

  if (!live) {
    for (const [path, value] of Object.entries(after)) {
      const f = fieldSpecs.get(path);
      if (!f) continue;
      changes.push(fieldDiff(f, undefined, value, true));
    }
    for (const m of envMaps(desired, undefined, spec)) {
      changes.push(...diffEnvVars(m.want, [], m.spec, ctx, { prefix: m.prefix, ignored: () => false }).changes);
    }
    return { changes, unchangedCount, hasChanges: true, consequences: [], before: {}, after };
  }

  let subtypeChange: ResourceDiff['subtypeChange'];
  const liveSubtype = live.subtype ?? spec.liveSubtype?.(live.fields);
  if (desired.subtype !== undefined && liveSubtype !== undefined && desired.subtype !== liveSubtype) {
    subtypeChange = { before: liveSubtype, after: desired.subtype, effect: spec.subtypeChange };
  }

  // `protect` lives as a marker in the description; a change is a description update.
  if (spec.description && live.owned && !ignored('protect')) {
    const liveProtect = hasProtectMarker(live.fields['description']);
    if (liveProtect !== desired.protect) {
      changes.push({ path: 'protect', label: 'protect', before: liveProtect, after: desired.protect, sensitive: false, redact: 'none', effect: 'update', counts: true });
    }
  }
  // A description written by an earlier version carries the bracketed marker: rewrite it.
  if (spec.description && live.owned && hasLegacyMarker(live.fields['description'])) {
    const before = hasProtectMarker(live.fields['description'])
      ? `${LEGACY_OWNERSHIP_DESCRIPTION_MARKER} ${LEGACY_PROTECT_DESCRIPTION_MARKER}`
      : LEGACY_OWNERSHIP_DESCRIPTION_MARKER;
    changes.push({
      path: MARKER_CHANGE_PATH, label: 'ownership marker', before, after: ownershipMarker(desired.protect),
      sensitive: false, redact: 'none', effect: 'update', counts: true,
    });
  }

  for (const f of spec.fields) {
    const want = desired.fields[f.path];
    if (want === undefined || ignored(f.path)) continue;
    if (f.onlyFor && desired.subtype !== undefined && !f.onlyFor.includes(desired.subtype)) continue;
    const d = diffField(f, want, live, ctx);
    if (d === 'skip') continue;
    if (d === 'same') unchangedCount++;
    else {
      const caveat = d.counts ? caveatOf(f, d.before, d.after, desired.subtype) : undefined;
      if (caveat) d.caveat = caveat;
      if (d.counts && f.afterFirstDeploy?.(live.fields)) d.afterDeploy = true;
      if (!d.counts && !d.writeOnly) unchangedCount++;
      changes.push(d);
    }
  }

  if (spec.tags && desired.tags && desired.tags.length > 0 && live.tags !== undefined && !ignored('tags')) {
    const have = new Set(live.tags.map((t) => t.toLowerCase()));
    const missing = desired.tags.filter((t) => !have.has(t.toLowerCase()));
    if (missing.length > 0) {
      const before = [...have].filter((t) => t !== OWNERSHIP_TAG).sort();
      changes.push({ path: 'tags', label: 'tags', before, after: [...new Set([...before, ...desired.tags])].sort(), sensitive: false, redact: 'none', effect: 'update', counts: true });
    } else unchangedCount++;
  }

  for (const m of envMaps(desired, live, spec)) {
    const r = diffEnvVars(m.want, m.have, m.spec, ctx, { prefix: m.prefix, ignored, ownerOwned: live.owned, exact: m.prefix === 'env' && desired.envPolicy === 'exact' });
    changes.push(...r.changes);
    unchangedCount += r.unchanged;
  }

  const managed = new Set(Object.keys(desired.fields));
  const hasChanges = subtypeChange !== undefined || changes.some((c) => c.counts);
  const result: ResourceDiff = {
    changes,
    unchangedCount,
    hasChanges,
    consequences: consequencesOf(changes),
    before: liveValues(live, spec, managed),
    after,
  };
  if (subtypeChange) result.subtypeChange = subtypeChange;
  return result;
}
