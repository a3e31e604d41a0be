import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, sameValue } from '../../src/diff/equal.js';

/** The rule canonicalJson keeps: JSON.stringify of a copy with sorted keys and empties as null. */
function referenceCanonical(value: unknown): string {
  const canon = (v: unknown): unknown => {
    if (v === undefined || v === null || v === '') return null;
    if (Array.isArray(v)) return v.map(canon);
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = canon((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(canon(value));
}

describe('canonicalJson', () => {
  it('is JSON.stringify of the sorted copy with empties as null, for any value (property)', () => {
    const leaf = fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant(() => 1), fc.double(), fc.string(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
    }));
    fc.assert(fc.property(value.node, (v) => {
      expect(canonicalJson(v)).toBe(referenceCanonical(v));
    }), { numRuns: 5000 });
  });

  it('writes array-index keys first, in numeric order, as JavaScript objects list them (the property test found it)', () => {
    expect(canonicalJson({ '': 0, b: 1, 10: 'x', 2: 'y', '01': 'z' })).toBe('{"2":"y","10":"x","":0,"01":"z","b":1}');
    expect(canonicalJson({ '': 0, b: 1, 10: 'x', 2: 'y', '01': 'z' })).toBe(referenceCanonical({ '': 0, b: 1, 10: 'x', 2: 'y', '01': 'z' }));
  });

  it('keeps the sorted copy\'s corners: an own __proto__ key, a toJSON method, keys past the array-index range', () => {
    const odd = JSON.parse('{"__proto__":{"a":1},"b":2,"4294967295":3,"4294967294":4,"7":5}') as unknown;
    expect(canonicalJson(odd)).toBe(referenceCanonical(odd));
    expect(canonicalJson(odd)).toBe('{"7":5,"4294967294":4,"4294967295":3,"b":2}');
    const withToJson = { b: 1, toJSON: () => 'custom' };
    expect(canonicalJson(withToJson)).toBe(referenceCanonical(withToJson));
    expect(canonicalJson([() => 1, Symbol('s'), { f: () => 1, g: 1 }])).toBe(referenceCanonical([() => 1, Symbol('s'), { f: () => 1, g: 1 }]));
  });

  it('sorts keys, writes empties as null, and escapes strings', () => {
    expect(canonicalJson({ b: '', a: [undefined, 'x"y', -0, Number.NaN], c: { z: 1, y: null } })).toBe('{"a":[null,"x\\"y",0,null],"b":null,"c":{"y":null,"z":1}}');
  });
});

describe('sameValue', () => {
  it.each([
    [null, undefined, true],
    ['', null, true],
    [undefined, '', true],
    [Number.NaN, null, true], // canonical JSON writes NaN as null
    [null, [], false],
    [null, {}, false],
    ['', 0, false],
    [1, '1', false],
    [true, 'true', false],
    [{ a: 1, b: [1, ''] }, { b: [1, null], a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [0, -0, true],
  ])('sameValue(%j, %j) is %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });

  it('answers as the comparison of canonical JSON does, for any two values (property)', () => {
    const scalar = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(''), fc.string({ maxLength: 3 }), fc.double(), fc.integer({ min: -2, max: 2 }), fc.boolean());
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 2 }), scalar, { maxKeys: 3 }));
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameValue(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameValue(a, a)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
