import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criticalPath } from '../../src/graph/critical-path.js';
import type { PlanStep } from '../../src/model/plan.js';
import { addr } from '../helpers/address.js';

const step = (id: string, ...dependsOn: string[]): PlanStep => ({ id, address: addr(id), op: 'create', dependsOn });

describe('criticalPath', () => {
  it.each<[string, PlanStep[], Record<string, number>, number, string[]]>([
    ['empty', [], {}, 0, []],
    ['single', [step('a')], { a: 5 }, 5, ['a']],
    ['chain', [step('a'), step('b', 'a'), step('c', 'b')], { a: 1, b: 2, c: 3 }, 6, ['a', 'b', 'c']],
    [
      'diamond takes the heavier branch',
      [step('p'), step('db', 'p'), step('cache', 'p'), step('app', 'db', 'cache')],
      { p: 1, db: 10, cache: 3, app: 2 },
      13,
      ['p', 'db', 'app'],
    ],
    [
      'independent chains: the longer wins',
      [step('a1'), step('a2', 'a1'), step('b1'), step('b2', 'b1'), step('b3', 'b2')],
      { a1: 10, a2: 10, b1: 5, b2: 5, b3: 5 },
      20,
      ['a1', 'a2'],
    ],
    ['ties go to the step listed first', [step('x'), step('y')], { x: 4, y: 4 }, 4, ['x']],
  ])('%s', (_n, steps, d, length, path) => {
    expect(criticalPath(steps, (s) => d[s.id] ?? 0)).toEqual({ lengthMs: length, path });
  });

  it('throws on a cycle', () => {
    expect(() => criticalPath([step('a', 'b'), step('b', 'a')], () => 1)).toThrow(/cycle/);
  });

  it('property: the path is a dependency chain whose durations sum to the length, and no step finishes later', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.nat(30), { maxLength: 3 }), fc.nat(50)), { minLength: 1, maxLength: 15 }),
        (spec) => {
          const steps = spec.map(([deps], i) => step(`s${i}`, ...[...new Set(deps.filter((j) => j < i))].map((j) => `s${j}`)));
          const dur = (s: PlanStep): number => spec[Number(s.id.slice(1))]![1];
          const { lengthMs, path } = criticalPath(steps, dur);
          const byId = new Map(steps.map((s) => [s.id, s]));
          expect(path.reduce((sum, id) => sum + dur(byId.get(id)!), 0)).toBe(lengthMs);
          for (let i = 1; i < path.length; i++) expect(byId.get(path[i]!)!.dependsOn).toContain(path[i - 1]);
          // brute-force earliest finish times
          const finish = new Map<string, number>();
          for (const s of steps) finish.set(s.id, Math.max(0, ...s.dependsOn.map((d) => finish.get(d)!)) + dur(s));
          expect(lengthMs).toBe(Math.max(...finish.values()));
        },
      ),
    );
  });
});
