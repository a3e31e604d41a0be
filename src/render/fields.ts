import { structuredPatch } from 'diff';
import type { FieldChange, PlanValue, ResourceChange } from '../model/plan.js';
import { clean, oneLine } from './sanitize.js';
import {
  PLAN_WORDING,
  SENSITIVE_CHANGED_TEXT,
  UNVERIFIABLE_TEXT,
  formatValue,
  isRedacted,
  publicPartsOf,
  isUnknown,
  type ValueWording,
} from './values.js';

/** One line of a unified diff of a multi-line value. `@` is a hunk header. */
export interface DiffLine {
  sign: '+' | '-' | ' ' | '@';
  text: string;
}

/**
 * A field change prepared for display, independent of the output format. Every string in it is
 * already safe: sensitive values are markers, control characters are escaped. `caveat`: what
 * the change does not do or needs (see `caveatText`), shown after its line.
 */
export type FieldView = FieldViewBody & { caveat?: string };

/** The display forms of a field change. */
export type FieldViewBody =
  /** A value added (`+`) or removed (`-`). */
  | { type: 'set'; sign: '+' | '-'; label: string; value: string }
  /** A one-line change from `before` to `after`. */
  | { type: 'change'; label: string; before: string; after: string }
  /** A change that can only be described, e.g. a sensitive value. */
  | { type: 'note'; sign: '+' | '-' | '~'; label: string; note: string }
  /** A multi-line value as a unified diff. */
  | { type: 'multiline'; sign: '+' | '-' | '~'; label: string; lines: DiffLine[] };

/** Shown after a change set in the apply's second stage (FieldChange.afterDeploy). */
export const SECOND_STAGE_TEXT = 'stage 2 after the first deploy: Coolify takes it only then, a redeploy follows';

/**
 * The caveat of a field change as shown after its line: `init-only: …`, `data migration: …`,
 * and the second stage (`stage 2 after the first deploy: …`).
 */
