import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';
import { asAddress } from '../model/address.js';
import { ACTIONS, ACTION_OF_REASON, PLAN_FORMAT_VERSION, type PlanJson, type PlanValue } from '../model/plan.js';
import { isRedacted, isUnknown, publicPartsOf } from './values.js';
import { resourcePatch } from './json-patch.js';
import { jsonText } from './sanitize.js';
import { layoutJson } from './json-layout.js';

/** Error codes thrown while reading a saved plan. */
export const PlanFileError = {
  /** The plan file does not exist or cannot be read. */
  NotFound: CODES.PLAN_FILE_UNREADABLE.code,
  /** The file is not JSON. */
  InvalidJson: CODES.PLAN_FILE_NOT_JSON.code,
  /** `formatVersion` is missing, unknown, or newer than this tool understands. */
  UnsupportedVersion: CODES.PLAN_FILE_VERSION.code,
  /** The JSON is not shaped like a plan. */
  Malformed: CODES.PLAN_FILE_MALFORMED.code,
} as const;

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);
const PATCH_OPS = new Set(['add', 'remove', 'replace']);
const SUMMARY_KEYS = ['add', 'change', 'destroy', 'replace', 'move', 'adopt', 'redeploy', 'restart', 'noop', 'unmanaged'] as const;

/**
 * Serialises a plan deterministically: object keys sorted recursively, arrays in plan order,
 * 2-space indent with every object or array of plain values on one line (json-layout.ts),
 * trailing newline. A RedactedValue is written as `{"$sensitive": true}` plus its
 * `hash`, and nothing else it may carry. Each resource change gets its RFC 6902 `patch`, made
 * from its (masked) changes, so it is masked exactly like them.
 */
export function renderPlanJson(plan: PlanJson): string {
  const masked = maskSensitiveChanges(plan);
// A delete's changes say what it held: nothing is patched (what happens is its `action`).
  const withPatches = { ...masked, resourceChanges: masked.resourceChanges.map((rc) => ({ ...rc, patch: rc.action === 'delete' ? [] : resourcePatch(rc.changes) })) };
  // Live strings stay faithful, without a raw control or bidi character (audit M4, m5).
  return jsonText(layoutJson(canonical(withPatches))) + '\n';
}

/**
 * Defence in depth: a field change marked `sensitive` whose value is not a marker is a bug
 * upstream; it is written as a RedactedValue rather than leaked into a saved plan.
 */
function maskSensitiveChanges(plan: PlanJson): PlanJson {
  const mask = (v: PlanValue | undefined): PlanValue | undefined => {
    if (v === undefined || isRedacted(v) || isUnknown(v)) return v;
    // A sensitive env var's record: its value is a marker, its flags are no secret.
    const rec = v as Record<string, PlanValue>;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && (isRedacted(rec['value']) || isUnknown(rec['value']))) {
      return Object.fromEntries(Object.entries(rec).filter(([k, x]) => k === 'value' || typeof x === 'boolean'));
    }
    return { $sensitive: true };
  };
  return {
    ...plan,
    resourceChanges: plan.resourceChanges.map((rc) => ({
      ...rc,
      changes: rc.changes.map((c) => (c.sensitive ? { ...c, before: mask(c.before), after: mask(c.after) } : c)),
    })),
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonical(v)));
  if (value === null || typeof value !== 'object') return value;
  if (isRedacted(value)) {
    const hash = (value as { hash?: unknown }).hash;
    // Only well-formed public parts (a key's fingerprint and public key) go with the marker.
    return { $sensitive: true, ...(typeof hash === 'string' ? { hash } : {}), ...publicPartsOf(value) };
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}

