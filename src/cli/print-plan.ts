import type { PlanJson } from '../model/plan.js';
import type { DependencyEdge } from '../model/resource.js';
import { planMermaid } from '../graph/plan-graph.js';
import { renderPlanHuman, renderPlanMarkdown, renderPlanJson, shouldUseColor } from '../render/index.js';

/** Prints a plan to stdout in the chosen format; Markdown embeds a Mermaid graph when edges are given. */
export function printPlan(plan: PlanJson, format: 'human' | 'markdown' | 'json', colorAllowed: boolean, edges?: readonly DependencyEdge[]): void {
  if (format === 'json') process.stdout.write(renderPlanJson(plan));
  else if (format === 'markdown') {
    const mermaid = edges ? planMermaid(plan, edges) : undefined;
    process.stdout.write(`${renderPlanMarkdown(plan, mermaid ? { mermaid } : {})}\n`);
  }
  else process.stdout.write(renderPlanHuman(plan, { color: colorAllowed && shouldUseColor(process.stdout, process.env) }));
}
