/**
 * The resource dependency graph: nodes are addresses, an edge `from → to` means `from`
 * depends on `to` (`to` is created first and deleted last). Pure, immutable once built.
 */
import type { Address } from '../model/address.js';
import type { DependencyEdge } from '../model/resource.js';
import { DependencyCycleError, findCycles } from './cycles.js';
import { stableTopoSort } from './topo-sort.js';

/** Read-only queries over resources and the edges between them. */
export interface DependencyGraph {
  /** The addresses, in the order given (the tie-break order everywhere). */
  readonly nodes: readonly Address[];
  /** The edges between known nodes, in the order given (duplicates kept: reasons differ). */
  readonly edges: readonly DependencyEdge[];
  /** True when the address is a node. */
  has(address: Address): boolean;
  /** What `address` depends on directly, in node order. */
  dependenciesOf(address: Address): Address[];
  /** What depends directly on `address`, in node order. */
  dependentsOf(address: Address): Address[];
  /** Everything that depends on `address`, directly or not, in node order (itself excluded). */
  transitiveDependents(address: Address): Address[];
  /** Everything `address` depends on, directly or not, in node order (itself excluded). */
  transitiveDependencies(address: Address): Address[];
  /** The edges leaving `address` (its dependencies), in the order given. */
  edgesFrom(address: Address): DependencyEdge[];
  /**
   * Dependencies first; among independent nodes, the one given first. Throws a
   * DependencyCycleError naming every edge when the graph has a cycle.
   */
  topologicalOrder(): Address[];
  /**
   * Layers of mutually independent nodes, for display: layer k holds the nodes whose
   * longest dependency chain has k edges. Throws DependencyCycleError on a cycle.
   */
  phases(): Address[][];
  /** Each cycle as its list of edges (empty when acyclic); see `findCycles`. */
  findCycles(): DependencyEdge[][];
}

/**
 * Builds the graph. `addresses` are the nodes (duplicates ignored); edges that name an
 * address not in the list are ignored (the resolver reports unknown references).
 */
export function buildDependencyGraph(edges: readonly DependencyEdge[], addresses: readonly Address[]): DependencyGraph {
  const nodes = [...new Set(addresses)];
  const index = new Map<Address, number>(nodes.map((n, i) => [n, i]));
  const known = edges.filter((e) => index.has(e.from) && index.has(e.to));
  const deps = new Map<Address, Set<Address>>();
  const rdeps = new Map<Address, Set<Address>>();
  for (const n of nodes) {
    deps.set(n, new Set());
    rdeps.set(n, new Set());
  }
  for (const e of known) {
    deps.get(e.from)!.add(e.to);
    rdeps.get(e.to)!.add(e.from);
  }
  const byIndex = (list: Iterable<Address>): Address[] => [...list].sort((a, b) => index.get(a)! - index.get(b)!);
  const closure = (start: Address, next: Map<Address, Set<Address>>): Address[] => {
    const seen = new Set<Address>();
    const stack = [...(next.get(start) ?? [])];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...next.get(n)!);
    }
    seen.delete(start);
    return byIndex(seen);
  };
  let cachedCycles: DependencyEdge[][] | undefined;
  const cycles = (): DependencyEdge[][] => (cachedCycles ??= findCycles(nodes, known));
  let cachedOrder: Address[] | undefined;
  const order = (): Address[] => {
    if (cachedOrder) return cachedOrder;
    const { order: sorted, blocked } = stableTopoSort(nodes, (n) => deps.get(n)!);
    if (blocked.length > 0) throw new DependencyCycleError(cycles());
    return (cachedOrder = sorted);
  };

  return {
    nodes,
    edges: known,
    has: (a) => index.has(a),
    dependenciesOf: (a) => byIndex(deps.get(a) ?? []),
    dependentsOf: (a) => byIndex(rdeps.get(a) ?? []),
    transitiveDependents: (a) => closure(a, rdeps),
    transitiveDependencies: (a) => closure(a, deps),
    edgesFrom: (a) => known.filter((e) => e.from === a),
    topologicalOrder: () => [...order()],
    phases: () => {
      const level = new Map<Address, number>();
      const layers: Address[][] = [];
      for (const n of order()) {
        let k = 0;
        for (const d of deps.get(n)!) k = Math.max(k, level.get(d)! + 1);
        level.set(n, k);
        (layers[k] ??= []).push(n);
      }
      return layers.map(byIndex);
    },
    findCycles: () => cycles().map((c) => [...c]),
  };
}
