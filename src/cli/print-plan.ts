import type { PlanJson } from '../model/plan.js';
import { planMermaid } from '../graph/plan-graph.js';
import type { CliIo } from './io.js';
import { renderPlanHuman, renderPlanMarkdown, renderPlanJson, shouldUseColor } from '../render/index.js';

/**
 * The Markdown of a plan as `plan --format markdown` and `show --format markdown` print it:
 * with the Mermaid graph of its changed resources (from the plan's own edges), newline-ended.
 */
export function planMarkdownOutput(plan: PlanJson): string {
  const mermaid = planMermaid(plan);
  return `${renderPlanMarkdown(plan, mermaid ? { mermaid } : {})}\n`;
}

/** Prints a plan to the io's stdout in the chosen format. */
export function printPlan(plan: PlanJson, format: 'human' | 'markdown' | 'json', colorAllowed: boolean, io: Pick<CliIo, 'stdout' | 'env'>): void {
  if (format === 'json') io.stdout.write(renderPlanJson(plan));
  else if (format === 'markdown') io.stdout.write(planMarkdownOutput(plan));
  else io.stdout.write(renderPlanHuman(plan, { color: colorAllowed && shouldUseColor(io.stdout, io.env) }));
}
