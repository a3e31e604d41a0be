import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scrubSecrets } from '../../src/plan/redact.js';

/** The plain rule: a deep copy with every string holding a secret replaced by the marker. */
function naiveScrub(v: unknown, secrets: readonly string[]): unknown {
  if (typeof v === 'string') return secrets.some((s) => v.includes(s)) ? { $sensitive: true } : v;
  if (Array.isArray(v)) return v.map((x) => naiveScrub(x, secrets));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, naiveScrub(x, secrets)]));
  return v;
}

describe('scrubSecrets', () => {
  const secret = 'hunter2-super-secret';

  it('replaces every string that holds a secret, at any depth', () => {
    const plan = { a: [`x${secret}y`, 'clean', { b: secret }], c: { d: 'ok' }, n: 3 };
    expect(scrubSecrets(plan, new Set([secret]))).toStrictEqual({ a: [{ $sensitive: true }, 'clean', { b: { $sensitive: true } }], c: { d: 'ok' }, n: 3 });
  });

  it('never writes its input, and gives a clean value back as it is', () => {
    const dirty = { a: { b: [secret] }, c: { d: 'ok' } };
    const before = structuredClone(dirty);
    const out = scrubSecrets(dirty, new Set([secret]));
    expect(dirty).toStrictEqual(before);
    expect(out.c).toBe(dirty.c); // the untouched branch is shared, not copied
    const clean = { a: { b: ['fine'] } };
    expect(scrubSecrets(clean, new Set([secret]))).toBe(clean);
  });

  it('keeps a key named __proto__ a plain key', () => {
    const v = JSON.parse(`{"__proto__": {"x": "${secret}"}}`) as Record<string, unknown>;
    const out = scrubSecrets(v, new Set([secret])) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).not.toContain(secret);
  });

  it('agrees with the plain rule on any value (property)', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, fc.array(fc.string({ minLength: 4, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (value, secrets) => {
        expect(scrubSecrets(value, new Set(secrets))).toStrictEqual(naiveScrub(value, secrets));
      }),
      { numRuns: 400 },
    );
  });
});
