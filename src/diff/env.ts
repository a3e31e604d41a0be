/**
 * Env var (and shared variable) diff, per key: value + flags + ownership comment.
 *
 * - Keys the manifest declares are compared; values only when readable (else `unverifiable`).
 * - Live keys we own (comment holds ENV_OWNERSHIP_COMMENT) that the manifest dropped: removal.
 * - Live keys we do not own: left alone, never reported.
 * - Coolify's automatic preview copies of application vars: ignored.
 */
import { containsSensitive } from '../model/value.js';
import type { DesiredEnvVar, LiveEnvVar } from '../model/resource.js';
import { envRecordKeyParts, PREVIEW_ENV_SUFFIX } from '../kinds/lower-helpers.js';
import { envComment, findLiveEnvs, isOwnedEnvVar, isPlainEnvVar, storedEnvValue, withoutPlainMark } from '../kinds/env-records.js';
import type { EnvSpec } from '../kinds/spec.js';
import type { DiffContext, FieldDiff } from './types.js';
import { isUnknownValue, isUnprovidedSecret, isUnreadableRef, materializeOrUnknown } from './materialize.js';
import { sameValue } from './equal.js';
import { requestTrimmed } from '../kinds/normalize.js';

/** Options for one env map diff. */
export interface EnvDiffOptions {
  /** `env` or `sharedEnv`: the path prefix. */
  prefix: 'env' | 'sharedEnv';
  /** Whether a wire path is in the resource's ignoreChanges. */
  ignored: (path: string) => boolean;
  /**
   * The resource is ours. When it is not (an adoption), a missing ownership comment is not a
   * change: adopting tags the resource and changes nothing else.
   */
  ownerOwned?: boolean;
  /** `envPolicy: exact`: undeclared keys are removed whoever wrote them (not the kind's generated ones). */
  exact?: boolean;
}

function desiredRecord(v: DesiredEnvVar, value: unknown, spec: EnvSpec, plain: boolean): Record<string, unknown> {
  const rec: Record<string, unknown> = { value };
  for (const f of spec.flags) rec[f] = v[f];
  rec['comment'] = envComment(v.comment, plain);
  return rec;
}

/**
 * For display of non-secret vars: just the value when the flags are Coolify's defaults (and
 * the comment is ours), else the record without the ownership comment. Comparison never
 * uses this.
 */
function compact(rec: Record<string, unknown>): unknown {
  const { comment: _comment, value, ...flags } = rec;
  const defaults: Record<string, boolean> = { is_buildtime: true, is_runtime: true, is_literal: false, is_multiline: false, is_preview: false };
  const nonDefault = Object.entries(flags).filter(([k, v]) => k in defaults && v !== undefined && v !== defaults[k]);
  return nonDefault.length === 0 ? value : { value, ...Object.fromEntries(nonDefault) };
}

function liveRecord(v: LiveEnvVar, spec: EnvSpec): Record<string, unknown> {
  const rec: Record<string, unknown> = { value: v.value };
  for (const f of spec.flags) rec[f] = v[f] ?? false;
  rec['comment'] = v.comment ?? null;
  return rec;
}

function label(prefix: string, recordKey: string): string {
  const { key, preview } = envRecordKeyParts(recordKey);
  return preview ? `previews.env.${key}` : `${prefix}.${key}`;
}

/** Env keys whose values are secret whatever they hold. */
const SECRET_KEY = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS?)$/i;

/**
 * A declared env var whose value is secret: marked `sensitive`, holding `${secrets.*}` (or a
 * sensitive reference), or with a secret-looking key. Plans redact it; Coolify's copy carries no
 * ENV_PLAIN_MARK.
 */
export function isSecretEnvVar(key: string, want: DesiredEnvVar): boolean {
  return want.sensitive || containsSensitive(want.value) || SECRET_KEY.test(key);
}

/**
 * A live env var whose removed value a plan may show: written by us with ENV_PLAIN_MARK, its
 * key not secret-looking, its value readable. Anything else stays a marker.
 */
function removedValueShown(row: LiveEnvVar): boolean {
  return isPlainEnvVar(row) && !SECRET_KEY.test(row.key) && row.value !== undefined && row.value !== null;
}

/** The removal of a live env var the manifest no longer declares. */
function removalOf(row: LiveEnvVar, path: string, label: string, spec: EnvSpec): FieldDiff {
  const shown = removedValueShown(row);
  return {
    path,
    label,
    before: shown ? compact(liveRecord(row, spec)) : liveRecord(row, spec),
    after: undefined,
    sensitive: !shown,
    redact: shown ? 'none' : 'value',
    effect: spec.effect,
    counts: true,
    removeUuid: row.uuid,
  };
}

