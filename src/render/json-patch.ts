/**
 * The RFC 6902 patch of one resource change, for policy tools reading the JSON plan: the
 * operations that turn the live values into the desired ones. The document it applies to is
 * the resource's changed fields keyed by each change's `path` (`/docker_registry_image_tag`,
 * `/env.DATABASE_URL`), so every operation names the change it comes from. Values are the
 * change's own, already redacted: a sensitive value stays a `{ "$sensitive": true }` marker, and
 * a marker (sensitive or unknown) is replaced as a whole, never patched inside.
 */
import jsonpatch from 'fast-json-patch';
import type { FieldChange, PatchOperation, PlanValue } from '../model/plan.js';
import { isRedacted, isUnknown } from './values.js';

/** Stands in for markers while fast-json-patch compares, so a marker is one opaque leaf. */
class MarkerTokens {
  private readonly byToken = new Map<string, PlanValue>();
  private readonly prefix: string;

  constructor(values: readonly unknown[]) {
    // a prefix no string in the values starts with (so a real string is never taken for a token)
    let prefix = '\u0000marker:';
    while (values.some((v) => containsStringStartingWith(v, prefix))) prefix = `\u0000${prefix}`;
    this.prefix = prefix;
  }

  /** The value with every marker replaced by a token (equal markers, equal tokens). */
  hide(value: PlanValue): unknown {
    if (isRedacted(value) || isUnknown(value)) {
      const token = `${this.prefix}${JSON.stringify(value, Object.keys(value).sort())}`;
      this.byToken.set(token, value);
      return token;
    }
    if (Array.isArray(value)) return value.map((v) => this.hide(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.hide(v)]));
    return value;
  }

  /** The value with every token put back as its marker. */
  reveal(value: unknown): PlanValue {
    if (typeof value === 'string') return this.byToken.get(value) ?? value;
    if (Array.isArray(value)) return value.map((v) => this.reveal(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.reveal(v)]));
    return value as PlanValue;
  }
}

function containsStringStartingWith(value: unknown, prefix: string): boolean {
  if (typeof value === 'string') return value.startsWith(prefix);
  if (Array.isArray(value)) return value.some((v) => containsStringStartingWith(v, prefix));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => containsStringStartingWith(v, prefix));
  return false;
}

/** `/` + the change path as one JSON pointer segment. */
function pointer(path: string): string {
  return `/${jsonpatch.escapePathComponent(path)}`;
}

/**
 * The patch of one field change: fast-json-patch's `compare` of `{path: before}` and
 * `{path: after}` (arrays and objects get operations inside them, e.g. `add /fqdn/1`). A change
 * whose two redacted values are equal (a sensitive value the token cannot read) still is a
 * change: it gets one `replace` (or `add`) with the desired value.
 */
function fieldPatch(change: FieldChange): PatchOperation[] {
  const tokens = new MarkerTokens([change.path, change.before, change.after]);
  const before = change.before === undefined ? {} : { [change.path]: tokens.hide(change.before) };
  const after = change.after === undefined ? {} : { [change.path]: tokens.hide(change.after) };
  const ops: PatchOperation[] = jsonpatch.compare(before, after).map((op) => {
    if (op.op === 'add') return { op: 'add', path: op.path, value: tokens.reveal(op.value) };
    if (op.op === 'replace') return { op: 'replace', path: op.path, value: tokens.reveal(op.value) };
    if (op.op === 'remove') return { op: 'remove', path: op.path };
    // compare() only emits add, remove and replace (test only with `invertible`, which is off)
    throw new Error(`unexpected JSON patch operation ${op.op}`);
  });
  if (ops.length > 0 || change.after === undefined) return ops;
  return [change.before === undefined ? { op: 'add', path: pointer(change.path), value: change.after } : { op: 'replace', path: pointer(change.path), value: change.after }];
}

/** The RFC 6902 patch of a resource change: its field changes' operations, in change order. */
export function resourcePatch(changes: readonly FieldChange[]): PatchOperation[] {
  return changes.flatMap(fieldPatch);
}
