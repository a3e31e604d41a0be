import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, sameValue } from '../../src/diff/equal.js';

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