function parseVersion(v: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * Parses a saved plan, checking `formatVersion` and the basic shape. Throws AdoError
 * (`PlanFileError` codes) with a message that says what is wrong and where.
 */
export function parsePlanJson(text: string): PlanJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new AdoError(PlanFileError.InvalidJson, `the plan file is not valid JSON: ${(err as Error).message}`, {
      hint: 'pass a file written by `ado-coolify plan --out FILE`',
    });
  }
  if (!isObject(data)) throw malformed('the plan must be a JSON object');
  checkVersion(data.formatVersion);

  requireString(data, 'toolVersion', '');
  requireString(data, 'createdAt', '');
  requireObject(data, 'manifest', '');
  requireObject(data, 'coolify', '');
  const coolify = data.coolify as Record<string, unknown>;
  requireString(coolify, 'url', 'coolify.');
  requireString(coolify, 'version', 'coolify.');
  if (typeof coolify.canReadSensitive !== 'boolean') throw malformed('coolify.canReadSensitive must be a boolean');
  if (data.preflight !== undefined) checkPreflight(data.preflight);
  for (const key of ['targets', 'resourceChanges', 'unmanaged', 'edges', 'steps', 'diagnostics']) requireArray(data, key);

  (data.resourceChanges as unknown[]).forEach((rc, i) => {
    const at = `resourceChanges[${i}]`;
    if (!isObject(rc)) throw malformed(`${at} must be an object`);
    requireString(rc, 'address', `${at}.`);
    if (!asAddress(rc.address as string)) throw malformed(`${at}.address ${JSON.stringify(rc.address)} is not a resource address`);
    requireString(rc, 'kind', `${at}.`);
    if (typeof rc.action !== 'string' || !KNOWN_ACTIONS.has(rc.action)) throw malformed(`${at}.action: unknown action ${JSON.stringify(rc.action)}`);
    const reasonOf = typeof rc.actionReason === 'string' && Object.hasOwn(ACTION_OF_REASON, rc.actionReason) ? ACTION_OF_REASON[rc.actionReason as keyof typeof ACTION_OF_REASON] : undefined;
    if (reasonOf === undefined) throw malformed(`${at}.actionReason: unknown reason ${JSON.stringify(rc.actionReason)}`);
    if (reasonOf !== rc.action) throw malformed(`${at}.actionReason ${JSON.stringify(rc.actionReason)} goes with action "${reasonOf}", not "${rc.action}"`);
    if (rc.alsoUpdates !== undefined && typeof rc.alsoUpdates !== 'boolean') throw malformed(`${at}.alsoUpdates must be a boolean`);
    if (rc.cost !== undefined && typeof rc.cost !== 'string') throw malformed(`${at}.cost must be a string`);
    if (rc.movedFrom !== undefined && (typeof rc.movedFrom !== 'string' || !asAddress(rc.movedFrom))) throw malformed(`${at}.movedFrom must be a resource address`);
    if (!Array.isArray(rc.changes)) throw malformed(`${at}.changes must be an array`);
    rc.changes.forEach((c, j) => {
      if (!isObject(c) || typeof c.path !== 'string' || typeof c.label !== 'string') {
        throw malformed(`${at}.changes[${j}] must be an object with string "path" and "label"`);
      }
    });
    if (rc.patch !== undefined) {
      if (!Array.isArray(rc.patch)) throw malformed(`${at}.patch must be an array`);
      rc.patch.forEach((op, j) => {
        if (!isObject(op) || typeof op.path !== 'string' || !PATCH_OPS.has(op.op as string)) {
          throw malformed(`${at}.patch[${j}] must be an RFC 6902 operation with "op" (add, remove, replace) and string "path"`);
        }
      });
    }
    if (!Array.isArray(rc.consequences)) throw malformed(`${at}.consequences must be an array`);
    if (typeof rc.unchangedCount !== 'number') throw malformed(`${at}.unchangedCount must be a number`);
  });
  (data.unmanaged as unknown[]).forEach((u, i) => {
    if (!isObject(u) || typeof u.uuid !== 'string' || typeof u.kind !== 'string') {
      throw malformed(`unmanaged[${i}] must be an object with string "kind" and "uuid"`);
    }
  });
  (data.edges as unknown[]).forEach((e, i) => {
    if (!isObject(e) || typeof e.from !== 'string' || typeof e.to !== 'string' || typeof e.reason !== 'string') {
      throw malformed(`edges[${i}] must be an object with string "from", "to" and "reason"`);
    }
  });
  (data.diagnostics as unknown[]).forEach((d, i) => {
    if (!isObject(d) || typeof d.code !== 'string' || typeof d.message !== 'string') {
      throw malformed(`diagnostics[${i}] must be an object with string "code" and "message"`);
    }
  });
  if (data.impact !== undefined && !isObject(data.impact)) throw malformed('impact must be an object');
  requireObject(data, 'summary', '');
  const summary = data.summary as Record<string, unknown>;
  for (const key of SUMMARY_KEYS) {
    if (typeof summary[key] !== 'number') throw malformed(`summary.${key} must be a number`);
  }
  // Shape checked above; the remaining fields are trusted as the plan writer produced them.
  return data as unknown as PlanJson;
}

