/**
 * Stable topological sorting shared by the resource graph and the step list.
 *
 * Pure: no I/O. Ties are broken by the position of a node in the given order, so the same
 * input always gives the same output.
 */

/** Result of a stable topological sort: the sorted nodes, plus any left over by a cycle. */
export interface TopoSortResult<T> {
  /** Nodes in dependency order (dependencies first). */
  order: T[];
  /** Nodes that could not be placed because they are on or behind a cycle, in input order. */
  blocked: T[];
}

/**
 * Kahn's algorithm with a priority queue keyed by input position: among the nodes whose
 * dependencies are all placed, the one listed first goes next. `dependenciesOf` may name
 * nodes outside `nodes`; those are ignored.
 */
export function stableTopoSort<T>(nodes: readonly T[], dependenciesOf: (node: T) => Iterable<T>): TopoSortResult<T> {
  const index = new Map<T, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  const remaining = new Map<T, number>();
  const dependents = new Map<T, T[]>();
  for (const n of index.keys()) {
    const deps = new Set<T>();
    for (const d of dependenciesOf(n)) if (index.has(d)) deps.add(d);
    remaining.set(n, deps.size);
    for (const d of deps) {
      const list = dependents.get(d);
      if (list) list.push(n);
      else dependents.set(d, [n]);
    }
  }
  const heap = new MinHeap<number>((a, b) => a - b);
  for (const [n, count] of remaining) if (count === 0) heap.push(index.get(n)!);
  const order: T[] = [];
  while (heap.size > 0) {
    const n = nodes[heap.pop()!]!;
    order.push(n);
    for (const m of dependents.get(n) ?? []) {
      const left = remaining.get(m)! - 1;
      remaining.set(m, left);
      if (left === 0) heap.push(index.get(m)!);
    }
  }
  const placed = new Set(order);
  const blocked = [...index.keys()].filter((n) => !placed.has(n));
  return { order, blocked };
}

/** A small binary min-heap. */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Number of items held. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item. */
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  /** Removes and returns the smallest item, or undefined when empty. */
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.compare(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
