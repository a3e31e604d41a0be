/**
 * Mermaid and Graphviz renderings of the dependency graph (`ado-coolify graph`). Pure
 * strings. Arrows point from a dependency to its dependent, i.e. in creation order.
 */
import type { Address } from '../model/address.js';
import type { Action } from '../model/plan.js';
import type { DependencyGraph } from './dependency-graph.js';

/** Options shared by both renderers. */
export interface RenderGraphOptions {
  /** Actions of changed resources: colours the nodes (create green, update yellow, delete red). */
  highlight?: ReadonlyMap<Address, Action>;
  /** Render only these nodes (and the edges between them). */
  only?: ReadonlySet<Address>;
}

/** Colour class of an action, or undefined for no-op. */
type ActionClass = 'create' | 'update' | 'replace' | 'delete';

const CLASS_OF: Record<Action, ActionClass | undefined> = {
  create: 'create',
  update: 'update',
  move: 'update',
  adopt: 'update',
  replace: 'replace',
  delete: 'delete',
  redeploy: 'update',
  'no-op': undefined,
};

const COLOURS: Record<ActionClass, { fill: string; stroke: string }> = {
  create: { fill: '#d4edda', stroke: '#28a745' },
  update: { fill: '#fff3cd', stroke: '#d39e00' },
  replace: { fill: '#ffe0b2', stroke: '#e65100' },
  delete: { fill: '#f8d7da', stroke: '#dc3545' },
};

interface View {
  nodes: Address[];
  edges: Array<{ from: Address; to: Address; reason: string }>;
  classOf: (a: Address) => ActionClass | undefined;
}

function view(graph: DependencyGraph, opts: RenderGraphOptions): View {
  const keep = (a: Address): boolean => !opts.only || opts.only.has(a);
  const nodes = graph.nodes.filter(keep);
  const seen = new Set<string>();
  const edges: View['edges'] = [];
  for (const e of graph.edges) {
    if (!keep(e.from) || !keep(e.to)) continue;
    const key = `${e.from}\u0000${e.to}`;
    if (seen.has(key)) continue; // one arrow per pair; the first reason names it
    seen.add(key);
    edges.push({ from: e.from, to: e.to, reason: e.reason });
  }
  return { nodes, edges, classOf: (a) => {
    const action = opts.highlight?.get(a);
    return action ? CLASS_OF[action] : undefined;
  } };
}

/** Mermaid node ids: letters, digits and `_` only, unique even when two addresses sanitise alike. */
function mermaidIds(nodes: readonly Address[]): Map<Address, string> {
  const ids = new Map<Address, string>();
  const used = new Set<string>();
  for (const n of nodes) {
    const base = 'n_' + n.replace(/[^A-Za-z0-9_]/g, '_');
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    ids.set(n, id);
  }
  return ids;
}

/** `flowchart LR` Mermaid source; non-parent edges are labelled with their reason. */
export function renderMermaid(graph: DependencyGraph, opts: RenderGraphOptions = {}): string {
  const v = view(graph, opts);
  const ids = mermaidIds(v.nodes);
  const lines = ['flowchart LR'];
  for (const n of v.nodes) lines.push(`  ${ids.get(n)!}["${n.replace(/"/g, '#quot;')}"]`);
  for (const e of v.edges) {
    const label = e.reason === 'parent' ? '' : `|${e.reason}|`;
    lines.push(`  ${ids.get(e.to)!} -->${label} ${ids.get(e.from)!}`);
  }
  const used = new Map<ActionClass, string[]>();
  for (const n of v.nodes) {
    const c = v.classOf(n);
    if (!c) continue;
    const list = used.get(c);
    if (list) list.push(ids.get(n)!);
    else used.set(c, [ids.get(n)!]);
  }
  for (const c of Object.keys(COLOURS) as ActionClass[]) {
    const members = used.get(c);
    if (!members) continue;
    lines.push(`  classDef ${c} fill:${COLOURS[c].fill},stroke:${COLOURS[c].stroke}`);
    lines.push(`  class ${members.join(',')} ${c}`);
  }
  return lines.join('\n') + '\n';
}

const dotString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Graphviz DOT source (`digraph dependencies`, left to right). */
export function renderDot(graph: DependencyGraph, opts: RenderGraphOptions = {}): string {
  const v = view(graph, opts);
  const lines = ['digraph dependencies {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  for (const n of v.nodes) {
    const c = v.classOf(n);
    const style = c ? `, style=filled, fillcolor=${dotString(COLOURS[c].fill)}, color=${dotString(COLOURS[c].stroke)}` : '';
    lines.push(`  ${dotString(n)} [label=${dotString(n)}${style}];`);
  }
  for (const e of v.edges) {
    const label = e.reason === 'parent' ? '' : ` [label=${dotString(e.reason)}, style=dashed]`;
    lines.push(`  ${dotString(e.to)} -> ${dotString(e.from)}${label};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
