import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byUuid, firstBy, groupedBy, rowsOfOwner } from '../../src/sandbox/append-index.js';
import type { OwnerRef } from '../../src/sandbox/world.js';

interface Row {
  uuid: string;
  id: number;
  owner: OwnerRef;
}

/** One change of a world list as the sandbox makes them: a push, or a filter into a new array. */
type Change = { push: Row } | { drop: string };

const row = fc.record({
  uuid: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  id: fc.integer({ min: 1, max: 4 }),
  owner: fc.record({ kind: fc.constantFrom('application' as const, 'database' as const), id: fc.integer({ min: 1, max: 3 }) }),
});
const change: fc.Arbitrary<Change> = fc.oneof(row.map((r) => ({ push: r })), fc.constantFrom('a', 'b', 'c').map((u) => ({ drop: u })));

describe('the sandbox list indexes', () => {
  it('answer as find and filter do, through any sequence of pushes and filters (property)', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x'), { minLength: 1, maxLength: 5 }), (changes, probes) => {
        let rows: Row[] = [];
        for (const c of changes) {
          if ('push' in c) rows.push({ ...c.push });
          else rows = rows.filter((r) => r.uuid !== c.drop);
          // read between changes, as requests do
          for (const u of probes) {
            expect(byUuid(rows, u)).toBe(rows.find((r) => r.uuid === u));
            expect(firstBy(rows, 'id', (r) => r.id).get(2)).toBe(rows.find((r) => r.id === 2));
            const owner: OwnerRef = { kind: 'application', id: 1 };
            expect(rowsOfOwner(rows, owner)).toEqual(rows.filter((r) => r.owner.kind === 'application' && r.owner.id === 1));
          }
        }
      }),
    );
  });

  it('keeps one index per key name, and gives rows in list order', () => {
    const rows: Row[] = [
      { uuid: 'a', id: 1, owner: { kind: 'database', id: 1 } },
      { uuid: 'b', id: 1, owner: { kind: 'database', id: 1 } },
    ];
    expect(groupedBy(rows, 'id', (r) => r.id).get(1)?.map((r) => r.uuid)).toEqual(['a', 'b']);
    expect(groupedBy(rows, 'uuid-group', (r) => r.uuid).get('b')).toHaveLength(1);
    expect(byUuid(rows, undefined)).toBeUndefined();
    expect(byUuid(rows, 'b')?.uuid).toBe('b');
    // a list that got shorter in place (not how the world changes) is indexed anew
    rows.length = 1;
    expect(byUuid(rows, 'b')).toBeUndefined();
  });
});