/** Diffs desired env vars against live ones. Returns the changes and the unchanged count. */
export function diffEnvVars(
  desired: Record<string, DesiredEnvVar>,
  live: readonly LiveEnvVar[],
  spec: EnvSpec,
  ctx: DiffContext,
  opts: EnvDiffOptions,
): { changes: FieldDiff[]; unchanged: number } {
  const changes: FieldDiff[] = [];
  let unchanged = 0;
  const matched = new Set<LiveEnvVar>();
  const wildcard = `${opts.prefix}.*`;
  const isIgnored = (path: string): boolean => opts.ignored(wildcard) || opts.ignored(path);

  for (const recordKey of Object.keys(desired).sort()) {
    const want = desired[recordKey]!;
    const { key, preview } = envRecordKeyParts(recordKey);
    const path = `${opts.prefix}.${recordKey}`;
    const value = materializeOrUnknown(want.value, ctx.refs);
    const rows = findLiveEnvs(live, key, preview, spec);
    // Several live rows for one key (Coolify's bulk upsert made duplicate preview rows for
    // older clients): keep the one that already holds the desired value, else the first; the
    // others are reported and removed, whoever wrote them, since the manifest manages the key.
    const row = rows.find((r) => !isUnknownValue(value) && r.value !== undefined && sameValue(storedEnvValue(String(value)), r.value)) ?? rows[0];
    for (const r of rows) matched.add(r);
    if (isIgnored(path)) continue;
    for (const extra of rows) {
      if (extra === row) continue;
      changes.push({
        path,
        label: `${label(opts.prefix, recordKey)} (duplicate)`,
        before: liveRecord(extra, spec),
        after: undefined,
        sensitive: true,
        redact: 'value',
        effect: spec.effect,
        counts: true,
        removeUuid: extra.uuid,
      });
    }
    // Plain values (NODE_ENV=production) are shown; secrets, sensitive references, values the
    // manifest marks sensitive and keys that look secret are redacted.
    const secret = isSecretEnvVar(key, want);
    const after = desiredRecord(want, value, spec, !secret);
    const base = {
      path,
      label: label(opts.prefix, recordKey),
      after: secret ? after : compact(after),
      sensitive: secret,
      redact: secret ? ('value' as const) : ('none' as const),
      effect: spec.effect,
      multiline: want.is_multiline,
    };
    if (!row) {
      changes.push({ ...base, before: undefined, counts: true });
      continue;
    }
    const before = liveRecord(row, spec);
    const flagsChanged = spec.flags.some((f) => f !== 'is_preview' && row[f] !== undefined && row[f] !== want[f]);
    // A missing or different comment alone is not a change: keys created by hand and declared
    // in the manifest get our ownership comment the next time their value or flags are written.
    // (So adopting a resource changes none of its env vars.) A user comment the manifest sets
    // is compared.
    // A variable that became secret loses its ENV_PLAIN_MARK (its value is written again).
    // Compared as Coolify keeps it: trimmed like every request string (src/kinds/normalize.ts).
    const commentChanged = (want.comment !== undefined && withoutPlainMark(row.comment) !== requestTrimmed(envComment(want.comment))) || (secret && isPlainEnvVar(row));
    let valueState: 'same' | 'changed' | 'unverifiable';
    if (isUnknownValue(value)) valueState = isUnreadableRef(want.value, ctx.refs, ctx.refTargetExists) || isUnprovidedSecret(want.value, ctx.refs) ? 'unverifiable' : 'changed';
    else if (row.value === undefined) valueState = 'unverifiable';
    else valueState = sameValue(storedEnvValue(String(value)), row.value) ? 'same' : 'changed';
    if (!flagsChanged && !commentChanged && valueState === 'same') {
      unchanged++;
      continue;
    }
    const counts = flagsChanged || commentChanged || valueState === 'changed';
    const change: FieldDiff = { ...base, before: secret ? before : compact(before), counts };
    if (valueState !== 'same') change.sensitiveState = valueState;
    if (!counts) unchanged++;
    changes.push(change);
  }

  const removals = new Map<string, FieldDiff>();
  const copies: LiveEnvVar[] = [];
  for (const row of live) {
    if (matched.has(row)) continue;
    const preview = row.is_preview === true;
    // Coolify's automatic preview copy of a declared non-preview var.
    if (preview && spec.previewCopies && desired[row.key] !== undefined) continue;
    if (!isOwnedEnvVar(row) && !(opts.exact === true && spec.generatedKeys?.test(row.key) !== true)) continue;
    const recordKey = preview && spec.flags.includes('is_preview') ? row.key + PREVIEW_ENV_SUFFIX : row.key;
    const path = `${opts.prefix}.${recordKey}`;
    if (isIgnored(path)) continue;
    if (preview && spec.previewCopies) {
      copies.push(row);
      continue;
    }
    const removal = removalOf(row, path, label(opts.prefix, recordKey), spec);
    changes.push(removal);
    if (!preview) removals.set(row.key, removal);
  }
  // A preview row of a key whose variable goes too is Coolify's automatic copy of it (made
  // whenever Coolify creates a non-preview variable, EnvironmentVariable.php:95-121, and left
  // behind when that variable is deleted, ApplicationsController.php:3950-3959): removed with
  // it, not shown as a change of its own. A preview row alone was a declared previews.env key.
  for (const row of copies) {
    const removal = removals.get(row.key);
    if (removal) {
      removal.copyUuids = [...(removal.copyUuids ?? []), row.uuid];
      continue;
    }
    const recordKey = row.key + PREVIEW_ENV_SUFFIX;
    changes.push(removalOf(row, `${opts.prefix}.${recordKey}`, label(opts.prefix, recordKey), spec));
  }
  return { changes: sortEnvChanges(changes), unchanged };
}

/** `env.*` by key, then `previews.env.*` by key (stable: a key's duplicates keep their order). */
function sortEnvChanges(changes: FieldDiff[]): FieldDiff[] {
  const rank = (c: FieldDiff) => {
    const { key, preview } = envRecordKeyParts(c.path.slice(c.path.indexOf('.') + 1));
    return { preview: preview ? 1 : 0, key };
  };
  return changes
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r.preview - b.r.preview || (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : 0) || a.i - b.i)
    .map((x) => x.c);
}
