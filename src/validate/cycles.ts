import type { Address } from '../model/address.js';
import type { DependencyEdge } from '../model/resource.js';
import { findCycles as findGraphCycles } from '../graph/cycles.js';

/**
 * Finds dependency cycles for manifest validation, deterministic in `order`. The graph
 * module's finder does the work (one implementation for validate, plan and apply); nodes
 * that only appear in edges are appended after `order`.
 */
export function findCycles(edges: readonly DependencyEdge[], order: readonly Address[] = []): DependencyEdge[][] {
  const nodes = [...order];
  const seen = new Set(nodes);
  const note = (a: Address): void => {
    if (seen.has(a)) return;
    seen.add(a);
    nodes.push(a);
  };
  for (const e of edges) {
    note(e.from);
    note(e.to);
  }
  return findGraphCycles(nodes, edges);
}
