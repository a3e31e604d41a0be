import { describe, expect, it } from 'vitest';
import { isAdoError, type AdoError } from '../../src/errors.js';
import type { PlanJson } from '../../src/model/plan.js';
import { PlanFileError, parsePlanJson, renderPlanJson } from '../../src/render/json.js';
import { secret } from './fixtures/builders.js';
import { FIXTURES, huge, imageBump } from './fixtures/plans.js';

/** Rebuilds every object with its keys in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (isAdoError(err)) return `${err.code}: ${err.message}`;
    throw err;
  }
  return undefined;
}

describe('renderPlanJson', () => {
  it('is independent of key order, sorted, 2-space indented, with a trailing newline', () => {
    const p = imageBump();
    const text = renderPlanJson(p);
    expect(renderPlanJson(reverseKeys(p) as PlanJson)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"coolify": \{"canReadSensitive":/);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
  });

  it('keeps arrays in plan order', () => {
    const parsed = JSON.parse(renderPlanJson(huge(50))) as PlanJson;
    expect(parsed.resourceChanges.map((r) => r.address)).toEqual(huge(50).resourceChanges.map((r) => r.address));
  });

  it.each(Object.keys(FIXTURES))('round-trips %s through parsePlanJson', (name) => {
    const text = renderPlanJson(FIXTURES[name]!());
    expect(renderPlanJson(parsePlanJson(text))).toBe(text);
  });

  it('writes only the marker and hash of a redacted value, and masks plain values of sensitive fields', () => {
    const p = imageBump();
    const rc = p.resourceChanges[4]!;
    rc.changes.push({ path: 'env.X', label: 'env.X', before: 'plain-old', after: 'plain-new', sensitive: true, effect: 'update' });
    rc.after = { token: { ...secret('hmac:1'), leaked: 'oops' } as unknown as ReturnType<typeof secret> };
    const text = renderPlanJson(p);
    expect(text).not.toMatch(/plain-old|plain-new|oops/);
    expect(text).toContain('"hash":"hmac:1"');
  });

  it('keeps a sensitive env record’s flags and marker, and nothing else of it, so `show` prints what `plan` printed', () => {
    const p = imageBump();
    const rc = p.resourceChanges[4]!;
    const record = { value: secret('hmac:2'), is_runtime: false, comment: 'oops-comment' };
    rc.changes.push({ path: 'env.Y', label: 'env.Y', before: undefined, after: record, sensitive: true, effect: 'update' });
    const saved = parsePlanJson(renderPlanJson(p)).resourceChanges[4]!.changes.find((c) => c.path === 'env.Y')!;
    expect(saved.after).toEqual({ value: secret('hmac:2'), is_runtime: false });
    const leaky = { value: 'plain', is_runtime: false };
    rc.changes.push({ path: 'env.Z', label: 'env.Z', before: undefined, after: leaky, sensitive: true, effect: 'update' });
    expect(renderPlanJson(p)).not.toContain('"plain"');
  });
});

describe('parsePlanJson', () => {
  const good = JSON.parse(renderPlanJson(imageBump())) as Record<string, unknown>;
  const withVersion = (v: unknown): string => JSON.stringify({ ...good, formatVersion: v });

  it('accepts the current version, with or without the patches readers ignore', () => {
    expect(parsePlanJson(withVersion('2.0')).resourceChanges).toHaveLength(imageBump().resourceChanges.length);
    const bare = { ...good, resourceChanges: (good.resourceChanges as Array<Record<string, unknown>>).map(({ patch: _p, ...rc }) => rc) };
    expect(parsePlanJson(JSON.stringify(bare)).resourceChanges).toHaveLength(imageBump().resourceChanges.length);
  });

  it('refuses a 1.x plan (one `actions` list per change) and says to plan again', () => {
    const v1 = { ...good, formatVersion: '1.1', resourceChanges: (good.resourceChanges as Array<Record<string, unknown>>).map(({ action, actionReason: _r, ...rc }) => ({ ...rc, actions: [action] })) };
    const err = (() => {
      try {
        parsePlanJson(JSON.stringify(v1));
      } catch (e) {
        return e as AdoError;
      }
      throw new Error('a 1.1 plan was read');
    })();
    expect(`${err.code}: ${err.message}`).toBe('ADO703: plan formatVersion 1.1 is no longer supported (this ado-coolify reads 2.2)');
    expect(err.hint).toMatch(/re-run `plan`/);
  });

  it('rejects a patch that is not RFC 6902 operations', () => {
    const bad = { ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], patch: [{ op: 'explode', path: '/x' }] }] };
    expect(codeOf(() => parsePlanJson(JSON.stringify(bad)))).toMatch(/ADO704: malformed plan file: resourceChanges\[0\]\.patch\[0\] must be an RFC 6902 operation/);
  });

  it('rejects a change whose address is not a resource address', () => {
    const bad = { ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], address: 'ado//x' }] };
    expect(codeOf(() => parsePlanJson(JSON.stringify(bad)))).toMatch(/ADO704: malformed plan file: resourceChanges\[0\]\.address "ado\/\/x" is not a resource address/);
  });

  it.each([
    ['a newer minor', '2.3', /ADO703: plan formatVersion 2\.3 is newer than this ado-coolify understands \(2\.2\)/],
    ['a newer major', '3.0', /ADO703: .*newer/],
    ['an older major', '1.1', /ADO703: .*no longer supported/],
    ['garbage', 'v1', /ADO703: unknown plan formatVersion "v1"/],
    ['a number', 1, /ADO703: unknown plan formatVersion 1 /],
  ])('rejects %s', (_name, version, message) => {
    expect(codeOf(() => parsePlanJson(withVersion(version)))).toMatch(message);
  });

  it('rejects a missing version as "not an ado-coolify plan"', () => {
    const { formatVersion: _drop, ...rest } = good;
    expect(codeOf(() => parsePlanJson(JSON.stringify(rest)))).toMatch(/ADO704: this is not an ado-coolify plan/);
  });

  it('rejects invalid JSON', () => {
    expect(codeOf(() => parsePlanJson('{"formatVersion": '))).toMatch(new RegExp(`^${PlanFileError.InvalidJson}: the plan file is not valid JSON`));
  });

  it.each([
    ['an array', '[]', /ADO704: malformed plan file: the plan must be a JSON object/],
    ['no resourceChanges', JSON.stringify({ ...good, resourceChanges: undefined }), /resourceChanges must be an array/],
    ['an unknown action', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], action: 'explode' }] }), /resourceChanges\[0\]\.action: unknown action "explode"/],
    ['an actions list (1.x) under 2.0', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], action: undefined, actions: ['update'] }] }), /resourceChanges\[0\]\.action: unknown action undefined/],
    ['an unknown reason code', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], actionReason: 'because' }] }), /resourceChanges\[0\]\.actionReason: unknown reason "because"/],
    ['a reason code of another action', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], actionReason: 'not-in-coolify' }] }), /resourceChanges\[0\]\.actionReason "not-in-coolify" goes with action "create", not "no-op"/],
    ['alsoUpdates not a boolean', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], alsoUpdates: 'yes' }] }), /resourceChanges\[0\]\.alsoUpdates must be a boolean/],
    ['movedFrom not an address', JSON.stringify({ ...good, resourceChanges: [{ ...(good.resourceChanges as object[])[0], movedFrom: 'a//b' }] }), /resourceChanges\[0\]\.movedFrom must be a resource address/],
    ['no edges', JSON.stringify({ ...good, edges: undefined }), /edges must be an array/],
    ['an edge without its ends', JSON.stringify({ ...good, edges: [{ from: 'a', reason: 'parent' }] }), /edges\[0\] must be an object with string "from", "to" and "reason"/],
    ['a summary without counts', JSON.stringify({ ...good, summary: {} }), /summary\.add must be a number/],
    ['no coolify url', JSON.stringify({ ...good, coolify: { version: 'x', canReadSensitive: true } }), /coolify\.url must be a string/],
  ])('rejects %s', (_name, text, message) => {
    expect(codeOf(() => parsePlanJson(text))).toMatch(message);
  });
});
