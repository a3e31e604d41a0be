/**
 * A layered layout of the dependency graph of `/api/v1/graph` for the dashboard's SVG picture:
 * each node's column is its longest chain of dependencies (arrows point from a dependency to
 * its dependent, so dependencies stand left of what needs them), rows ordered by the mean row of
 * their dependencies to keep arrows short. A cycle (the validator refuses them, but the page must
 * not hang on one) is broken by placing its nodes after the rest. Pure geometry.
 */
import type { Graph } from './contract.js';

/** A placed node. */
export interface PlacedNode {
  id: string;
  kind: string;
  label: string;
  column: number;
  row: number;
  x: number;
  y: number;
}

/** A placed edge: a cubic curve from the right side of `from` to the left side of `to`. */
export interface PlacedEdge {
  from: string;
  to: string;
  /** The SVG path data. */
  d: string;
}

/** The laid-out graph and the size of the SVG that holds it. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Node box and spacing, in SVG user units. */
export const NODE = { width: 180, height: 40, columnGap: 44, rowGap: 14, margin: 8 };

/** Columns by longest path from the sources; nodes on a cycle get the column after the last. */
function columns(ids: readonly string[], edges: Graph['edges']): Map<string, number> {
  const incoming = new Map<string, number>(ids.map((id) => [id, 0]));
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) {
    incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    out.get(e.from)?.push(e.to);
  }
  const column = new Map<string, number>();
  const queue = ids.filter((id) => incoming.get(id) === 0);
  for (const id of queue) column.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const next of out.get(id) ?? []) {
      column.set(next, Math.max(column.get(next) ?? 0, (column.get(id) ?? 0) + 1));
      const left = (incoming.get(next) ?? 0) - 1;
      incoming.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  const last = Math.max(-1, ...column.values());
  for (const id of ids) if (!queue.includes(id)) column.set(id, last + 1);
  return column;
}

/** Lays out `graph`; edges whose ends are not nodes are dropped, duplicate nodes kept once. */
export function layoutGraph(graph: Graph): GraphLayout {
  const byId = new Map<string, Graph['nodes'][number]>();
  for (const n of graph.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const ids = [...byId.keys()].sort();
  const seen = new Set<string>();
  const edges = graph.edges.filter((e) => {
    const key = `${e.from}\u0000${e.to}`;
    if (!byId.has(e.from) || !byId.has(e.to) || e.from === e.to || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const column = columns(ids, edges);
  const deps = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) deps.get(e.to)!.push(e.from);

  const columnCount = ids.length === 0 ? 0 : Math.max(...column.values()) + 1;
  const row = new Map<string, number>();
  let rows = 0;
  for (let c = 0; c < columnCount; c++) {
    const inColumn = ids.filter((id) => column.get(id) === c);
    const weight = (id: string): number => {
      const placed = deps.get(id)!.map((d) => row.get(d)).filter((r): r is number => r !== undefined);
      return placed.length === 0 ? Number.POSITIVE_INFINITY : placed.reduce((a, b) => a + b, 0) / placed.length;
    };
    inColumn.sort((a, b) => weight(a) - weight(b) || a.localeCompare(b));
    inColumn.forEach((id, i) => row.set(id, i));
    rows = Math.max(rows, inColumn.length);
  }

  const nodes = ids.map((id): PlacedNode => {
    const n = byId.get(id)!;
    const c = column.get(id)!;
    const r = row.get(id)!;
    return {
      id,
      kind: n.kind,
      label: n.label,
      column: c,
      row: r,
      x: NODE.margin + c * (NODE.width + NODE.columnGap),
      y: NODE.margin + r * (NODE.height + NODE.rowGap),
    };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const placedEdges = edges.map((e): PlacedEdge => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const x1 = a.x + NODE.width;
    const y1 = a.y + NODE.height / 2;
    const x2 = b.x;
    const y2 = b.y + NODE.height / 2;
    const bend = Math.max(24, Math.abs(x2 - x1) / 2);
    return { from: e.from, to: e.to, d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` };
  });
  return {
    width: columnCount === 0 ? 0 : NODE.margin * 2 + columnCount * NODE.width + (columnCount - 1) * NODE.columnGap,
    height: rows === 0 ? 0 : NODE.margin * 2 + rows * NODE.height + (rows - 1) * NODE.rowGap,
    nodes,
    edges: placedEdges,
  };
}

/** A label cut to `max` characters with an ellipsis (the full text goes in the node's title). */
export function shortLabel(label: string, max = 23): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
