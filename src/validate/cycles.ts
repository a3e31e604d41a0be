import type { Address } from '../model/address.js';
import type { DependencyEdge } from '../model/resource.js';

/**
 * Finds dependency cycles: one cycle per strongly connected component (Tarjan), walked from
 * the component's first node in `order`, so the result is deterministic.
 */
export function findCycles(edges: readonly DependencyEdge[], order: readonly Address[] = []): DependencyEdge[][] {
  const out = new Map<Address, DependencyEdge[]>();
  const nodes: Address[] = [];
  const seenNode = new Set<Address>();
  const addNode = (a: Address): void => {
    if (!seenNode.has(a)) {
      seenNode.add(a);
      nodes.push(a);
    }
  };
  for (const a of order) addNode(a);
  for (const e of edges) {
    addNode(e.from);
    addNode(e.to);
    const list = out.get(e.from) ?? [];
    list.push(e);
    out.set(e.from, list);
  }
  const rank = new Map(nodes.map((n, i) => [n, i] as const));

  // Tarjan, iterative to survive deep graphs
  const index = new Map<Address, number>();
  const low = new Map<Address, number>();
  const onStack = new Set<Address>();
  const stack: Address[] = [];
  const components: Address[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: Address; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const succ = out.get(frame.node) ?? [];
      if (frame.next < succ.length) {
        const to = succ[frame.next++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const comp: Address[] = [];
        let n: Address;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          comp.push(n);
        } while (n !== frame.node);
        components.push(comp);
      }
    }
  }

  const cycles: DependencyEdge[][] = [];
  for (const comp of components) {
    const members = new Set(comp);
    const start = [...comp].sort((a, b) => rank.get(a)! - rank.get(b)!)[0]!;
    const selfLoop = (out.get(start) ?? []).find((e) => e.to === start);
    if (comp.length === 1) {
      if (selfLoop) cycles.push([selfLoop]);
      continue;
    }
    const path = shortestCycle(start, members, out);
    if (path) cycles.push(path);
  }
  return cycles.sort((a, b) => rank.get(a[0]!.from)! - rank.get(b[0]!.from)!);
}

/** Breadth-first search for the shortest way from `start` back to itself inside `members`. */
function shortestCycle(start: Address, members: ReadonlySet<Address>, out: ReadonlyMap<Address, DependencyEdge[]>): DependencyEdge[] | undefined {
  const cameBy = new Map<Address, DependencyEdge>();
  const queue: Address[] = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const e of out.get(node) ?? []) {
      if (!members.has(e.to)) continue;
      if (e.to === start) {
        const path: DependencyEdge[] = [e];
        let cur = node;
        while (cur !== start) {
          const prev = cameBy.get(cur)!;
          path.unshift(prev);
          cur = prev.from;
        }
        return path;
      }
      if (!cameBy.has(e.to) && e.to !== start) {
        cameBy.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  return undefined;
}
