import { structuredPatch } from 'diff';
import type { FieldChange, PlanValue, ResourceChange } from '../model/plan.js';
import { clean, oneLine } from './sanitize.js';
import {
  PLAN_WORDING,
  SENSITIVE_CHANGED_TEXT,
  UNVERIFIABLE_TEXT,
  formatValue,
  isRedacted,
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

/** The caveat of a field change as shown after its line: `init-only: …`, `data migration: …`. */
export function caveatText(change: Pick<FieldChange, 'caveat'>): string | undefined {
  if (!change.caveat) return undefined;
  return `${change.caveat.code === 'init-only' ? 'init-only' : 'data migration'}: ${oneLine(change.caveat.note)}`;
}

/** Builds the display view of one field change, with its caveat (if any). */
export function fieldView(change: FieldChange, wording: ValueWording = PLAN_WORDING): FieldView {
  const view = bareFieldView(change, wording);
  const caveat = caveatText(change);
  return caveat === undefined ? view : { ...view, caveat };
}

function bareFieldView(change: FieldChange, wording: ValueWording): FieldView {
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
  return { type: 'change', label, before: formatValue(before, false, wording), after: formatValue(after, false, wording) };
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
  const patch = structuredPatch('before', 'after', before, after, undefined, undefined, { context: 3 });
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
 * The field views of a resource: its `changes`, or, when a create or delete lists none, the
 * fields of its redacted `after` / `before` record.
 */
export function resourceFieldViews(rc: ResourceChange, wording: ValueWording = PLAN_WORDING): FieldView[] {
  if (rc.changes.length > 0) return rc.changes.map((c) => fieldView(c, wording));
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
