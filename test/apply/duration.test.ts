import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDuration, parseDuration } from '../../src/apply/duration.js';
import { AdoError } from '../../src/errors.js';

describe('parseDuration', () => {
  it.each([
    ['250ms', 250],
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['7d', 604_800_000],
    ['1.5s', 1_500],
    ['1h30m', 5_400_000],
    [' 2m ', 120_000],
    ['0s', 0],
    ['2w', 1_209_600_000],
    ['1w2d', 777_600_000],
  ])('%j → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['', /is empty/],
    ['90', /has no unit/],
    ['-5s', /is negative/],
    ['5 minutes', /is not a duration/],
    ['5y', /is not a duration/],
    ['1h 30m', /is not a duration/],
    ['s', /is not a duration/],
  ])('rejects %j', (text, message) => {
    let caught: unknown;
    try {
      parseDuration(text, 'previews.ttl');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AdoError);
    expect((caught as AdoError).code).toBe('ADO010');
    expect((caught as AdoError).message).toMatch(message);
    expect((caught as AdoError).hint).toContain('90s, 10m, 1h30m, 7d or 2w');
  });

  it('names the field and suggests a unit for a bare number', () => {
    expect(() => parseDuration('90', 'timeout')).toThrow('timeout "90" has no unit');
    try {
      parseDuration('90');
    } catch (err) {
      expect((err as AdoError).hint).toMatch(/did you mean "90s"/);
    }
  });

  it('property: a whole number with any unit parses to that many unit-ms', () => {
    const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
    fc.assert(
      fc.property(fc.nat(10_000), fc.constantFrom(...(Object.keys(units) as Array<keyof typeof units>)), (n, u) => {
        expect(parseDuration(`${n}${u}`)).toBe(n * units[u]);
      }),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [250, '250ms'],
    [1_000, '1s'],
    [4_200, '4.2s'],
    [90_000, '1m 30s'],
    [300_000, '5m'],
    [3_900_000, '1h 5m'],
    [604_800_000, '7d'],
  ])('%d → %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