function checkVersion(v: unknown): void {
  const ours = parseVersion(PLAN_FORMAT_VERSION) as [number, number];
  if (v === undefined) {
    throw new AdoError(PlanFileError.Malformed, 'this is not an ado-coolify plan: "formatVersion" is missing', {
      hint: 'pass a file written by `ado-coolify plan --out FILE`',
    });
  }
  const theirs = typeof v === 'string' ? parseVersion(v) : undefined;
  if (!theirs) {
    throw new AdoError(PlanFileError.UnsupportedVersion, `unknown plan formatVersion ${JSON.stringify(v)} (this ado-coolify reads ${PLAN_FORMAT_VERSION})`, {
      hint: 'pass a file written by `ado-coolify plan --out FILE`',
    });
  }
  const [major, minor] = theirs;
  if (major > ours[0] || (major === ours[0] && minor > ours[1])) {
    throw new AdoError(
      PlanFileError.UnsupportedVersion,
      `plan formatVersion ${String(v)} is newer than this ado-coolify understands (${PLAN_FORMAT_VERSION})`,
      { hint: 'upgrade ado-coolify to the version that wrote the plan, or re-run `plan` with this one' },
    );
  }
  if (major < ours[0]) {
    throw new AdoError(
      PlanFileError.UnsupportedVersion,
      `plan formatVersion ${String(v)} is no longer supported (this ado-coolify reads ${PLAN_FORMAT_VERSION})`,
      { hint: 're-run `plan` with this version of ado-coolify' },
    );
  }
}

function malformed(message: string): AdoError {
  return new AdoError(PlanFileError.Malformed, `malformed plan file: ${message}`, {
    hint: 'pass a file written by `ado-coolify plan --out FILE`, unedited',
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requireString(obj: Record<string, unknown>, key: string, prefix: string): void {
  if (typeof obj[key] !== 'string') throw malformed(`${prefix}${key} must be a string`);
}

function requireObject(obj: Record<string, unknown>, key: string, prefix: string): void {
  if (!isObject(obj[key])) throw malformed(`${prefix}${key} must be an object`);
}

function requireArray(obj: Record<string, unknown>, key: string): void {
  if (!Array.isArray(obj[key])) throw malformed(`${key} must be an array`);
}

/** The optional `preflight` object: `{ release, abilities, inferred, notVerifiable }`. */
function checkPreflight(p: unknown): void {
  if (!isObject(p)) throw malformed('preflight must be an object');
  requireString(p, 'release', 'preflight.');
  if (!Array.isArray(p.abilities) || !p.abilities.every((a) => typeof a === 'string')) throw malformed('preflight.abilities must be an array of strings');
  if (typeof p.inferred !== 'boolean') throw malformed('preflight.inferred must be a boolean');
  if (!Array.isArray(p.notVerifiable) || !p.notVerifiable.every((e) => isObject(e) && typeof e.subject === 'string' && typeof e.why === 'string')) {
    throw malformed('preflight.notVerifiable must be an array of { subject, why }');
  }
}
