/** The folders of src/ as a graph (from a dependency-cruiser result) and its loops. */
import type { IModule } from 'dependency-cruiser';
import { findCycles } from '../../src/graph/cycles.js';
import type { Address } from '../../src/model/address.js';
import type { DependencyEdge } from '../../src/model/resource.js';

/** `src/plan/build.ts` → `plan`; a top-level file is its own node (`src/errors.ts` → `errors`). */
export function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length > 2 ? parts[1] : parts[1]!.replace(/\.[cm]?[jt]s$/, '');
}

/** Which src/ folders each src/ folder imports (itself left out). */
export function folderGraph(modules: readonly IModule[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const m of modules) {
    const from = folderOf(m.source);
    if (from === undefined) continue;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const d of m.dependencies) {
      const to = folderOf(d.resolved);
      if (to !== undefined && to !== from) targets.add(to);
    }
  }
  return graph;
}

/**
 * The loops among the folders, each as `a → b → a` (the product's own cycle finder,
 * src/graph/cycles.ts, over folder names instead of resource addresses).
 */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  // Folder names stand in for addresses here: the cycle finder only compares them.
  const node = (name: string): Address => name as Address;
  const nodes = [...graph.keys()].sort().map(node);
  const edges: DependencyEdge[] = nodes.flatMap((from) => [...(graph.get(from) ?? [])].sort().map((to) => ({ from, to: node(to), reason: 'dependsOn' as const })));
  return findCycles(nodes, edges).map((cycle) => [cycle[0]!.from, ...cycle.map((e) => e.to)].join(' → '));
}
