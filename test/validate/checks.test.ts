import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSchedule } from '../../src/validate/cron.js';
import { checkDomain, checkUrlTemplate } from '../../src/validate/domains.js';
import { findCycles } from '../../src/validate/cycles.js';
import { domainKey } from '../../src/validate/duplicate-domains.js';
import type { DependencyEdge } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

describe('checkSchedule', () => {
  it.each([
    ['0 2 * * *', true],
    ['*/15 * * * *', true],
    ['0 0-6/2 1,15 jan-mar MON-FRI', true],
    ['0 0 * * 7', true],
    ['daily', true],
    ['every_minute', true],
    ['@annually', true],
    ['0 25 * * *', false],
    ['60 * * * *', false],
    ['* * * *', false],
    ['* * * * * *', false],
    ['*/0 * * * *', false],
    ['5-1 * * * *', false],
    ['0 0 0 * *', false],
    ['0 0 * foo *', false],
    ['fortnightly', false],
    ['@reboot', false],
    ['1,,2 * * * *', false],
  ])('%s → valid=%s', (s, valid) => {
    expect(checkSchedule(s) === undefined).toBe(valid);
  });

  it('accepts every in-range single-value expression', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 31 }), (m, h, d) => {
        expect(checkSchedule(`${m} ${h} ${d} * *`)).toBeUndefined();
      }),
    );
  });
});

describe('checkDomain', () => {
  it.each([
    ['https://api.example.com', true],
    ['http://api.example.com/', true],
    ['https://api.example.com:8443', true],
    ['https://localhost', true],
    ['ftp://api.example.com', false],
    ['api.example.com', false],
    ['https://api.example.com/path', false],
    ['https://api.example.com?x=1', false],
    ['https://-bad.example.com', false],
    ['https://exa mple.com', false],
    ['https://example', false],
    ['https://user@example.com', false],
    ['https://example.com:99999', false],
  ])('%s → valid=%s', (d, valid) => {
    expect(checkDomain(d) === undefined).toBe(valid);
  });
});

describe('checkUrlTemplate', () => {
  it.each([
    ['pr-{{pr_id}}.preview.example.com', true],
    ['{{pr_id}}.{{domain}}', true],
    ['https://{{random}}.example.com', true],
    ['preview.example.com', false],
    ['{{branch}}.example.com', false],
    ['{{pr_id}.example.com', false],
    ['{{pr_id}} example.com', false],
  ])('%s → valid=%s', (t, valid) => {
    expect(checkUrlTemplate(t) === undefined).toBe(valid);
  });
});

describe('findCycles', () => {
  const e = (from: string, to: string, reason: DependencyEdge['reason'] = 'dependsOn'): DependencyEdge => ({ from: addr(from), to: addr(to), reason, via: `${from}->${to}` });
  it.each<[string, DependencyEdge[], string[][]]>([
    ['no cycle', [e('a', 'b'), e('b', 'c')], []],
    ['two nodes', [e('a', 'b'), e('b', 'a')], [['a', 'b']]],
    ['three nodes', [e('a', 'b'), e('b', 'c'), e('c', 'a')], [['a', 'b', 'c']]],
    ['self loop', [e('a', 'a')], [['a']]],
    ['two separate cycles', [e('a', 'b'), e('b', 'a'), e('c', 'd'), e('d', 'c')], [['a', 'b'], ['c', 'd']]],
    // two cycles share a → b: both are reported, so every edge that takes part in a cycle is named
    ['every edge of a knot is named', [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('b', 'a')], [['a', 'b'], ['a', 'b', 'c']]],
  ])('%s', (_n, edges, expected) => {
    expect(findCycles(edges, [addr('a'), addr('b'), addr('c'), addr('d')]).map((c) => c.map((x) => x.from))).toEqual(expected);
  });

  it('every reported cycle is closed and made of given edges', () => {
    const node = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 12 }), (pairs) => {
        const edges = pairs.map(([f, t]) => e(f, t));
        for (const cycle of findCycles(edges)) {
          expect(cycle.length).toBeGreaterThan(0);
          cycle.forEach((c, i) => {
            expect(edges).toContain(c);
            expect(cycle[(i + 1) % cycle.length]!.from).toBe(c.to);
          });
        }
      }),
    );
  });
});

describe('domainKey (ADO312, audit m11)', () => {
  it.each([
    ['https://shop.example.com', 'shop.example.com'],
    ['http://SHOP.example.com/', 'shop.example.com'],
    ['https://shop.example.com:443', 'shop.example.com'],
    ['https://shop.example.com:8443', 'shop.example.com:8443'],
    ['shop.example.com', undefined],
    ['https://shop.example.com/path', undefined],
  ])('%s → %s', (domain, key) => {
    expect(domainKey(domain)).toBe(key);
  });
});
