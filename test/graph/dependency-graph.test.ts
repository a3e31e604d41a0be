import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDependencyGraph } from '../../src/graph/dependency-graph.js';
import { DependencyCycleError, findCycles, formatCycle } from '../../src/graph/cycles.js';
import { stableTopoSort } from '../../src/graph/topo-sort.js';
import type { DependencyEdge, EdgeReason } from '../../src/model/resource.js';
import { isAdoError } from '../../src/errors.js';
import { addr } from '../helpers/address.js';

const e = (from: string, to: string, reason: EdgeReason = 'parent', via?: string): DependencyEdge =>
  via === undefined ? { from: addr(from), to: addr(to), reason } : { from: addr(from), to: addr(to), reason, via };

const P = addr('ado');
const ENV = addr('ado/production');
const PG = addr('ado/production/database/pg');
const REDIS = addr('ado/production/database/redis');
const API = addr('ado/production/application/api');
const WEB = addr('ado/production/application/web');
const BACKUP = addr('ado/production/database/pg#backup/daily');
const S3 = addr('s3/backups');

const nodes = [P, ENV, S3, PG, REDIS, BACKUP, API, WEB];
const edges = [
  e(ENV, P),
  e(PG, ENV),
  e(REDIS, ENV),
  e(BACKUP, PG),
  e(BACKUP, S3, 's3'),
  e(API, ENV),
  e(API, PG, 'reference', '/projects/ado/environments/production/applications/api/env/DATABASE_URL'),
  e(API, REDIS, 'reference'),
  e(WEB, ENV),
  e(WEB, API, 'dependsOn'),
];

describe('buildDependencyGraph', () => {
  const g = buildDependencyGraph(edges, nodes);

  it('answers direct and transitive queries in node order', () => {
    expect(g.dependenciesOf(API)).toEqual([ENV, PG, REDIS]);
    expect(g.dependentsOf(ENV)).toEqual([PG, REDIS, API, WEB]);
    expect(g.transitiveDependents(PG)).toEqual([BACKUP, API, WEB]);
    expect(g.transitiveDependencies(WEB)).toEqual([P, ENV, PG, REDIS, API]);
    expect(g.transitiveDependents(WEB)).toEqual([]);
    expect(g.edgesFrom(BACKUP).map((x) => x.reason)).toEqual(['parent', 's3']);
  });

  it('orders dependencies first, ties by the given address order', () => {
    expect(g.topologicalOrder()).toEqual([P, ENV, S3, PG, REDIS, BACKUP, API, WEB]);
    const reversed = buildDependencyGraph(edges, [...nodes].reverse());
    expect(reversed.topologicalOrder()).toEqual([S3, P, ENV, REDIS, PG, API, WEB, BACKUP]);
  });

  it('groups independent nodes into phases', () => {
    expect(g.phases()).toEqual([[P, S3], [ENV], [PG, REDIS], [BACKUP, API], [WEB]]);
  });

  it('ignores edges to unknown nodes', () => {
    const g2 = buildDependencyGraph([e(API, 'ado/production/database/ghost', 'reference'), e(API, PG)], [PG, API]);
    expect(g2.edges).toEqual([e(API, PG)]);
    expect(g2.dependenciesOf(API)).toEqual([PG]);
    expect(g2.has(addr('ado/production/database/ghost'))).toBe(false);
    expect(g2.topologicalOrder()).toEqual([PG, API]);
  });

  it('has no cycles when acyclic', () => {
    expect(g.findCycles()).toEqual([]);
  });
});

describe('cycles', () => {
  it('names every edge of a two-node cycle', () => {
    const cyc = [
      e('api', 'worker', 'reference', '/projects/ado/…/env/QUEUE_URL'),
      e('worker', 'api', 'dependsOn'),
    ];
    const g = buildDependencyGraph(cyc, [addr('api'), addr('worker')]);
    const cycles = g.findCycles();
    expect(cycles).toEqual([cyc]);
    expect(formatCycle(cycles[0]!)).toBe('api → worker (reference: /projects/ado/…/env/QUEUE_URL) → api (dependsOn)');
  });

  it('throws a DependencyCycleError naming the edges from topologicalOrder and phases', () => {
    const g = buildDependencyGraph([e('a', 'b', 'dependsOn'), e('b', 'c', 'reference'), e('c', 'a', 'dependsOn'), e('d', 'a')], [addr('a'), addr('b'), addr('c'), addr('d')]);
    let caught: unknown;
    try {
      g.topologicalOrder();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DependencyCycleError);
    expect(isAdoError(caught) && caught.code).toBe('ADO_DEPENDENCY_CYCLE');
    expect((caught as Error).message).toContain('a → b (dependsOn) → c (reference) → a (dependsOn)');
    expect(() => g.phases()).toThrow(DependencyCycleError);
  });

  it('reports a self-loop', () => {
    expect(findCycles([addr('a')], [e('a', 'a', 'dependsOn')])).toEqual([[e('a', 'a', 'dependsOn')]]);
  });

  it('covers every edge of a component with several cycles, and separate components separately', () => {
    // a⇄b, b⇄c in one component; x⇄y in another.
    const es = [e('a', 'b'), e('b', 'a'), e('b', 'c'), e('c', 'b'), e('x', 'y'), e('y', 'x'), e('z', 'a')];
    const cycles = findCycles([addr('a'), addr('b'), addr('c'), addr('x'), addr('y'), addr('z')], es);
    const named = new Set(cycles.flat());
    for (const edge of es.slice(0, 6)) expect(named.has(edge)).toBe(true);
    expect(named.has(es[6]!)).toBe(false);
    expect(cycles.map((c) => c.map((x) => `${x.from}>${x.to}`).join(' '))).toEqual(['a>b b>a', 'b>c c>b', 'x>y y>x']);
  });

  it('property: every reported cycle is a closed walk over given edges, and cycles exist iff topo sort blocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 14 })),
        ),
        ([n, pairs]) => {
          const ns = Array.from({ length: n }, (_, i) => addr(`n${i}`));
          const es = pairs.map(([a, b]) => e(ns[a]!, ns[b]!));
          const cycles = findCycles(ns, es);
          for (const c of cycles) {
            expect(c.length).toBeGreaterThan(0);
            c.forEach((edge, i) => expect(edge.to).toBe(c[(i + 1) % c.length]!.from));
            for (const edge of c) expect(es).toContain(edge);
          }
          const { blocked } = stableTopoSort(ns, (x) => es.filter((y) => y.from === x).map((y) => y.to));
          expect(cycles.length > 0).toBe(blocked.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('stableTopoSort', () => {
  it('property: every node after its dependencies, all nodes placed for a DAG', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(20), { maxLength: 4 }), { minLength: 1, maxLength: 20 }), (depLists) => {
        // node i depends only on nodes j < i: a DAG.
        const deps = depLists.map((l, i) => l.filter((j) => j < i));
        const order = stableTopoSort(
          depLists.map((_, i) => i),
          (i) => deps[i]!,
        ).order;
        expect(order.length).toBe(depLists.length);
        const pos = new Map(order.map((x, i) => [x, i]));
        deps.forEach((ds, i) => ds.forEach((d) => expect(pos.get(d)!).toBeLessThan(pos.get(i)!)));
        // Identity order when no node depends on a later one: stability.
        expect(order).toEqual(depLists.map((_, i) => i));
      }),
    );
  });
});