export function caveatText(change: Pick<FieldChange, 'caveat' | 'afterDeploy'>): string | undefined {
  const parts: string[] = [];
  if (change.caveat) parts.push(`${change.caveat.code === 'init-only' ? 'init-only' : 'data migration'}: ${oneLine(change.caveat.note)}`);
  if (change.afterDeploy) parts.push(SECOND_STAGE_TEXT);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Builds the display view of one field change, with its caveat (if any). */
export function fieldView(change: FieldChange, wording: ValueWording = PLAN_WORDING): FieldView {
  const view = bareFieldView(change, wording);
  const caveat = caveatText(change);
  return caveat === undefined ? view : { ...view, caveat };
}

function bareFieldView(change: FieldChange, wording: ValueWording): FieldView {
  if (isEnvPath(change.path)) return envFieldView(change, wording);
  const label = oneLine(change.label || change.path);
  const { before, after } = change;
  // Nested redacted values are masked by formatValue; a redacted side or a sensitive field hides everything.
  const secret = change.sensitive || isRedacted(before) || isRedacted(after);
  // Hidden from this token (a secret, or a field such as file-storage content that Coolify
  // shows only with read:sensitive): it cannot be compared, whatever the value.
  if (change.sensitiveState === 'unverifiable' && (secret || before === undefined)) return { type: 'note', sign: '~', label, note: UNVERIFIABLE_TEXT };
  if (secret) {
    if (before === undefined) return { type: 'set', sign: '+', label, value: formatValue(after, true, wording) };
    if (after === undefined) return { type: 'set', sign: '-', label, value: formatValue(before, true, wording) };
    // A marker on either side says more than "changed" (e.g. known after apply).
    if (isUnknown(after) || isUnknown(before)) {
      return { type: 'change', label, before: formatValue(before, true, wording), after: formatValue(after, true, wording) };
    }
    // A key's fingerprint tells which key is replaced by which.
    if (publicPartsOf(before).fingerprint !== undefined || publicPartsOf(after).fingerprint !== undefined) {
      return { type: 'change', label, before: formatValue(before, true, wording), after: formatValue(after, true, wording) };
    }
    return { type: 'note', sign: '~', label, note: SENSITIVE_CHANGED_TEXT };
  }
  if (change.multiline && isText(before) && isText(after)) {
    return multilineView(label, before, after);
  }
  if (change.writeOnly && before === undefined) {
    return { type: 'set', sign: '+', label, value: `${formatValue(after, false, wording)} ${WRITE_ONLY_TEXT}` };
  }
  if (before === undefined) return { type: 'set', sign: '+', label, value: formatValue(after, false, wording) };
  if (after === undefined) return { type: 'set', sign: '-', label, value: formatValue(before, false, wording) };
  const items = listItemLines(before, after);
  if (items) return { type: 'multiline', sign: '~', label, lines: items };
  return { type: 'change', label, before: formatValue(before, false, wording), after: formatValue(after, false, wording) };
}

/**
 * A list change item by item (`+ "https://new.example.com"`), unchanged items left out;
 * undefined when a side is no list of plain values, or only the order changed.
 */
function listItemLines(before: PlanValue, after: PlanValue): DiffLine[] | undefined {
  const plain = (v: PlanValue): v is Array<string | number | boolean> =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean');
  if (!plain(before) || !plain(after)) return undefined;
  const key = (x: string | number | boolean): string => JSON.stringify(x);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const lines: DiffLine[] = [
    ...before.filter((x) => !has.has(key(x))).map((x): DiffLine => ({ sign: '-', text: formatValue(x) })),
    ...after.filter((x) => !had.has(key(x))).map((x): DiffLine => ({ sign: '+', text: formatValue(x) })),
  ];
  return lines.length > 0 ? lines : undefined;
}

const isEnvPath = (path: string): boolean => /^(env|sharedEnv)\./.test(path);

/** The manifest's own words for an env var's flags that differ from Coolify's defaults. */
const ENV_FLAG_WORDS: ReadonlyArray<[flag: string, unusual: boolean, words: string]> = [
  ['is_buildtime', false, 'buildTime: false'],
  ['is_runtime', false, 'runtime: false'],
  ['is_literal', true, 'literal: true'],
  ['is_multiline', true, 'multiline: true'],
];

/**
 * An env value as the plan holds it: the value alone (default flags), or a record of the value
 * and Coolify's flags (`{"value": …, "is_runtime": false}`), split into the value and the
 * manifest's words for its flags (`runtime: false`). `is_preview` is said by the label
 * (`previews.env.X`), the ownership comment by nothing.
 */
function envParts(v: PlanValue | undefined): { value: PlanValue | undefined; flags: string } {
  if (v === undefined || v === null || typeof v !== 'object' || Array.isArray(v) || isRedacted(v) || isUnknown(v) || !('value' in v)) {
    return { value: v, flags: '' };
  }
  const rec = v as Record<string, PlanValue>;
  const words = ENV_FLAG_WORDS.filter(([flag, unusual]) => rec[flag] === unusual).map(([, , w]) => w);
  return { value: rec['value'], flags: words.length > 0 ? ` (${words.join(', ')})` : '' };
}

/**
 * An env var change in manifest terms: `"https://…" (runtime: false)`; a multi-line value
 * whose flags stay gets the unified diff a file's content gets.
 */
function envFieldView(change: FieldChange, wording: ValueWording): FieldView {
  const before = envParts(change.before);
  const after = envParts(change.after);
  const label = oneLine(change.label || change.path);
  const secret = change.sensitive || isRedacted(before.value) || isRedacted(after.value);
  if (change.sensitiveState === 'unverifiable' && (secret || change.before === undefined)) return { type: 'note', sign: '~', label, note: UNVERIFIABLE_TEXT };
  const text = (p: { value: PlanValue | undefined; flags: string }): string => `${formatValue(p.value, secret, wording)}${p.flags}`;
  const multiline = change.multiline === true || [before.value, after.value].some((v) => typeof v === 'string' && v.includes('\n'));
  const sameFlags = change.before === undefined || change.after === undefined || before.flags === after.flags;
  if (!secret && multiline && sameFlags && isText(before.value) && isText(after.value)) {
    return multilineView(`${label}${(change.after === undefined ? before : after).flags}`, before.value, after.value);
  }
  if (change.before === undefined) return { type: 'set', sign: '+', label, value: text(after) };
  if (change.after === undefined) return { type: 'set', sign: '-', label, value: text(before) };
  if (secret && !isUnknown(after.value) && !isUnknown(before.value)) {
    return before.flags === after.flags
      ? { type: 'note', sign: '~', label, note: SENSITIVE_CHANGED_TEXT }
      : { type: 'change', label, before: text(before), after: text(after) };
  }
  return { type: 'change', label, before: text(before), after: text(after) };
}

/** Appended to a write-only value: it is sent, and Coolify cannot show it back. */
export const WRITE_ONLY_TEXT = '(write-only: sent, cannot be read back)';

function isText(v: PlanValue | undefined): v is string | undefined {
  return v === undefined || typeof v === 'string';
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function multilineView(label: string, before: string | undefined, after: string | undefined): FieldView {
  if (before === undefined || after === undefined) {
    const sign = before === undefined ? '+' : '-';
    const lines = splitLines((before ?? after) as string).map((t) => ({ sign, text: clean(t) }) as DiffLine);
    return { type: 'multiline', sign, label, lines };
  }
  // Lines are compared as lines: a missing final newline on one side is no change of its last line.
  const ended = (t: string): string => (t.endsWith('\n') ? t : `${t}\n`);
  const patch = structuredPatch('before', 'after', ended(before), ended(after), undefined, undefined, { context: 3 });
  if (patch.hunks.length === 0) return { type: 'change', label, before: formatValue(before), after: formatValue(after) };
  const lines: DiffLine[] = [];
  for (const hunk of patch.hunks) {
    lines.push({ sign: '@', text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` });
    for (const raw of hunk.lines) {
      if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
      const sign = raw[0] === '+' || raw[0] === '-' ? raw[0] : ' ';
      lines.push({ sign, text: clean(raw.slice(1)) });
    }
  }
  return { type: 'multiline', sign: '~', label, lines };
}

/**
 * The changes a plan shows, one line per manifest field: an `implied` change (a backup's
 * `save_s3`) is left out when another change has its label (its `s3` storage).
 */
export function shownChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.filter((c) => !c.implied || !changes.some((o) => o !== c && !o.implied && o.label === c.label));
}

/**
 * The field views of a resource: its `changes`, or, when a create or delete lists none, the
 * fields of its redacted `after` / `before` record.
 */
export function resourceFieldViews(rc: ResourceChange, wording: ValueWording = PLAN_WORDING): FieldView[] {
  if (rc.changes.length > 0) return shownChanges(rc.changes).map((c) => fieldView(c, wording));
  const isCreate = rc.action === 'create';
  const isDelete = rc.action === 'delete';
  const record = isCreate ? rc.after : isDelete ? rc.before : undefined;
  if (!record) return [];
  return Object.keys(record)
    .sort()
    .map((key) => {
      const value = record[key];
      return fieldView({
        path: key,
        label: key,
        before: isCreate ? undefined : value,
        after: isCreate ? value : undefined,
        sensitive: isRedacted(value),
        effect: 'update',
        multiline: typeof value === 'string' && value.includes('\n'),
      }, wording);
    });
}
