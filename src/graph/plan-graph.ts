import type { Address } from '../model/address.js';
import type { Action, PlanJson } from '../model/plan.js';
import { buildDependencyGraph } from './dependency-graph.js';
import { renderMermaid } from './render-graph.js';

/** Resources with more changes than this make an unreadable picture: no graph then. */
const MAX_NODES = 60;

/**
 * The Mermaid graph of a plan's changed resources and the dependencies between them (the
 * plan's `edges`), for the Markdown plan (GitHub renders it). Undefined when nothing changes
 * or the graph is too big.
 */
export function planMermaid(plan: PlanJson): string | undefined {
  const highlight = new Map<Address, Action>();
  for (const rc of plan.resourceChanges) if (rc.action !== 'no-op') highlight.set(rc.address, rc.action);
  if (highlight.size === 0 || highlight.size > MAX_NODES) return undefined;
  const graph = buildDependencyGraph(plan.edges, plan.resourceChanges.map((rc) => rc.address));
  return renderMermaid(graph, { highlight, only: new Set(highlight.keys()) });
}
