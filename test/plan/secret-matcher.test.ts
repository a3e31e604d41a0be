import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SecretMatcher } from '../../src/plan/secret-matcher.js';

describe('SecretMatcher', () => {
  it('finds a secret anywhere in a text, including overlapping prefixes', () => {
    const m = new SecretMatcher(['postgres://u:pw@db:5432/app', 'postgres://u:other@db', 'hunter22'], 6);
    expect(m.test('DATABASE_URL=postgres://u:pw@db:5432/app?x')).toBe(true);
    expect(m.test('postgres://u:other@db2')).toBe(true);
    expect(m.test('postgres://u:pw@db:5432/ap')).toBe(false);
    expect(m.test('xhunter22')).toBe(true);
    expect(m.test('hunter2')).toBe(false);
    expect(m.test('')).toBe(false);
  });

  it('answers like checking every secret with includes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 3, maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }), { maxLength: 20 }), fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', 'c', 'd') }), (secrets, text) => {
        const m = new SecretMatcher(secrets, 3);
        expect(m.test(text)).toBe(secrets.some((s) => text.includes(s)));
      }),
    );
  });
});
