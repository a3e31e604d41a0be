/**
 * Cycle detection that names every edge: each strongly connected component is covered by
 * short cycles until every edge inside it appears in at least one, so an error message can
 * show the user each link they need to break.
 */
import type { Address } from '../model/address.js';
import type { DependencyEdge } from '../model/resource.js';
import { AdoError } from '../errors.js';

/** Error code of a dependency cycle. */
export const CYCLE_ERROR_CODE = 'ADO_DEPENDENCY_CYCLE';

/**
 * Finds the cycles among `edges` restricted to `nodes` (edges touching unknown nodes are
 * ignored). Each cycle is its list of edges, starting at the node listed first in `nodes`;
 * `cycle[i].to === cycle[i + 1].from` and the last edge leads back to the first `from`.
 * Deterministic: same input, same output.
 */
export function findCycles(nodes: readonly Address[], edges: readonly DependencyEdge[]): DependencyEdge[][] {
  const index = new Map<Address, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  // One edge per ordered pair (the first given) keeps cycles short and messages readable.
  const out = new Map<Address, DependencyEdge[]>();
  const targets = new Map<Address, Set<Address>>();
  for (const e of edges) {
    if (!index.has(e.from) || !index.has(e.to)) continue;
    const seen = targets.get(e.from);
    if (seen?.has(e.to)) continue;
    if (seen) seen.add(e.to);
    else targets.set(e.from, new Set([e.to]));
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }

  const components = stronglyConnected([...index.keys()], (n) => (out.get(n) ?? []).map((e) => e.to));
  const cycles: DependencyEdge[][] = [];
  const seenCycle = new Set<string>();
  for (const component of components) {
    // a single node is a cycle only with an edge to itself (most components of a manifest)
    if (component.length === 1 && !targets.get(component[0]!)?.has(component[0]!)) continue;
    const members = new Set(component);
    const inner = component
      .flatMap((n) => out.get(n) ?? [])
      .filter((e) => members.has(e.to));
    if (inner.length === 0) continue; // a single node without a self-loop
    const covered = new Set<DependencyEdge>();
    for (const e of inner) {
      if (covered.has(e)) continue;
      const back = shortestPath(e.to, e.from, (n) => (out.get(n) ?? []).filter((x) => members.has(x.to)));
      if (!back) continue; // cannot happen inside a strongly connected component
      const cycle = rotate([e, ...back], index);
      const key = cycle.map((x) => `${x.from}\u0000${x.to}`).join('\u0001');
      for (const x of cycle) covered.add(x);
      if (seenCycle.has(key)) continue;
      seenCycle.add(key);
      cycles.push(cycle);
    }
  }
  return cycles;
}

/**
 * One line naming every edge of a cycle, e.g.
 * `api → worker (reference: /projects/ado/…/env/QUEUE_URL) → api (dependsOn)`.
 */
export function formatCycle(cycle: readonly DependencyEdge[]): string {
  const first = cycle[0];
  if (!first) return '';
  let text: string = first.from;
  for (const e of cycle) text += ` → ${e.to} (${e.reason}${e.via ? `: ${e.via}` : ''})`;
  return text;
}

/** A dependency cycle: an error naming every edge of every cycle found. */
export class DependencyCycleError extends AdoError {
  /** The cycles, each as its edges. */
  readonly cycles: DependencyEdge[][];

  constructor(cycles: DependencyEdge[][]) {
    const lines = cycles.map((c) => `  ${formatCycle(c)}`).join('\n');
    super(CYCLE_ERROR_CODE, `dependency cycle${cycles.length === 1 ? '' : 's'}:\n${lines}`, {
      hint: 'remove one of the references or dependsOn entries on each cycle',
    });
    this.name = 'DependencyCycleError';
    this.cycles = cycles;
  }
}

/** Tarjan's algorithm; components come out ordered by their first member's position. */
function stronglyConnected(nodes: Address[], next: (n: Address) => Address[]): Address[][] {
  const order = new Map<Address, number>();
  nodes.forEach((n, i) => order.set(n, i));
  const idx = new Map<Address, number>();
  const low = new Map<Address, number>();
  const onStack = new Set<Address>();
  const stack: Address[] = [];
  const result: Address[][] = [];
  let counter = 0;

  // Iterative DFS so a long chain of resources cannot overflow the call stack.
  for (const root of nodes) {
    if (idx.has(root)) continue;
    const work: Array<{ node: Address; children: Address[]; i: number }> = [];
    const enter = (n: Address): void => {
      idx.set(n, counter);
      low.set(n, counter);
      counter++;
      stack.push(n);
      onStack.add(n);
      work.push({ node: n, children: next(n), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++]!;
        if (!idx.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, idx.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === idx.get(frame.node)) {
        const component: Address[] = [];
        let n: Address;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        component.sort((a, b) => order.get(a)! - order.get(b)!);
        result.push(component);
      }
    }
  }
  return result.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** Breadth-first shortest path of edges from `start` to `goal` (empty when they are equal). */
function shortestPath(
  start: Address,
  goal: Address,
  edgesFrom: (n: Address) => DependencyEdge[],
): DependencyEdge[] | undefined {
  if (start === goal) return [];
  const via = new Map<Address, DependencyEdge>();
  const queue: Address[] = [start];
  const seen = new Set<Address>([start]);
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    for (const e of edgesFrom(n)) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      via.set(e.to, e);
      if (e.to === goal) {
        const path: DependencyEdge[] = [];
        let cur = goal;
        while (cur !== start) {
          const edge = via.get(cur)!;
          path.unshift(edge);
          cur = edge.from;
        }
        return path;
      }
      queue.push(e.to);
    }
  }
  return undefined;
}

/** Rotates a cycle so it starts at the edge leaving the earliest-listed node. */
function rotate(cycle: DependencyEdge[], index: Map<Address, number>): DependencyEdge[] {
  let best = 0;
  cycle.forEach((e, i) => {
    if (index.get(e.from)! < index.get(cycle[best]!.from)!) best = i;
  });
  return [...cycle.slice(best), ...cycle.slice(0, best)];
}
